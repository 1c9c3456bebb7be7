#include "scan/checkpointsession.h"

#include "scan/checkpointwriter.h"
#include "scan/inventory.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {
constexpr int BatchPages = 32;
constexpr int BatchMSecs = 2000;
} // namespace

CheckpointSession::CheckpointSession(const ScanSettings &settings)
    : m_settings(settings)
    , m_path(pathFor(settings))
    , m_scan(ScanCheckpoint::scanKey(settings.resourceTypes, settings.days))
{
    // The inventory takes the listed pages from the checkpoint: it has one whatever was asked.
    m_settings.checkpoint = settings.checkpoint || settings.inventoryMode != InventoryMode::Off;
}

CheckpointSession::~CheckpointSession() = default;

QString CheckpointSession::pathFor(const ScanSettings &settings)
{
    return settings.inventoryPath.isEmpty() ? Inventory::defaultPath(settings.cloudinary.cloudName) : settings.inventoryPath;
}

QString CheckpointSession::accountKey(const CloudinaryConfig &cloud)
{
    // The API endpoint is part of the key, so a sandbox account never mixes with a real one.
    return cloud.cloudName + u'@' + cloud.apiBase.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

bool CheckpointSession::needed() const
{
    return m_settings.resume || m_settings.inventoryMode != InventoryMode::Off;
}

bool CheckpointSession::open(QDateTime *startedAt, QStringList *warnings, QString *error)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        const QString message = u"Cannot create the folder for the inventory %1; check its permissions or pass --inventory"_s.arg(m_path);
        return saveFailed(message, warnings, error);
    }
    // One scan of a kind at a time (they would spoil each other's checkpoint), and one at a time
    // that updates the inventory. A weekly whole-account scan waiting for the API budget does not
    // keep the daily scan of the last days from running.
    if (!lock(m_path + u"."_s + ScanCheckpoint::fileNameOf(m_scan) + u".lock"_s, &m_lock, error)
        || (m_settings.inventoryMode != InventoryMode::Off && !lock(m_path + u".lock"_s, &m_inventoryLock, error)))
        return false;
    if (!m_settings.checkpoint)
        return true;

    auto checkpoint = std::make_unique<ScanCheckpoint>(m_path, m_scan);
    QString failure;
    if (!checkpoint->open(&failure))
        return saveFailed(failure, warnings, error);
    m_wanted.accountKey = accountKey(m_settings.cloudinary);
    m_wanted.types = m_settings.resourceTypes;
    m_wanted.days = m_settings.days;
    m_wanted.startedAt = *startedAt;
    QList<CheckpointListerRow> listers;
    const std::optional<CheckpointHeader> stored = checkpoint->load(&listers, &failure);
    if (!stored && !failure.isEmpty())
        return saveFailed(failure, warnings, error);
    const QString storedText = stored ? u"the unfinished scan started %1 (%2 files listed, %3 run(s) so far)"_s
                                            .arg(stored->startedAt.toString(Qt::ISODate)).arg(stored->files).arg(stored->runs)
                                      : QString();
    if (m_settings.resume && stored) {
        if (const auto refusal = ScanCheckpoint::refusal(*stored, m_wanted, m_settings.maxCheckpointAgeMSecs, QDateTime::currentDateTimeUtc())) {
            *error = *refusal + u" (checkpoint: "_s + m_path + u')';
            return false;
        }
        m_resuming = true;
        m_stored = *stored;
        m_storedListers = listers;
        m_lastEarlierPage = checkpoint->lastPageSaved();
        *startedAt = stored->startedAt;
        warnings->append(u"Resuming "_s + storedText);
    } else if (m_settings.resume) {
        QStringList types;
        for (ResourceType type : std::as_const(m_settings.resourceTypes))
            types.append(resourceTypePluralLabel(type));
        warnings->append(u"No unfinished scan of %1 in %2 to resume in %3; starting a new one"_s
                             .arg(types.join(u", "_s), m_settings.days ? u"the last %1 days"_s.arg(*m_settings.days) : u"the whole account"_s, m_path));
    } else if (stored && stored->files > 0 && !m_settings.days) { // a scan of the last days is cheap to list again
        warnings->append(u"Starting over: %1 is discarded (--resume continues it)"_s.arg(storedText));
    }
    m_checkpoint = std::move(checkpoint);
    return true;
}

bool CheckpointSession::lock(const QString &path, std::unique_ptr<QLockFile> *lock, QString *error) const
{
    *lock = std::make_unique<QLockFile>(path);
    (*lock)->setStaleLockTime(0); // a lock is stale only when its process is gone
    if ((*lock)->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, application;
    (*lock)->getLockInfo(&pid, &host, &application);
    *error = (*lock)->error() == QLockFile::LockFailedError
                 ? u"The inventory %1 is in use by another scan (process %2); try again when it has finished"_s.arg(m_path).arg(pid)
                 : u"Cannot lock the inventory %1 (%2); check the folder's permissions or pass --inventory"_s.arg(m_path, path);
    lock->reset();
    return false;
}

bool CheckpointSession::begin(QStringList *warnings, QString *error)
{
    if (!m_checkpoint)
        return true;
    m_header = m_resuming ? m_stored : m_wanted;
    m_header.updatedAt = QDateTime::currentDateTimeUtc();
    if (m_resuming) {
        m_header.runs += 1;
        for (const CheckpointListerRow &row : std::as_const(m_storedListers))
            m_listers.insert(row.state.id, row);
    }
    QString failure;
    const bool ok = m_resuming ? m_checkpoint->writeHeader(m_header, &failure) : m_checkpoint->startNew(m_header, &failure);
    if (!ok)
        return saveFailed(failure, warnings, error);
    m_writer = std::make_unique<CheckpointWriter>(m_path, m_scan);
    m_sinceBatch.start();
    return true;
}

QList<ListerState> CheckpointSession::storedListers() const
{
    QList<ListerState> states;
    for (const CheckpointListerRow &row : m_storedListers)
        states.append(row.state);
    return states;
}

bool CheckpointSession::saveFailed(const QString &message, QStringList *warnings, QString *error)
{
    m_writer.reset();
    m_checkpoint.reset();
    if (needed()) {
        *error = message;
        return false;
    }
    warnings->append(message + u"; this scan goes on, but a stop now cannot be resumed"_s);
    return true;
}

void CheckpointSession::addLister(const ListerState &state)
{
    if (!m_checkpoint)
        return;
    m_listers.insert(state.id, CheckpointListerRow{state});
    m_changedListers.append(state.id);
}

bool CheckpointSession::addPage(const ListerState &after, const ListedFiles &files, int calls, QStringList *warnings, QString *error)
{
    if (!m_writer) // not begun, or given up
        return true;
    CheckpointListerRow &row = m_listers[after.id];
    row.state = after;
    row.pages += 1;
    row.files += files.size();
    if (!m_changedListers.contains(after.id))
        m_changedListers.append(after.id);
    m_header.files += files.size();
    m_header.pages += 1;
    m_batch.pages.append(files.encode());
    if (m_writer->hasFailed()) // known once the writer got to it: a batch or two later
        return flush(calls, warnings, error);
    if (m_batch.pages.size() >= BatchPages || m_sinceBatch.elapsed() >= BatchMSecs)
        handOver(calls);
    return true;
}

void CheckpointSession::handOver(int calls)
{
    for (int id : std::as_const(m_changedListers)) {
        CheckpointListerRow row = m_listers.value(id);
        row.state.frontier = row.state.frontier.detached(); // the page it holds stays on this thread
        m_batch.listers.append(row);
    }
    m_changedListers.clear();
    m_header.updatedAt = QDateTime::currentDateTimeUtc();
    m_header.calls = (m_resuming ? m_stored.calls : 0) + calls;
    m_batch.header = m_header;
    if (!m_batch.isEmpty())
        m_writer->write(std::exchange(m_batch, {}));
    m_sinceBatch.restart();
}

bool CheckpointSession::flush(int calls, QStringList *warnings, QString *error)
{
    if (!m_writer)
        return true;
    handOver(calls);
    const QString failure = m_writer->sync();
    return failure.isEmpty() || saveFailed(failure, warnings, error);
}

bool CheckpointSession::replayEarlierRuns(StringPool &pool, const std::function<void(const ListedFiles &)> &consume,
                                          QString *error) const
{
    if (!m_checkpoint || !m_resuming || m_lastEarlierPage == 0)
        return true;
    return m_checkpoint->readPages(pool, consume, error, m_lastEarlierPage);
}

QHash<QString, bool> CheckpointSession::recheckOutcomes() const
{
    return m_checkpoint && m_resuming ? m_checkpoint->recheckOutcomes() : QHash<QString, bool>{};
}

bool CheckpointSession::recordRecheck(const ResourceList &present, const ResourceList &gone, QStringList *warnings, QString *error)
{
    QString failure;
    if (!m_checkpoint || m_checkpoint->recordRecheck(present, gone, &failure))
        return true;
    return saveFailed(failure, warnings, error);
}

void CheckpointSession::finish(const ScanResult &result, int calls, CheckpointSummary *summary, QStringList *warnings)
{
    summary->resumed = m_resuming;
    summary->path = m_path;
    summary->filesFromEarlierRuns = m_resuming ? m_stored.files : 0;
    summary->runs = m_resuming ? m_stored.runs + 1 : 1;
    summary->callsAllRuns = (m_resuming ? m_stored.calls : 0) + calls;
    if (!m_writer)
        return;
    QString error;
    if (result.isPartial()) {
        if (flush(calls, warnings, &error) && m_checkpoint) {
            summary->saved = true;
            summary->kept = true;
        } else if (!error.isEmpty()) {
            warnings->append(error);
        }
    } else {
        // Discarded by the writer, after what it was writing and instead of what waited, while
        // the result goes out (deleting a million files' pages took 0.4 s); the session's end
        // waits for it, before the locks are let go.
        m_writer->discardInBackground();
        summary->saved = true;
    }
}

} // namespace Orphanscope
