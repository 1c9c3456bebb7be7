#pragma once

#include "cloudinary/ratelimit.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

namespace Orphanscope {

class CloudinaryClient;
struct ScanSettings;

// A scan's share of the account's hourly API budget. The rate-limit guard is asked after every
// answer: it warns once, and it stops the scan before a further call past its share (other
// tools share the budget). With --wait-for-reset the scan waits for the next window instead,
// as long as its waits stay within a cap on their total. Lives in the scan's worker thread.
class ApiBudget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiBudget)

public:
    ApiBudget(const ScanSettings &settings, const CloudinaryClient *client, QObject *parent = nullptr);

    // After an answer: why the scan must not make another call, if so. A scan that just took
    // its last page needs none, whatever the budget.
    std::optional<QString> stopReason(bool anotherCallNeeded);
    // Whether the next page may be asked for before this one is handled: not when the guard
    // would stop after this answer.
    bool mayRequestAhead() const;

    // Instead of stopping for `reason`: waits until the window resets (plus a second: clocks
    // differ; the top of the next hour when Cloudinary did not say), then over(). False, and no
    // wait, when waiting was not asked for or would take the waits past the cap.
    bool waitForReset(const QString &reason);
    bool isWaiting() const { return m_timer.isActive(); }
    void cancel() { m_timer.stop(); }

    const QDateTime &resumesAt() const { return m_resumesAt; }
    int waits() const { return m_waits; }
    qint64 waitedMSecs() const { return m_waitedMSecs; }

Q_SIGNALS:
    void warning(const QString &message);
    void over(); // the window has reset: go on

private:
    const CloudinaryClient *m_client;
    RateLimitGuard m_guard;
    bool m_waitForReset;
    qint64 m_maxTotalMSecs;
    qint64 m_waitedMSecs = 0;
    int m_waits = 0;
    QDateTime m_resumesAt;
    QTimer m_timer;
};

} // namespace Orphanscope
