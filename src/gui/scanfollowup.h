#pragma once

#include "notify/scanhistory.h"

#include <QObject>
#include <QUrl>

namespace Orphanscope::Gui {

// What the app does when a scan ends, as the CLI does: records a complete scan in the history
// (comparing it with earlier ones first, for the spike alert), posts the summary to the
// profile's webhook, off the GUI thread, and says what an incremental scan did with the inventory.
class ScanFollowUp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanFollowUp)

public:
    explicit ScanFollowUp(QString historyPath = ScanHistory::defaultPath(), QObject *parent = nullptr);

    // Sets result.spikeAlert; returns the earlier scans of the same account and range, this one last.
    QList<HistoryEntry> record(ScanResult &result, const ScanSettings &settings);
    void postWebhook(const QUrl &url, const ScanResult &result, const QString &appName);
    void describeInventory(const ScanResult &result);
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
