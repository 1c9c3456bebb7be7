#include "emailnotifier.h"

#include "consolereporter.h"
#include "notify/smtpsender.h"
#include "notify/summaryemail.h"

#include <QFile>
#include <QHostInfo>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Cli {

EmailNotifier EmailNotifier::fromEnvironment(const QString &appName, bool disabled)
{
    EmailNotifier notifier;
    notifier.m_appName = appName;
    notifier.m_disabled = disabled;
    const QString admins = qEnvironmentVariable("ADMINS");
    if (disabled || admins.trimmed().isEmpty())
        return notifier;
    QString error;
    notifier.m_admins = parseAddressList(admins, &error);
    if (!notifier.m_admins) {
        notifier.m_problem = u"ADMINS: %1; no email will be sent"_s.arg(error);
        return notifier;
    }
    notifier.m_mail = MailConfig::fromUrl(qEnvironmentVariable("EMAIL_URL"), &error);
    if (!notifier.m_mail) {
        notifier.m_problem = u"ADMINS is set but %1; no email will be sent"_s.arg(error);
        return notifier;
    }
    const QString from = qEnvironmentVariable("DEFAULT_FROM_EMAIL");
    if (!from.trimmed().isEmpty()) {
        const auto address = parseAddress(from, &error);
        if (!address) {
            notifier.m_problem = u"DEFAULT_FROM_EMAIL: %1; no email will be sent"_s.arg(error);
            notifier.m_mail.reset();
            return notifier;
        }
        notifier.m_mail->from = *address;
    }
    return notifier;
}

void EmailNotifier::notify(const ScanResult &result, const QString &reportPath, ConsoleReporter &reporter) const
{
    if (m_disabled || result.totalOrphans() == 0)
        return;
    if (!m_problem.isEmpty()) {
        reporter.printWarning(m_problem);
        return;
    }
    if (!isConfigured() || !m_mail)
        return;
    QByteArray csv;
    if (QFile report(reportPath); !reportPath.isEmpty() && report.open(QIODevice::ReadOnly))
        csv = report.readAll();
    MimeMessage message = MimeMessage::summary(result, m_appName, reportPath, csv, m_mail->from, *m_admins);
    message.messageIdDomain = QHostInfo::localHostName().isEmpty() ? u"localhost"_s : QHostInfo::localHostName();
    const SmtpSender::Result sent = SmtpSender::send(*m_mail, *m_admins, message.toBytes());
    if (sent.ok)
        reporter.printNotice(u"Email summary sent to %1 admin(s)"_s.arg(m_admins->size()));
    else
        reporter.printWarning(u"The email summary was not sent: %1"_s.arg(sent.error));
}

} // namespace Orphanscope::Cli
