#pragma once

#include "cloudinary/resourcelister.h"
#include "database/referencereader.h"
#include "scan/scantypes.h"
#include "util/stringpool.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Orphanscope {

class ApiBudget;
class BrokenReferenceCheck;
class CloudinaryClient;
class InventoryRecheck;
class OrphanDetector;
class ScanListing;
class ScanStorage;

// One scan: reads the references (on a pool thread, its own connection) while it lists the
// account (ScanListing, within the ApiBudget), classifies each page once the references are in,
// checks for broken references after a whole-account scan (BrokenReferenceCheck), and ends with
// exactly one of finished() or failed(). The listing's progress is saved as it goes (its
// ScanStorage keeps the checkpoint and the inventory), so a stopped scan can be resumed: the
// earlier runs' pages are classified again and their orphan candidates looked up again
// (InventoryRecheck). With the inventory it lists only what is new, takes the rest from the
// inventory and looks the candidates found there up again too.
// Create it without a parent, move it to a worker thread and invoke run() there; cancel() may
// be called from any thread.
class ScanJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanJob)

public:
    explicit ScanJob(ScanSettings settings, quint64 jobId = 0);
    ~ScanJob() override;

    quint64 jobId() const { return m_jobId; }

    // Thread-safe. The scan ends within a moment with a partial result.
    void cancel();
    // The orphans also as CloudinaryResources, made on the job's thread before finished() (then
    // ScanResult::orphans.toList() costs nothing): a window shows each as a row, and made on its
    // thread, a big account's would stall it. Call before run().
    void setOrphanRowsWanted(bool wanted) { m_orphanRowsWanted = wanted; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(const Orphanscope::ScanProgress &progress);
    void warning(const QString &message);
    void finished(const Orphanscope::ScanResult &result);
    void failed(const QString &message);

private:
    void startReferenceRead();
    void onReferencesRead();
    void startListing();
    bool openStorage();
    bool replayEarlierRuns();
    void onPage(ResourceType type, const ListedFiles &files);
    void onListingFinished();
    void stopListing(StopReason reason, const QString &detail);
    void onWaitingForBudget(const QDateTime &resumesAt);
    void onBudgetReset();
    void onCancelRequested();
    void finishIfReady();
    bool startRecheck();
    void stopRecheck(StopReason reason, const QString &detail);
    void endRecheck();
    void finish();
    void fail(const QString &message);
    void reportProgress(bool force);
    void warn(const QString &message);

    ScanSettings m_settings;
    quint64 m_jobId;
    std::atomic_bool m_cancelRequested{false};
    std::atomic_bool m_stopReading{false};
    std::atomic<qint64> m_rowsRead{0};

    QElapsedTimer m_elapsed;
    QElapsedTimer m_sinceProgress;
    StringPool m_pool;
    CloudinaryClient *m_client = nullptr;
    ApiBudget *m_budget = nullptr;      // child of the job
    ScanListing *m_listing = nullptr; // child of the job
    QFutureWatcher<ReferenceReadResult> m_referenceWatcher;
    std::unique_ptr<ReferenceReadResult> m_references;
    std::unique_ptr<OrphanDetector> m_detector;
    std::unique_ptr<ScanStorage> m_storage;
    std::unique_ptr<BrokenReferenceCheck> m_brokenCheck; // its connections opened once the references are in
    ResourceList m_earlierCandidates; // orphan candidates of the pages earlier runs listed
    InventoryRecheck *m_recheck = nullptr; // child of the job while candidates are re-checked
    QList<ListedFiles> m_unclassified; // pages listed before the references were in
    qsizetype m_unclassifiedFiles = 0;
    // More files than this waiting for the references hold the listing back (~25 MB of pages).
    static constexpr qsizetype MaxUnclassifiedFiles = 100'000;
    bool m_orphanRowsWanted = false;
    bool m_listingDone = false;
    bool m_ended = false;
    ScanProgress m_progress;
    ScanResult m_result;
};

} // namespace Orphanscope
