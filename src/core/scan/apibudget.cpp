#include "scan/apibudget.h"

#include "cloudinary/cloudinaryclient.h"
#include "scan/scantypes.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {
constexpr qint64 ClockMarginMSecs = 1000;
} // namespace

ApiBudget::ApiBudget(const ScanSettings &settings, const CloudinaryClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_guard(settings.rateLimitWarnAt, settings.rateLimitStopAt)
    , m_waitForReset(settings.waitForReset)
    , m_maxTotalMSecs(settings.maxWaitMSecs)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ApiBudget::over);
}

std::optional<QString> ApiBudget::stopReason(bool anotherCallNeeded)
{
    const RateLimitGuard::Advice advice = m_guard.advise(m_client->lastRateLimit(), anotherCallNeeded);
    if (!advice.warning.isEmpty())
        Q_EMIT warning(advice.warning);
    return advice.stop;
}

bool ApiBudget::mayRequestAhead() const
{
    return !m_guard.stops(m_client->lastRateLimit());
}

bool ApiBudget::waitForReset(const QString &reason)
{
    if (!m_waitForReset)
        return false;
    if (isWaiting())
        return true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime until = m_client->lastRateLimit().resetsAt;
    if (!until.isValid())
        until = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC).addSecs(3600);
    const qint64 wait = std::max<qint64>(ClockMarginMSecs, now.msecsTo(until) + ClockMarginMSecs);
    if (m_waitedMSecs + wait > m_maxTotalMSecs) {
        Q_EMIT warning(u"Waiting for the next rate-limit window would take the waits past --max-wait (%1 min in all so far)"_s
                           .arg(m_waitedMSecs / 60'000));
        return false;
    }
    m_waitedMSecs += wait;
    ++m_waits;
    m_resumesAt = now.addMSecs(wait);
    m_timer.start(std::chrono::milliseconds(wait));
    Q_EMIT warning(u"%1. Waiting for the API budget: resumes at %2"_s.arg(reason, m_resumesAt.toLocalTime().toString(u"HH:mm:ss"_s)));
    return true;
}

} // namespace Orphanscope
