#include "mailform.h"

#include "connectionprofile.h"
#include "notify/summaryemail.h"
#include "pasteurlrow.h"
#include "secretlineedit.h"
#include "statuslabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

MailForm::MailForm(QWidget *parent)
    : QGroupBox(tr("Email"), parent)
    , m_pasted(new PasteUrlRow(u"smtp+tls://user:pass@smtp.example.org:587"_s, u"EMAIL_URL"_s, this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(createSecretLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_admins(new QLineEdit(this))
    , m_appName(new QLineEdit(this))
    , m_webhook(createSecretLineEdit(this))
    , m_test(new QPushButton(tr("Send test email"), this))
    , m_status(new StatusLabel(this))
{
    connect(m_pasted, &PasteUrlRow::submitted, this, &MailForm::applyPastedUrl);

    m_host->setToolTip(tr("The SMTP server that sends the summary"));
    m_port->setRange(1, 65535);
    m_port->setToolTip(tr("587 for STARTTLS, 465 for TLS, 25 on a trusted network"));
    m_security->addItems({tr("None (trusted network only)"), tr("STARTTLS (required)"), tr("TLS")});
    m_security->setToolTip(tr("STARTTLS refuses to send when the server does not offer it"));
    m_from->setToolTip(tr("The sender, e.g. Orphanscope <scans@example.org>"));
    m_admins->setPlaceholderText(u"Ann <ann@example.org>, bob@example.org"_s);
    m_admins->setToolTip(tr("Who gets the summary, as Django's ADMINS: \"Name <a@b>, c@d\""));
    m_appName->setToolTip(tr("Shown in the subject: \"<name>: Orphaned Files Detection Report\""));
    m_webhook->setPlaceholderText(u"https://hooks.slack.com/services/…"_s);
    m_webhook->setToolTip(tr("A Slack- or Discord-compatible webhook: after a scan that finds orphans, broken references "
                             "or a spike, its summary is posted there. Kept in the keyring, like a password"));
    m_test->setToolTip(tr("Send a short test message to the recipients"));
    m_user->setToolTip(tr("The SMTP login, if the server wants one"));
    m_password->setToolTip(tr("Kept in the keyring, never in the settings file"));
    m_test->setObjectName(u"sendTestEmail"_s);
    connect(m_test, &QPushButton::clicked, this, &MailForm::sendTestEmail);
    connect(&m_testEmail, &QFutureWatcher<SmtpSender::Result>::finished, this, [this] {
        const SmtpSender::Result result = m_testEmail.result();
        showStatus(result.ok, result.ok ? tr("Test email sent") : result.error);
        m_test->setEnabled(true);
        Q_EMIT testEmailFinished(result.ok);
    });

    auto *form = new QFormLayout(this);
    form->addRow(tr("Paste URL:"), m_pasted);
    form->addRow(tr("SMTP server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Security:"), m_security);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("Recipients:"), m_admins);
    form->addRow(tr("App name:"), m_appName);
    form->addRow(tr("Webhook:"), m_webhook);
    form->addRow(m_test);
    form->addRow(m_status);
}

MailForm::~MailForm()
{
    m_testEmail.waitForFinished();
}

void MailForm::sendTestEmail()
{
    if (m_testEmail.isRunning())
        return;
    ConnectionProfile current;
    store(current);
    QString error;
    const auto recipients = current.recipients(&error);
    const auto mail = recipients ? current.mailConfig(&error) : std::nullopt;
    if (!recipients || !mail) {
        showStatus(false, error);
        Q_EMIT testEmailFinished(false);
        return;
    }
    MimeMessage message;
    message.from = mail->from;
    message.to = *recipients;
    message.subject = tr("%1: test email").arg(current.appName);
    message.body = tr("This is a test email from Orphanscope. Summaries of scans that find orphans will be sent this way.\n");
    m_status->showProgress(tr("Sending…"));
    m_test->setEnabled(false);
    m_testEmail.setFuture(QtConcurrent::run([config = *mail, to = *recipients, bytes = message.toBytes()] {
        return SmtpSender::send(config, to, bytes);
    }));
}

void MailForm::showStatus(bool ok, const QString &text)
{
    m_status->showOutcome(ok, text);
}

void MailForm::applyPastedUrl(const QString &url)
{
    ConnectionProfile profile;
    store(profile);
    QString error;
    if (!profile.applyEmailUrl(url, &error)) {
        showStatus(false, error);
        return;
    }
    m_status->setVisible(false);
    m_pasted->clear();
    load(profile);
}

void MailForm::load(const ConnectionProfile &profile)
{
    m_host->setText(profile.mailHost);
    m_port->setValue(profile.mailPort);
    m_security->setCurrentIndex(profile.mailSecurity);
    m_user->setText(profile.mailUser);
    m_password->setText(profile.mailPassword);
    m_from->setText(profile.mailFrom);
    m_admins->setText(profile.admins);
    m_appName->setText(profile.appName);
    m_webhook->setText(profile.webhookUrl);
}

void MailForm::store(ConnectionProfile &profile) const
{
    profile.mailHost = m_host->text().trimmed();
    profile.mailPort = m_port->value();
    profile.mailSecurity = m_security->currentIndex();
    profile.mailUser = m_user->text().trimmed();
    profile.mailPassword = m_password->text();
    profile.mailFrom = m_from->text().trimmed();
    profile.admins = m_admins->text().trimmed();
    profile.webhookUrl = m_webhook->text().trimmed();
    profile.appName = m_appName->text().trimmed().isEmpty() ? u"Orphanscope"_s : m_appName->text().trimmed();
}

} // namespace Orphanscope::Gui
