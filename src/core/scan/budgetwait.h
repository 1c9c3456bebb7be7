#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace Orphanscope {

// --wait-for-reset: when the hourly API budget is spent, a scan sleeps until the next rate-limit
// window instead of stopping, as long as its waits stay within a cap on their total.
// Lives in the scan's worker thread.
class BudgetWait final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetWait)

public:
    explicit BudgetWait(qint64 maxTotalMSecs, QObject *parent = nullptr);

    // Waits until `resetsAt` (plus a second: clocks differ), or the top of the next hour when
    // Cloudinary did not say. False, and no wait, when that would take the total past the cap.
    bool start(const QDateTime &resetsAt);
    void cancel();

    bool isWaiting() const { return m_timer.isActive(); }
    const QDateTime &resumesAt() const { return m_resumesAt; }
    int waits() const { return m_waits; }
    qint64 waitedMSecs() const { return m_waitedMSecs; }

Q_SIGNALS:
    void over(); // the window has reset: go on

private:
    qint64 m_maxTotalMSecs;
    qint64 m_waitedMSecs = 0;
    int m_waits = 0;
    QDateTime m_resumesAt;
    QTimer m_timer;
};

} // namespace Orphanscope
