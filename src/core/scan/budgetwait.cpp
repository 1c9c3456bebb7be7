#include "scan/budgetwait.h"

namespace Orphanscope {

namespace {
constexpr qint64 ClockMarginMSecs = 1000;
} // namespace

BudgetWait::BudgetWait(qint64 maxTotalMSecs, QObject *parent)
    : QObject(parent)
    , m_maxTotalMSecs(maxTotalMSecs)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &BudgetWait::over);
}

bool BudgetWait::start(const QDateTime &resetsAt)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime until = resetsAt;
    if (!until.isValid()) {
        const QDateTime hourStart(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
        until = hourStart.addSecs(3600);
    }
    until = until.addMSecs(ClockMarginMSecs);
    const qint64 wait = std::max<qint64>(ClockMarginMSecs, now.msecsTo(until));
    if (m_waitedMSecs + wait > m_maxTotalMSecs)
        return false;
    m_waitedMSecs += wait;
    ++m_waits;
    m_resumesAt = now.addMSecs(wait);
    m_timer.start(std::chrono::milliseconds(wait));
    return true;
}

void BudgetWait::cancel()
{
    m_timer.stop();
}

} // namespace Orphanscope
