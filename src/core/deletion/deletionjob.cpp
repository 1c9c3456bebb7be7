#include "deletion/deletionjob.h"

#include "cloudinary/cloudinaryclient.h"
#include "database/sitereferencereader.h"
#include "deletion/filebackup.h"
#include "review/decisionstore.h"
#include "scan/candidatechecker.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

DeletionJob::DeletionJob(DeletionSettings settings, ResourceList candidates)
    : m_settings(std::move(settings))
    , m_candidates(std::move(candidates))
    , m_guard(m_settings.rateLimitWarnAt, m_settings.rateLimitStopAt)
{
    qRegisterMetaType<DeletionSummary>();
    qRegisterMetaType<DeletionOutcome>();
    qRegisterMetaType<CloudinaryResource>();
}

DeletionJob::~DeletionJob() = default;

void DeletionJob::cancel()
{
    if (!m_cancelRequested.exchange(true))
        QMetaObject::invokeMethod(this, [this] { stopWithRemaining(u"cancelled"_s); }, Qt::QueuedConnection);
}

void DeletionJob::run()
{
    if (!m_settings.dryRun) {
        m_audit = std::make_unique<DeletionAudit>(m_settings.auditPath);
        QString error;
        if (!m_audit->open(&error)) {
            fail(error);
            return;
        }
    }
    if (!readReferences() || !readDecisions())
        return;
    if (!m_settings.dryRun && !m_settings.backupFolder.isEmpty()) {
        m_backup = new FileBackup(m_settings.backupFolder, m_settings.cloudinary.accountName(), m_settings.transferTimeoutMs, this);
        QString error;
        if (!m_backup->open(&error)) {
            fail(error + u"; nothing was deleted"_s);
            return;
        }
        m_summary.backupFolder = QDir(m_settings.backupFolder).filePath(m_backup->runFolder());
    }
    ClientOptions options;
    options.transferTimeoutMs = m_settings.transferTimeoutMs;
    m_client = new CloudinaryClient(m_settings.cloudinary, options, this);
    connect(m_client, &CloudinaryClient::retrying, this, &DeletionJob::warning);

    // Cheap checks first; only what passes them costs a look-up on Cloudinary.
    ResourceList toLookUp;
    for (const CloudinaryResource &file : std::as_const(m_candidates)) {
        if (m_kept.contains(resourceKey(file.type, file.publicId)))
            record(file, DeletionOutcome::SkippedKept, u"an admin decided to keep it"_s);
        else if (m_settings.ignore.matches(file))
            record(file, DeletionOutcome::SkippedIgnored, u"matches an ignore rule"_s);
        else if (m_references.contains(file.type, file.publicId))
            record(file, DeletionOutcome::SkippedReferenced, u"a database row refers to it now"_s);
        else
            toLookUp.append(file);
    }
    if (toLookUp.isEmpty()) {
        finish();
        return;
    }
    m_checker = new CandidateChecker(m_client, &m_pool, std::move(toLookUp), m_settings.pauseMs, this);
    connect(m_checker, &CandidateChecker::batchChecked, this, &DeletionJob::onLookedUp);
    connect(m_checker, &CandidateChecker::finished, this, [this] {
        m_checker->deleteLater();
        m_checker = nullptr;
        // Look-ups of several types answer interleaved: grouped by type, batches come off the front.
        std::stable_sort(m_queue.begin(), m_queue.end(),
                         [](const CloudinaryResource &a, const CloudinaryResource &b) { return indexOf(a.type) < indexOf(b.type); });
        deleteNextBatch();
    });
    connect(m_checker, &CandidateChecker::failed, this, [this](ListingFailure, const QString &message) {
        stopWithRemaining(u"looking the files up failed: %1"_s.arg(message));
    });
    m_checker->start();
}

// The database is read whole, read-only, the way a scan reads it: a partial read fails.
bool DeletionJob::readReferences()
{
    const std::atomic_bool neverCancel{false};
    const SiteReferenceReader reader(m_settings.databases(), m_settings.references, DeliveryUrlScanner::optionsFor(m_settings.cloudinary),
                                     m_settings.referenceAllText);
    ReferenceReadResult result = reader.read(neverCancel, nullptr, [this](const QString &message) { Q_EMIT warning(message); });
    if (!result.ok) {
        fail(u"%1; nothing more was deleted"_s.arg(result.error));
        return false;
    }
    m_references = std::move(result.references);
    m_referencesAge.start();
    return true;
}

// A file an admin decided to keep is never deleted: when the decisions cannot be read, nothing is.
bool DeletionJob::readDecisions()
{
    if (m_settings.decisionsPath.isEmpty())
        return true;
    DecisionStore store(m_settings.decisionsPath, m_settings.cloudinary.accountName());
    QString error;
    std::optional<DecisionMap> decisions;
    if (store.open(&error))
        decisions = store.load(&error);
    if (!decisions) {
        fail(u"%1; nothing was deleted, since files decided to keep could not be told apart"_s.arg(error));
        return false;
    }
    for (const FileDecision &decision : std::as_const(*decisions)) {
        if (decision.decision == Decision::Keep)
            m_kept.insert(resourceKey(decision.type, decision.publicId));
    }
    return true;
}

void DeletionJob::onLookedUp(const ResourceList &present, const ResourceList &gone)
{
    for (const CloudinaryResource &file : gone)
        record(file, DeletionOutcome::NotFound, u"Cloudinary no longer has it"_s);
    const qint64 youngestAllowed = QDateTime::currentMSecsSinceEpoch() - m_settings.minAgeMSecs;
    for (const CloudinaryResource &file : present) {
        if (file.createdAtMSecs > youngestAllowed)
            record(file, DeletionOutcome::SkippedYoung, u"uploaded %1, within the minimum age"_s
                                                           .arg(QDateTime::fromMSecsSinceEpoch(file.createdAtMSecs, Qt::UTC).toString(Qt::ISODate)));
        else
            m_queue.append(file);
    }
    if (const auto detail = budgetStop(m_checker && m_checker->hasMoreBatches())) {
        m_checker->stop();
        stopWithRemaining(*detail);
    }
}

void DeletionJob::deleteNextBatch()
{
    if (m_ended)
        return;
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    // The database may have gained references while earlier batches ran.
    if (m_referencesAge.elapsed() > m_settings.referencesMaxAgeMs && !readReferences())
        return;
    const ResourceType type = m_queue.constFirst().type;
    qsizetype taken = 0;
    while (taken < m_queue.size() && taken < BatchSize && m_queue.at(taken).type == type)
        ++taken;
    const ResourceList next = m_queue.first(taken);
    m_queue.remove(0, taken);
    const ResourceList batch = unreferenced(next, u"a database row refers to it now"_s);
    if (batch.isEmpty()) {
        deleteNextBatch();
        return;
    }
    if (m_settings.dryRun) {
        for (const CloudinaryResource &file : std::as_const(batch))
            record(file, DeletionOutcome::WouldDelete, u"dry run"_s);
        deleteNextBatch();
        return;
    }
    if (!m_backup) {
        sendDeleteCall(batch);
        return;
    }
    m_backingUp = true;
    m_backup->backUp(batch, [this](const ResourceList &backedUp, const QList<BackupFailure> &failed) { deleteBackedUp(backedUp, failed); });
}

// Only what has a complete backup is deleted.
void DeletionJob::deleteBackedUp(const ResourceList &backedUp, const QList<BackupFailure> &failed)
{
    m_backingUp = false;
    for (const BackupFailure &failure : failed)
        record(failure.file, DeletionOutcome::BackupFailed, failure.reason);
    m_summary.filesBackedUp = m_backup->filesBackedUp();
    m_summary.bytesBackedUp = m_backup->bytesBackedUp();
    if (m_summary.stopped) { // stopped while the backup ran: these are backed up, not deleted
        for (const CloudinaryResource &file : backedUp)
            record(file, DeletionOutcome::Error, u"not attempted: %1 (its backup is kept)"_s.arg(m_summary.stopDetail));
        QString error;
        if (m_audit && !m_audit->flush(&error))
            fail(error);
        finish();
        return;
    }
    // A long backup gives the site time to refer to a file: the database is asked again.
    if (m_referencesAge.elapsed() > m_settings.referencesMaxAgeMs && !readReferences())
        return;
    const ResourceList batch = unreferenced(backedUp, u"a database row refers to it now (its backup is kept)"_s);
    if (batch.isEmpty()) {
        deleteNextBatch();
        return;
    }
    sendDeleteCall(batch);
}

// The files no database row refers to (as last read); the others are recorded as skipped.
ResourceList DeletionJob::unreferenced(const ResourceList &files, const QString &skipDetail)
{
    ResourceList kept;
    for (const CloudinaryResource &file : files) {
        if (m_references.contains(file.type, file.publicId))
            record(file, DeletionOutcome::SkippedReferenced, skipDetail);
        else
            kept.append(file);
    }
    return kept;
}

void DeletionJob::sendDeleteCall(const ResourceList &batch)
{
    const ResourceType type = batch.constFirst().type;
    QUrlQuery query;
    for (const CloudinaryResource &file : std::as_const(batch))
        query.addQueryItem(u"public_ids[]"_s, QString::fromLatin1(QUrl::toPercentEncoding(file.publicId)));
    QUrl url = m_client->config().resourcesUrl(type);
    url.setQuery(query);
    m_summary.largestBatch = std::max(m_summary.largestBatch, int(batch.size()));
    ++m_summary.deleteCalls;
    m_client->deleteResources(url, [this, batch](const ApiReply &reply) { onDeleted(batch, reply); });
}

void DeletionJob::onDeleted(const ResourceList &batch, const ApiReply &reply)
{
    if (reply.outcome != ApiReply::Outcome::Ok) {
        for (const CloudinaryResource &file : batch)
            record(file, DeletionOutcome::Error, reply.errorMessage);
        if (reply.outcome == ApiReply::Outcome::RateLimited || reply.outcome == ApiReply::Outcome::AuthFailed) {
            stopWithRemaining(reply.errorMessage);
            return;
        }
    } else {
        const QJsonObject deleted = QJsonDocument::fromJson(reply.body).object().value(u"deleted"_s).toObject();
        for (const CloudinaryResource &file : batch) {
            const QString answer = deleted.value(file.publicId).toString();
            if (answer == u"deleted"_s)
                record(file, DeletionOutcome::Deleted, QString());
            else if (answer == u"not_found"_s)
                record(file, DeletionOutcome::NotFound, u"Cloudinary no longer had it"_s);
            else
                record(file, DeletionOutcome::Error, answer.isEmpty() ? u"not in Cloudinary's answer"_s : answer);
        }
    }
    QString error;
    if (m_audit && !m_audit->flush(&error)) {
        fail(error);
        return;
    }
    if (const auto detail = budgetStop(!m_queue.isEmpty())) {
        stopWithRemaining(*detail);
        return;
    }
    QTimer::singleShot(m_settings.pauseMs, this, &DeletionJob::deleteNextBatch);
}

std::optional<QString> DeletionJob::budgetStop(bool anotherCallNeeded)
{
    const RateLimitGuard::Advice advice = m_guard.advise(m_client->lastRateLimit(), anotherCallNeeded);
    if (!advice.warning.isEmpty())
        Q_EMIT warning(advice.warning);
    return advice.stop;
}

// Stops early: what was not attempted is recorded as such, so the audit accounts for every file.
void DeletionJob::stopWithRemaining(const QString &detail)
{
    if (m_ended)
        return;
    if (m_checker) {
        m_checker->stop();
        const ResourceList unchecked = m_checker->unchecked();
        m_queue += unchecked;
    }
    if (m_client)
        m_client->abortAll();
    m_summary.stopped = true;
    m_summary.stopDetail = detail;
    for (const CloudinaryResource &file : std::as_const(m_queue))
        record(file, DeletionOutcome::Error, u"not attempted: %1"_s.arg(detail));
    m_queue.clear();
    if (m_backingUp) {
        m_backup->abort(detail); // its answer records the batch and finishes
        return;
    }
    QString error;
    if (m_audit && !m_audit->flush(&error)) {
        fail(error);
        return;
    }
    finish();
}

void DeletionJob::record(const CloudinaryResource &file, DeletionOutcome outcome, const QString &detail)
{
    ++m_summary.counts[size_t(outcome)];
    if (outcome == DeletionOutcome::Deleted)
        m_summary.bytesDeleted += file.bytes;
    if ((outcome == DeletionOutcome::Deleted || outcome == DeletionOutcome::NotFound) && !m_settings.decisionsPath.isEmpty())
        m_decided.append(FileDecision{file.type, file.publicId, Decision::Undecided, {}, {}});
    QString error;
    if (m_audit && outcome != DeletionOutcome::WouldDelete && !m_audit->append(file, outcome, detail, &error))
        Q_EMIT warning(error);
    Q_EMIT this->outcome(file, outcome, detail);
}

void DeletionJob::finish()
{
    if (m_ended)
        return;
    m_ended = true;
    m_summary.apiCalls = m_client ? m_client->callCount() : 0;
    forgetDecisionsOfDeleted();
    Q_EMIT finished(m_summary);
}

// A deleted file's decision has done its work; a restored file starts undecided.
void DeletionJob::forgetDecisionsOfDeleted()
{
    if (m_decided.isEmpty())
        return;
    DecisionStore store(m_settings.decisionsPath, m_settings.cloudinary.accountName());
    QString error;
    if (!store.open(&error) || !store.save(std::exchange(m_decided, {}), &error))
        Q_EMIT warning(error);
}

void DeletionJob::fail(const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_client)
        m_client->abortAll();
    Q_EMIT failed(message);
}

} // namespace Orphanscope
