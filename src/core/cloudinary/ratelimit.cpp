#include "cloudinary/ratelimit.h"

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

RateLimitGuard::Advice RateLimitGuard::advise(const RateLimitStatus &status, bool anotherCallNeeded)
{
    using namespace Qt::Literals::StringLiterals;
    const QString usage = u"%1% of the hourly limit (%2/%3 calls)"_s.arg(qRound(status.usedFraction() * 100)).arg(status.used()).arg(status.limit);
    Advice advice;
    switch (check(status)) {
    case Verdict::Warn:
        advice.warning = u"API usage is at "_s + usage;
        break;
    case Verdict::Stop:
        if (anotherCallNeeded)
            advice.stop = u"API usage reached %1; stopped at %2% to leave room for the site. The limit resets at %3"_s
                              .arg(usage).arg(qRound(m_stopFraction * 100))
                              .arg(status.resetsAt.isValid() ? status.resetsAt.toString(Qt::ISODate) : u"the top of the hour"_s);
        break;
    case Verdict::Continue:
        break;
    }
    return advice;
}

} // namespace Orphanscope
