#pragma once

#include "notify/mailconfig.h"
#include "scan/scantypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Orphanscope {

// The summary the old command emailed after a scan that found orphans, in the same order:
// scan date and range, totals, orphan size, the first 20 orphans, API usage and time, the
// "Action Required" block, the report path and a footer. PARTIAL shows in subject and body.
class SummaryEmail
{
public:
    static constexpr int OrphansListed = 20;

    static QString subject(const ScanResult &result, const QString &appName);
    static QString body(const ScanResult &result, const QString &appName, const QString &reportPath);
};

// An RFC 5322 message: Date, Message-ID, From, To, Subject (RFC 2047 when not ASCII), a UTF-8
// text/plain body and attachments, as multipart/mixed with CRLF line ends.
struct MimeMessage
{
    struct Attachment
    {
        QString fileName;
        QByteArray mimeType;
        QByteArray data;
    };

    EmailAddress from;
    QList<EmailAddress> to;
    QString subject;
    QString body;
    QList<Attachment> attachments;
    QDateTime date = QDateTime::currentDateTimeUtc();
    QString messageIdDomain = QStringLiteral("orphanscope.localhost");

    QByteArray toBytes() const;

    static QByteArray encodeHeaderText(const QString &text); // RFC 2047 B-encoding when needed

    // The summary of a scan with its CSV report attached, as the CLI and the app send it.
    static MimeMessage summary(const ScanResult &result, const QString &appName, const QString &reportName,
                               const QByteArray &csv, const EmailAddress &from, const QList<EmailAddress> &to);
};

} // namespace Orphanscope
