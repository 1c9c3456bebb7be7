#pragma once

#include "cloudinary/listedfiles.h"
#include "scan/accountlisting.h"
#include "scan/checkpointpagefile.h"
#include "util/localdatabase.h"

#include <QDateTime>
#include <QHash>

#include <functional>
#include <optional>

namespace Orphanscope {

class StringPool;

// What a checkpoint says about the scan it belongs to.
struct CheckpointHeader
{
    QString accountKey; // cloud name @ API endpoint, as the inventory's
    QList<ResourceType> types;
    std::optional<int> days;
    QDateTime startedAt; // of the first run: the scan's start, whatever resumed it
    QDateTime updatedAt; // the last batch saved
    int runs = 1;        // the first run and every resumption
    int calls = 0;       // listing calls of all runs
    qint64 files = 0;    // listed so far
    int pages = 0;
};

// One lister's row of a checkpoint.
struct CheckpointListerRow
{
    ListerState state;
    int pages = 0;
    qint64 files = 0;
};

// What one transaction of a checkpoint writes: the pages listed since the last batch, the
// listers they moved on, and the header as of then.
struct CheckpointBatch
{
    // Each page as ListedFiles::encode() gives it, encoded on the scan's thread while the page is
    // still in its cache: a page handed to the writer's thread to encode there made the scan's
    // parse and match slower by more than the encoding costs (the 1M scan 2.21 -> 1.87 s, CPU
    // 2.24 -> 1.94 s without handing the pages over, in seven pairs).
    QList<QByteArray> pages;
    QList<CheckpointListerRow> listers;
    CheckpointHeader header;

    bool isEmpty() const { return pages.isEmpty() && listers.isEmpty(); }
};

// A listing's progress, saved as it goes so that a scan stopped by the rate-limit guard, Ctrl+C,
// a crash or a power cut can be continued (--resume): each lister's next cursor, and every page
// listed so far in a compact binary form (ListedFiles::encode): the cursors and counts in tables
// of the inventory's SQLite file, the pages appended to a file beside it (CheckpointPageFile),
// one checkpoint per kind of scan (its types and range: a weekly whole-account scan
// waiting for --resume is not disturbed by the daily scan of the last days). Each batch's pages
// are appended first and counted by the transaction that saves the listers' cursors, so a stop
// loses at most the batch in flight and never saves a cursor without its pages. Use one instance in one thread only;
// several instances may share the file.
class ScanCheckpoint
{
public:
    // `scan` names the kind of scan (scanKey()).
    ScanCheckpoint(QString path, QString scan);
    static QString scanKey(const QList<ResourceType> &types, std::optional<int> days);
    // A scan key as it may appear in a file name (its lock, its pages).
    static QString fileNameOf(const QString &scan);
    ~ScanCheckpoint();
    ScanCheckpoint(const ScanCheckpoint &) = delete;
    ScanCheckpoint &operator=(const ScanCheckpoint &) = delete;

    const QString &path() const { return m_path; }
    bool open(QString *error);

    // The stored checkpoint, if there is one (and its listers).
    std::optional<CheckpointHeader> load(QList<CheckpointListerRow> *listers, QString *error);
    // Why `stored` cannot be continued by a scan of these types and range, now; nullopt: it can.
    static std::optional<QString> refusal(const CheckpointHeader &stored, const CheckpointHeader &wanted, qint64 maxAgeMSecs,
                                          const QDateTime &now);

    // Starts a new checkpoint, dropping any other.
    bool startNew(const CheckpointHeader &header, QString *error);
    bool writeHeader(const CheckpointHeader &header, QString *error);
    bool write(const CheckpointBatch &batch, QString *error);

    // The stored pages, in the order listed, up to the one numbered `lastPage` (0: all).
    bool readPages(StringPool &pool, const std::function<void(const ListedFiles &)> &consume, QString *error,
                   qint64 lastPage = 0) const;
    qint64 lastPageSaved() const; // the number of the last page stored, 0 without any
    bool discard(QString *error);

    // Orphan candidates of earlier runs already looked up again, so that a further resumption
    // does not spend calls on them twice: present or gone, by recheckKey().
    bool recordRecheck(const ResourceList &present, const ResourceList &gone, QString *error);
    QHash<QString, bool> recheckOutcomes() const;
    static QString recheckKey(const CloudinaryResource &file);

private:
    bool exec(const QString &statement, QString *error);
    class QSqlQuery prepare(const QString &statement) const; // with :scan bound
    bool deleteAll(QString *error);
    bool addListerColumns(QString *error);
    bool writeValues(const QList<std::pair<QString, QString>> &values, QString *error);
    struct StoredPages
    {
        qint64 end = 0;   // bytes of the page file that count
        qint64 count = 0; // records in them
    };
    StoredPages storedPages() const;
    QString failure(const class QSqlError &error) const;

    QString m_path;
    QString m_scan;
    LocalDatabase m_file;
    CheckpointPageFile m_pages;
};

} // namespace Orphanscope
