#include "notify/summaryemail.h"

#include <QFileInfo>
#include <QLocale>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString size(qint64 bytes) { return english().formattedDataSize(bytes, 2, QLocale::DataSizeTraditionalFormat); }

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? english().toString(100.0 * double(part) / double(whole), 'f', 1) + u'%' : u"0.0%"_s;
}

QByteArray wrapBase64(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray wrapped;
    wrapped.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        wrapped += encoded.mid(i, 76) + "\r\n";
    return wrapped;
}

void appendEncodedWord(QByteArray &header, const QByteArray &utf8)
{
    if (!header.isEmpty())
        header += "\r\n "; // folded onto a continuation line
    header += "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

} // namespace

QString SummaryEmail::subject(const ScanResult &result, const QString &appName)
{
    QString subject = u"%1: Orphaned Files Detection Report"_s.arg(appName);
    if (!result.spikeAlert.isEmpty())
        subject.prepend(u"[SPIKE] "_s);
    return result.isPartial() ? u"[PARTIAL] "_s + subject : subject;
}

QString SummaryEmail::body(const ScanResult &result, const QString &appName, const QString &reportPath)
{
    const qint64 total = result.totalListed();
    QStringList lines;
    lines << u"Orphaned Files Detection Report"_s << QString(31, u'=') << QString();
    if (result.isPartial()) {
        lines << u"PARTIAL SCAN: %1."_s.arg(stopReasonText(result.stopReason)) << result.stopDetail
              << u"Every orphan below is real, but files that were not listed yet were not checked."_s << QString();
    }
    if (!result.spikeAlert.isEmpty())
        lines << u"ALERT: %1"_s.arg(result.spikeAlert) << QString();
    lines << u"Scan date: %1"_s.arg(result.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    lines << u"Range: %1"_s.arg(result.days ? u"files uploaded in the last %1 days"_s.arg(*result.days) : u"all files"_s);
    lines << QString() << u"Summary"_s;
    lines << u"  Total files scanned: %1"_s.arg(english().toString(total));
    lines << u"  Valid files:         %1 (%2)"_s.arg(english().toString(result.totalValid()), percent(result.totalValid(), total));
    lines << u"  Orphaned files:      %1 (%2)"_s.arg(english().toString(result.totalOrphans()), percent(result.totalOrphans(), total));
    lines << u"  Total orphan size:   %1"_s.arg(size(result.totalOrphanBytes()));
    if (result.brokenChecked)
        lines << u"  Broken references:   %1 (database values pointing to files Cloudinary does not have)"_s
                     .arg(english().toString(result.brokenReferences.size()));
    lines << QString() << u"Orphaned files"_s;
    const qsizetype shown = std::min<qsizetype>(result.orphans.size(), OrphansListed);
    for (qsizetype i = 0; i < shown; ++i) {
        const CloudinaryResource &r = result.orphans.at(i);
        lines << u"  %1. %2 (%3, %4)"_s.arg(i + 1).arg(r.publicId, resourceTypeName(r.type), size(r.bytes));
    }
    if (shown < result.orphans.size())
        lines << u"  …and %1 more"_s.arg(english().toString(result.orphans.size() - shown));
    lines << QString() << u"API usage"_s;
    if (result.rateLimit.isKnown())
        lines << u"  API calls: %1 used of %2 this hour (%3)"_s.arg(result.rateLimit.used()).arg(result.rateLimit.limit)
                     .arg(percent(result.rateLimit.used(), result.rateLimit.limit));
    else
        lines << u"  API calls: %1"_s.arg(result.apiCalls);
    lines << u"  Execution time: %1 s"_s.arg(english().toString(result.elapsedMs / 1000.0, 'f', 2));
    lines << QString() << u"Action Required"_s;
    lines << u"  1. Review the attached CSV report."_s;
    lines << u"  2. Check that no row should reference these files (a failed save can be retried)."_s;
    lines << u"  3. Delete the confirmed orphans in the Cloudinary Media Library to stop paying for them."_s;
    lines << u"  4. Find out why they were orphaned: uploads whose row never saved, rows deleted without their files, test uploads."_s;
    lines << QString();
    lines << u"Report: %1"_s.arg(reportPath.isEmpty() ? u"(none written)"_s : reportPath);
    const QString version = QStringLiteral(ORPHANSCOPE_VERSION);
    lines << QString() << u"-- "_s
          << (appName == u"Orphanscope"_s ? u"Sent by Orphanscope %1."_s.arg(version) : u"Sent by %1 with Orphanscope %2."_s.arg(appName, version));
    return lines.join(u'\n') + u'\n';
}

QByteArray MimeMessage::encodeHeaderText(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 32 && c.unicode() < 127;
    if (ascii)
        return text.toLatin1();
    // Encoded words of at most 75 characters, never splitting a character's UTF-8 bytes.
    QByteArray result;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > 45) {
            appendEncodedWord(result, chunk);
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        appendEncodedWord(result, chunk);
    return result;
}

MimeMessage MimeMessage::summary(const ScanResult &result, const QString &appName, const QString &reportName,
                                 const QByteArray &csv, const EmailAddress &from, const QList<EmailAddress> &to)
{
    MimeMessage message;
    message.from = from;
    message.to = to;
    message.subject = SummaryEmail::subject(result, appName);
    message.body = SummaryEmail::body(result, appName, reportName);
    if (!csv.isEmpty())
        message.attachments.append({QFileInfo(reportName).fileName(), "text/csv; charset=UTF-8", csv});
    return message;
}

QByteArray MimeMessage::toBytes() const
{
    const QByteArray boundary = "=_orphanscope_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArrayList recipients;
    for (const EmailAddress &address : to)
        recipients.append(encodeHeaderText(address.toHeader()));
    QByteArray out;
    out += "Date: " + QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss '+0000'"_s).toLatin1() + "\r\n";
    out += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + messageIdDomain.toLatin1() + ">\r\n";
    out += "From: " + encodeHeaderText(from.toHeader()) + "\r\n";
    out += "To: " + recipients.join(",\r\n ") + "\r\n";
    out += "Subject: " + encodeHeaderText(subject) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "X-Mailer: Orphanscope/" ORPHANSCOPE_VERSION "\r\n";
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "This is a MIME message.\r\n";
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += wrapBase64(QString(body).replace(u"\n"_s, u"\r\n"_s).toUtf8());
    for (const Attachment &attachment : attachments) {
        out += "--" + boundary + "\r\n";
        out += "Content-Type: " + attachment.mimeType + "; name=\"" + encodeHeaderText(attachment.fileName) + "\"\r\n";
        out += "Content-Transfer-Encoding: base64\r\n";
        out += "Content-Disposition: attachment; filename=\"" + encodeHeaderText(attachment.fileName) + "\"\r\n\r\n";
        out += wrapBase64(attachment.data);
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace Orphanscope
