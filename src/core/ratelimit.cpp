#include "ratelimit.h"

#include <QLocale>

namespace Orphanscope {

RateLimitStatus RateLimitStatus::fromHeaders(const QByteArray &limit, const QByteArray &remaining,
                                             const QByteArray &reset)
{
    RateLimitStatus status;
    bool ok = false;
    if (const int value = limit.trimmed().toInt(&ok); ok && value > 0)
        status.limit = value;
    if (const int value = remaining.trimmed().toInt(&ok); ok && value >= 0)
        status.remaining = value;
    if (!reset.isEmpty()) {
        // An HTTP date ("Wed, 03 Oct 2012 08:00:00 GMT"), which Qt's RFC 2822 parser refuses for its "GMT".
        const QString text = QString::fromLatin1(reset.trimmed());
        QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        if (when.isValid())
            when.setTimeSpec(Qt::UTC);
        else
            when = QDateTime::fromString(text, Qt::RFC2822Date);
        if (when.isValid())
            status.resetsAt = when.toUTC();
    }
    return status;
}

RateLimitGuard::RateLimitGuard(double warnFraction, double stopFraction)
    : m_warnFraction(warnFraction)
    , m_stopFraction(stopFraction)
{
}

RateLimitGuard::Verdict RateLimitGuard::check(const RateLimitStatus &status)
{
    if (!status.isKnown())
        return Verdict::Continue;
    const double used = status.usedFraction();
    if (used >= m_stopFraction)
        return Verdict::Stop;
    if (used >= m_warnFraction && !m_warned) {
        m_warned = true;
        return Verdict::Warn;
    }
    return Verdict::Continue;
}

} // namespace Orphanscope
