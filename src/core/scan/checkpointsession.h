#pragma once

#include "scan/scancheckpoint.h"
#include "scan/scantypes.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QMap>

#include <memory>

namespace Orphanscope {

// One scan's use of its checkpoint: it takes the locks (one scan of a kind at a time per
// account, one that updates the inventory), decides whether this run starts a new checkpoint or continues the stored
// one (--resume, refused when it is too old or for another scan), saves the listing's pages in
// batches (written on a thread of their own: CheckpointWriter), replays the earlier runs' pages,
// and discards the checkpoint once the scan completed.
// A checkpoint that cannot be written only costs the ability to resume, unless the scan needs it
// (to resume, or to fill the inventory); then it is an error.
class CheckpointSession
{
public:
    explicit CheckpointSession(const ScanSettings &settings);
    ~CheckpointSession();
    CheckpointSession(const CheckpointSession &) = delete;
    CheckpointSession &operator=(const CheckpointSession &) = delete;

    // The SQLite file the inventory and the checkpoint share, and the account key they keep.
    static QString pathFor(const ScanSettings &settings);
    static QString accountKey(const CloudinaryConfig &cloud);

    // Locks the file and reads the stored checkpoint. When this run resumes it, `*startedAt`
    // becomes the first run's start. Warnings say what happened to a checkpoint found.
    bool open(QDateTime *startedAt, QStringList *warnings, QString *error);
    // Writes the new checkpoint or counts this run in the continued one (after the inventory
    // opened, which may reset the file).
    bool begin(QStringList *warnings, QString *error);

    bool isActive() const { return m_checkpoint != nullptr; }
    bool isResuming() const { return m_resuming; }
    QList<ListerState> storedListers() const;
    const CheckpointHeader &storedHeader() const { return m_stored; }

    void addLister(const ListerState &state);
    // Buffers the page and hands a batch to the writer when one is due: several pages, or a
    // second since the last. False when saving failed and the scan needs the checkpoint; a
    // warning otherwise (the session then saves nothing more).
    bool addPage(const ListerState &after, const ListedFiles &files, int calls, QStringList *warnings, QString *error);
    // Writes what is buffered and waits until it is on disk.
    bool flush(int calls, QStringList *warnings, QString *error);
    // The pages the earlier runs listed (not those of this run), in the order listed.
    bool replayEarlierRuns(StringPool &pool, const std::function<void(const ListedFiles &)> &consume, QString *error) const;
    const ScanCheckpoint *checkpoint() const { return m_checkpoint.get(); }
    // The re-check of earlier runs' candidates: what earlier runs already found, and what this
    // one finds (ScanCheckpoint::recordRecheck).
    QHash<QString, bool> recheckOutcomes() const;
    bool recordRecheck(const ResourceList &present, const ResourceList &gone, QStringList *warnings, QString *error);

    // After the scan: discards a complete scan's checkpoint, keeps (flushed) a stopped one's,
    // and fills in the summary.
    void finish(const ScanResult &result, int calls, CheckpointSummary *summary, QStringList *warnings);

private:
    bool needed() const; // the scan cannot do without a checkpoint
    bool lock(const QString &path, std::unique_ptr<QLockFile> *lock, QString *error) const;
    bool saveFailed(const QString &message, QStringList *warnings, QString *error);
    void handOver(int calls);

    ScanSettings m_settings;
    QString m_path;
    QString m_scan; // ScanCheckpoint::scanKey
    std::unique_ptr<QLockFile> m_lock;          // of this kind of scan
    std::unique_ptr<QLockFile> m_inventoryLock; // of the inventory, when the scan updates it
    std::unique_ptr<ScanCheckpoint> m_checkpoint;
    std::unique_ptr<class CheckpointWriter> m_writer;
    bool m_resuming = false;
    CheckpointHeader m_wanted;
    CheckpointHeader m_stored;
    QList<CheckpointListerRow> m_storedListers;
    qint64 m_lastEarlierPage = 0;
    // What this run saves: the header, every lister's row, and the batch being gathered.
    CheckpointHeader m_header;
    QMap<int, CheckpointListerRow> m_listers;
    QList<int> m_changedListers;
    CheckpointBatch m_batch;
    QElapsedTimer m_sinceBatch;
};

} // namespace Orphanscope
