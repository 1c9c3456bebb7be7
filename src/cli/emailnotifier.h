#pragma once

#include "notify/mailconfig.h"
#include "scan/scantypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace Orphanscope::Cli {

class ConsoleReporter;

// Emails the scan summary to ADMINS after a scan that found orphans, as the old command did.
// Configured from the environment: ADMINS, EMAIL_URL, DEFAULT_FROM_EMAIL. A problem with the mail
// is a warning: it never changes the scan's exit code or its report.
class EmailNotifier
{
public:
    // Reads the environment; a problem found there becomes a warning when mail would be sent.
    static EmailNotifier fromEnvironment(const QString &appName, bool disabled);

    bool isConfigured() const { return m_admins.has_value() && !m_admins->isEmpty(); }

    // Sends when there are admins and orphans; reports success or a warning.
    void notify(const ScanResult &result, const QString &reportPath, ConsoleReporter &reporter) const;

private:
    QString m_appName;
    bool m_disabled = false;
    std::optional<QList<EmailAddress>> m_admins;
    std::optional<MailConfig> m_mail;
    QString m_problem;
};

} // namespace Orphanscope::Cli
