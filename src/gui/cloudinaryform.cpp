#include "cloudinaryform.h"

#include "connectionprofile.h"
#include "secretlineedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

CloudinaryForm::CloudinaryForm(QWidget *parent)
    : QGroupBox(tr("Cloudinary"), parent)
    , m_pasted(createSecretLineEdit(this))
    , m_cloudName(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_apiSecret(createSecretLineEdit(this))
    , m_apiHost(new QComboBox(this))
    , m_message(new QLabel(this))
{
    m_pasted->setPlaceholderText(u"cloudinary://API_KEY:API_SECRET@CLOUD_NAME"_s);
    m_pasted->setObjectName(u"pastedCloudinaryUrl"_s);
    auto *apply = new QPushButton(tr("Fill in"), this);
    apply->setToolTip(tr("Fill in the fields below from the pasted CLOUDINARY_URL"));
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_pasted, 1);
    pasteRow->addWidget(apply);
    connect(apply, &QPushButton::clicked, this, &CloudinaryForm::applyPastedUrl);
    connect(m_pasted, &QLineEdit::returnPressed, this, &CloudinaryForm::applyPastedUrl);

    m_cloudName->setObjectName(u"cloudName"_s);
    m_apiKey->setObjectName(u"apiKey"_s);
    m_apiSecret->setObjectName(u"apiSecret"_s);
    m_apiHost->setEditable(true);
    m_apiHost->addItem(u"https://api.cloudinary.com"_s);
    m_apiHost->addItem(u"https://api-eu.cloudinary.com"_s);
    m_apiHost->addItem(u"https://api-ap.cloudinary.com"_s);
    m_apiHost->setToolTip(tr("EU and AP accounts use their own API host"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Paste URL:"), pasteRow);
    form->addRow(m_message);
    form->addRow(tr("Cloud name:"), m_cloudName);
    form->addRow(tr("API key:"), m_apiKey);
    form->addRow(tr("API secret:"), m_apiSecret);
    form->addRow(tr("API host:"), m_apiHost);
}

void CloudinaryForm::applyPastedUrl()
{
    ConnectionProfile profile;
    QString error;
    if (!profile.applyCloudinaryUrl(m_pasted->text(), &error)) {
        m_message->setText(error);
        m_message->setVisible(true);
        return;
    }
    m_message->setVisible(false);
    m_pasted->clear();
    load(profile);
}

void CloudinaryForm::load(const ConnectionProfile &profile)
{
    m_cloudName->setText(profile.cloudName);
    m_apiKey->setText(profile.apiKey);
    m_apiSecret->setText(profile.apiSecret);
    m_apiHost->setCurrentText(profile.apiHost);
}

void CloudinaryForm::store(ConnectionProfile &profile) const
{
    profile.cloudName = m_cloudName->text().trimmed();
    profile.apiKey = m_apiKey->text().trimmed();
    profile.apiSecret = m_apiSecret->text();
    profile.apiHost = m_apiHost->currentText().trimmed();
}

} // namespace Orphanscope::Gui
