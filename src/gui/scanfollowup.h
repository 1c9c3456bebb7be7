#pragma once

#include "notify/scanhistory.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

namespace Orphanscope::Gui {

// What the app says and does around a scan, as the CLI does: before a whole-account scan, what
// it will cost in API calls and rate-limit windows; when it ends, records a complete scan in the
// history (comparing it with earlier ones first, for the spike alert), posts the summary to the
// profile's webhook, off the GUI thread, and says what was done with the inventory and the
// checkpoint.
class ScanFollowUp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanFollowUp)

public:
    explicit ScanFollowUp(QString historyPath = ScanHistory::defaultPath(), QObject *parent = nullptr);

    // Sets result.spikeAlert; returns the earlier scans of the same account and range, this one last.
    QList<HistoryEntry> record(ScanResult &result, const ScanSettings &settings);

    // The same in two halves: the history database is read and written on a pool thread while
    // the caller goes on (the window puts the orphans in its table meanwhile); finishRecording
    // waits for it, then does what record does.
    struct Recorded
    {
        QList<HistoryEntry> entries;
        QString spikeAlert;
        QString error;
    };
    QFuture<Recorded> startRecording(const ScanResult &result, const ScanSettings &settings) const;
    QList<HistoryEntry> finishRecording(QFuture<Recorded> recording, ScanResult &result);
    void postWebhook(const QUrl &url, const ScanResult &result, const QString &appName);
    // One GET /usage; the answer comes as a notice (a warning when the scan will stop early).
    void estimate(const ScanSettings &settings);
    void describeInventory(const ScanResult &result);
    void describeCheckpoint(const ScanResult &result);
    // Which reference columns the scan read: what its verdict rests on.
    void describeReferences(const ReferenceSummary &references);

Q_SIGNALS:
    void notice(const QString &message);
    void warning(const QString &message);

private:
    QString m_historyPath;
    SpikeRule m_rule;
};

} // namespace Orphanscope::Gui
