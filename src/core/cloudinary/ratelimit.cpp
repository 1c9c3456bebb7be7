#include "cloudinary/ratelimit.h"

#include <QDateTime>

#include <array>
#include <string_view>

namespace Orphanscope {

namespace {

// An HTTP date, "Wed, 03 Oct 2012 08:00:00 GMT" (RFC 9110's IMF-fixdate), read field by field:
// every answer carries one, and QLocale's general parser took 40 µs of the scan's thread a page
// (it looks the time zone up on disk). Anything else is invalid.
QDateTime parseImfFixdate(std::string_view text)
{
    if (text.size() != 29 || text.substr(3, 2) != ", " || text.substr(25) != " GMT")
        return {};
    auto number = [&](size_t at, size_t digits) {
        int value = 0;
        for (size_t i = at; i < at + digits; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    static constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int month = 0;
    while (month < 12 && months[month] != text.substr(8, 3))
        ++month;
    if (month == 12 || text[7] != ' ' || text[11] != ' ' || text[16] != ' ' || text[19] != ':' || text[22] != ':')
        return {};
    const QDate date(number(12, 4), month + 1, number(5, 2));
    const QTime time(number(17, 2), number(20, 2), number(23, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

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
        // An HTTP date, which Qt's RFC 2822 parser refuses for its "GMT"; other dates through it.
        const QByteArray text = reset.trimmed();
        QDateTime when = parseImfFixdate(std::string_view(text.constData(), size_t(text.size())));
        if (!when.isValid())
            when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
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
