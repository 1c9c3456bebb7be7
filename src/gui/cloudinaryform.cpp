#include "cloudinaryform.h"

#include "connectionprofile.h"
#include "pasteurlrow.h"
#include "secretlineedit.h"
#include "statuslabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

CloudinaryForm::CloudinaryForm(QWidget *parent)
    : QGroupBox(tr("Cloudinary"), parent)
    , m_pasted(new PasteUrlRow(u"cloudinary://API_KEY:API_SECRET@CLOUD_NAME"_s, u"CLOUDINARY_URL"_s, this))
    , m_cloudName(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_apiSecret(createSecretLineEdit(this))
    , m_apiHost(new QComboBox(this))
    , m_dashboard(new QLineEdit(this))
    , m_message(new StatusLabel(this))
{
    connect(m_pasted, &PasteUrlRow::submitted, this, &CloudinaryForm::applyPastedUrl);

    m_cloudName->setObjectName(u"cloudName"_s);
    m_apiKey->setObjectName(u"apiKey"_s);
    m_apiSecret->setObjectName(u"apiSecret"_s);
    m_apiHost->setEditable(true);
    m_apiHost->addItem(u"https://api.cloudinary.com"_s);
    m_apiHost->addItem(u"https://api-eu.cloudinary.com"_s);
    m_apiHost->addItem(u"https://api-ap.cloudinary.com"_s);
    m_apiHost->setToolTip(tr("EU and AP accounts use their own API host"));
    m_cloudName->setToolTip(tr("The cloud name, as in the Cloudinary console's dashboard"));
    m_apiKey->setToolTip(tr("The API key of an API key pair (Settings → API Keys)"));
    m_apiSecret->setToolTip(tr("The API secret; kept in the keyring, never in the settings file"));
    m_dashboard->setObjectName(u"dashboardUrl"_s);
    m_dashboard->setToolTip(tr("Opened by \"Open in dashboard\"; {cloud}, {type} and {public_id} are filled in"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Paste URL:"), m_pasted);
    form->addRow(m_message);
    form->addRow(tr("Cloud name:"), m_cloudName);
    form->addRow(tr("API key:"), m_apiKey);
    form->addRow(tr("API secret:"), m_apiSecret);
    form->addRow(tr("API host:"), m_apiHost);
    form->addRow(tr("Dashboard URL:"), m_dashboard);
}

void CloudinaryForm::setDashboardShown(bool shown)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout()))
        form->setRowVisible(m_dashboard, shown);
}

void CloudinaryForm::applyPastedUrl(const QString &url)
{
    ConnectionProfile profile;
    store(profile); // what the URL does not say stays
    QString error;
    if (!profile.applyCloudinaryUrl(url, &error)) {
        m_message->showOutcome(false, error);
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
    m_dashboard->setText(profile.dashboardUrlTemplate);
}

void CloudinaryForm::store(ConnectionProfile &profile) const
{
    profile.cloudName = m_cloudName->text().trimmed();
    profile.apiKey = m_apiKey->text().trimmed();
    profile.apiSecret = m_apiSecret->text();
    profile.apiHost = m_apiHost->currentText().trimmed();
    const QString dashboard = m_dashboard->text().trimmed();
    profile.dashboardUrlTemplate = dashboard.isEmpty() ? ConnectionProfile::defaultDashboardUrlTemplate() : dashboard;
}

} // namespace Orphanscope::Gui
