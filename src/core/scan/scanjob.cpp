#include "scan/scanjob.h"

#include "cloudinary/cloudinaryclient.h"
#include "database/sitereferencereader.h"
#include "scan/accountlisting.h"
#include "scan/brokenreferencecheck.h"
#include "scan/budgetwait.h"
#include "scan/checkpointsession.h"
#include "scan/inventoryrecheck.h"
#include "scan/inventoryscan.h"
#include "scan/orphandetector.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {
constexpr int ProgressIntervalMs = 100; // no faster than a progress bar can be read
} // namespace

ScanJob::ScanJob(ScanSettings settings, quint64 jobId)
    : m_settings(std::move(settings))
    , m_jobId(jobId)
    , m_guard(m_settings.rateLimitWarnAt, m_settings.rateLimitStopAt)
{
    qRegisterMetaType<ScanProgress>();
    qRegisterMetaType<ScanResult>();
}

ScanJob::~ScanJob()
{
    // The reader's connection must be gone before its thread is reused or the process ends.
    m_stopReading = true;
    m_referenceWatcher.waitForFinished();
}

void ScanJob::cancel()
{
    if (!m_cancelRequested.exchange(true))
        QMetaObject::invokeMethod(this, &ScanJob::onCancelRequested, Qt::QueuedConnection);
}

void ScanJob::run()
{
    m_elapsed.start();
    m_sinceProgress.start();
    m_result.jobId = m_jobId;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_result.days = m_settings.days;
    m_result.resourceTypes = m_settings.resourceTypes;
    m_result.minAgeDetectMSecs = m_settings.minAgeDetectMSecs;

    ClientOptions options;
    options.transferTimeoutMs = m_settings.transferTimeoutMs;
    m_client = new CloudinaryClient(m_settings.cloudinary, options, this);
    connect(m_client, &CloudinaryClient::retrying, this, &ScanJob::warn);

    const bool rawReferenced = std::any_of(m_settings.references.cbegin(), m_settings.references.cend(),
                                           [](const ReferenceSpec &spec) { return spec.type == ResourceType::Raw; });
    if (m_settings.resourceTypes.contains(ResourceType::Raw) && !rawReferenced)
        warn(u"Raw files are listed but no reference column has type raw: every raw file will look orphaned"_s);

    if (!openCheckpoint())
        return;
    if (m_settings.waitForReset) {
        m_budgetWait = new BudgetWait(m_settings.maxWaitMSecs, this);
        connect(m_budgetWait, &BudgetWait::over, this, &ScanJob::onBudgetReset);
    }
    startReferenceRead();
    m_progress.phase = ScanPhase::Listing;
    startListing();
}

// Locks the inventory's file, decides whether this run resumes a stopped scan (whose start it
// then takes over), opens the inventory, and writes the new or continued checkpoint.
bool ScanJob::openCheckpoint()
{
    if (!m_settings.checkpoint && m_settings.inventoryMode == InventoryMode::Off)
        return true;
    m_checkpoint = std::make_unique<CheckpointSession>(m_settings);
    QStringList warnings;
    QString error;
    bool ok = m_checkpoint->open(&m_result.startedAt, &warnings, &error);
    if (ok && m_settings.inventoryMode != InventoryMode::Off) {
        m_inventory = std::make_unique<InventoryScan>(m_settings, m_result.startedAt);
        ok = m_inventory->begin(&warnings, &error);
    }
    ok = ok && m_checkpoint->begin(&warnings, &error);
    for (const QString &message : std::as_const(warnings))
        warn(message);
    if (!ok)
        fail(error);
    return ok;
}

void ScanJob::startReferenceRead()
{
    connect(&m_referenceWatcher, &QFutureWatcher<ReferenceReadResult>::finished, this, &ScanJob::onReferencesRead);
    const SiteReferenceReader reader(m_settings.databases(), m_settings.references, DeliveryUrlScanner::optionsFor(m_settings.cloudinary),
                                     m_settings.referenceAllText);
    // Warnings are emitted from the pool thread; signal emission is thread-safe.
    m_referenceWatcher.setFuture(QtConcurrent::run([this, reader] {
        return reader.read(m_stopReading, &m_rowsRead, [this](const QString &message) { Q_EMIT warning(message); });
    }));
}

void ScanJob::onReferencesRead()
{
    if (m_ended)
        return;
    m_references = std::make_unique<ReferenceReadResult>(m_referenceWatcher.result());
    // Let go of the future's own copy at once: while it shares the reference set, marking the
    // first match would copy all of it (about 45 MB for a million references).
    m_referenceWatcher.disconnect(this); // an empty future reports itself finished at once
    m_referenceWatcher.setFuture(QFuture<ReferenceReadResult>());
    if (!m_references->ok) {
        if (m_cancelRequested)
            finishIfReady();
        else
            fail(m_references->error);
        return;
    }
    m_result.references = m_references->summary;
    if (m_references->summary.distinct == 0 && m_references->summary.textReferences == 0)
        warn(u"The reference columns hold no usable values at all: every file will look orphaned. Check --reference and DATABASE_URL before acting on this report"_s);
    m_detector = std::make_unique<OrphanDetector>(m_references->references, m_settings.ignore,
                                                  m_result.startedAt.toMSecsSinceEpoch() - m_settings.minAgeDetectMSecs);
    if (!replayEarlierRuns())
        return;
    for (const ListedFiles &files : std::as_const(m_unclassified)) // never pages of a type the inventory supplies
        m_detector->classify(files);
    m_unclassified = {};
    m_unclassifiedFiles = 0;
    if (std::exchange(m_listingHeld, false) && m_listing && !m_listingDone && !(m_budgetWait && m_budgetWait->isWaiting()))
        m_listing->resume();
    reportProgress(true);
    finishIfReady();
}

// A resumed scan classifies the pages its earlier runs listed first, as if just listed; their
// orphan candidates are looked up again at the end, since files may have gone meanwhile.
bool ScanJob::replayEarlierRuns()
{
    if (!m_checkpoint || !m_checkpoint->isResuming())
        return true;
    QString error;
    const bool ok = m_checkpoint->replayEarlierRuns(m_pool, [this](const ListedFiles &files) {
        if (files.isEmpty())
            return;
        const ResourceType type = files.type(0);
        m_progress.listed[indexOf(type)] += files.size();
        m_progress.resumedFiles += files.size();
        m_progress.pages[indexOf(type)] += 1;
        m_result.perType[indexOf(type)].pages += 1;
        if (!m_inventory || !m_inventory->isIncremental(type))
            m_detector->classify(files);
    }, &error);
    if (!ok) {
        fail(error);
        return false;
    }
    m_earlierCandidates = m_detector->takeOrphans();
    return true;
}

void ScanJob::startListing()
{
    m_progress.currentType = m_settings.resourceTypes.value(0, ResourceType::Image);
    for (ResourceType type : std::as_const(m_settings.resourceTypes))
        m_result.perType[indexOf(type)].scanned = true;
    m_listing = new AccountListing(m_client, &m_pool, this);
    connect(m_listing, &AccountListing::pageReceived, this, &ScanJob::onPage);
    connect(m_listing, &AccountListing::listerStarted, this, [this](const ListerState &state) { m_checkpoint->addLister(state); });
    connect(m_listing, &AccountListing::warning, this, &ScanJob::warn);
    connect(m_listing, &AccountListing::typeComplete, this, [this](ResourceType type) { m_result.perType[indexOf(type)].complete = true; });
    connect(m_listing, &AccountListing::finished, this, &ScanJob::onListingFinished);
    connect(m_listing, &AccountListing::failed, this, &ScanJob::onListingFailed);

    std::optional<QDateTime> windowStart;
    if (m_settings.days)
        windowStart = m_result.startedAt.addDays(-*m_settings.days);
    AccountListing::Plan plan;
    plan.types = m_settings.resourceTypes;
    plan.startAt = [this, windowStart](ResourceType type) { return m_inventory ? m_inventory->listFrom(type) : windowStart; };
    plan.slicesPerType = m_settings.parallelListing;
    plan.startedAt = m_result.startedAt;
    plan.pauseMs = m_settings.pauseMs;
    // The next page may travel while this one is classified, unless the guard would stop after
    // this answer or the listing is being held back.
    plan.mayRequestAhead = [this] { return !m_listingHeld && !m_guard.stops(m_client->lastRateLimit()); };
    if (m_checkpoint)
        plan.resumeFrom = m_checkpoint->storedListers();
    reportProgress(true);
    m_listing->start(plan);
}

void ScanJob::onPage(ResourceType type, const ListedFiles &files, bool moreToCome, const ListerState &after)
{
    m_progress.currentType = type;
    m_progress.listed[indexOf(type)] += files.size();
    m_progress.pages[indexOf(type)] += 1;
    m_result.perType[indexOf(type)].pages += 1;
    if (m_checkpoint) {
        QStringList warnings;
        QString error;
        const bool saved = m_checkpoint->addPage(after, files, m_client->callCount(), &warnings, &error);
        for (const QString &message : std::as_const(warnings))
            warn(message);
        if (!saved) {
            fail(error);
            return;
        }
    }
    // A type the inventory supplies is classified with the stored files once its listing is done.
    if (!m_inventory || !m_inventory->isIncremental(type)) {
        if (m_detector) {
            m_detector->classify(files);
        } else {
            m_unclassified.append(files);
            m_unclassifiedFiles += files.size();
            if (m_unclassifiedFiles > MaxUnclassifiedFiles && !m_listingHeld && m_listing) {
                m_listingHeld = true;
                m_listing->pause();
            }
        }
    }

    if (const auto detail = budgetStop(moreToCome)) {
        if (!waitForBudget(*detail))
            stopListing(StopReason::RateLimitGuard, *detail);
        return;
    }
    reportProgress(false);
}

// --wait-for-reset: the listing holds its next requests until the rate-limit window resets.
// False when the scan stops instead (no waiting asked for, or the wait would pass --max-wait).
bool ScanJob::waitForBudget(const QString &reason)
{
    if (!m_budgetWait || (m_listingDone && !m_recheck))
        return false;
    if (m_budgetWait->isWaiting())
        return true;
    const RateLimitStatus status = m_client->lastRateLimit();
    if (!m_budgetWait->start(status.resetsAt)) {
        warn(u"Waiting for the next rate-limit window would take the waits past --max-wait (%1 min in all so far)"_s
                 .arg(m_budgetWait->waitedMSecs() / 60'000));
        return false;
    }
    if (m_recheck)
        m_recheck->pause();
    else
        m_listing->pause();
    QStringList warnings;
    QString error;
    if (m_checkpoint && !m_recheck && !m_checkpoint->flush(m_client->callCount(), &warnings, &error)) {
        m_budgetWait->cancel();
        fail(error);
        return true;
    }
    for (const QString &message : std::as_const(warnings))
        warn(message);
    warn(u"%1. Waiting for the API budget: resumes at %2"_s.arg(reason, m_budgetWait->resumesAt().toLocalTime().toString(u"HH:mm:ss"_s)));
    m_progress.phase = ScanPhase::WaitingForBudget;
    m_progress.resumesAt = m_budgetWait->resumesAt();
    reportProgress(true);
    return true;
}

void ScanJob::onBudgetReset()
{
    if (m_ended)
        return;
    m_progress.phase = m_recheck ? ScanPhase::Analyzing : ScanPhase::Listing;
    m_progress.resumesAt = {};
    reportProgress(true);
    if (m_recheck)
        m_recheck->resume();
    else if (!m_listingDone && !m_listingHeld)
        m_listing->resume();
}

// The rate-limit guard, asked after every answer: it warns once, and it stops before a further
// call (a scan that just took its last page is complete, whatever the budget). Returns why it
// stops, if it does.
std::optional<QString> ScanJob::budgetStop(bool anotherCallNeeded)
{
    const RateLimitGuard::Advice advice = m_guard.advise(m_client->lastRateLimit(), anotherCallNeeded);
    if (!advice.warning.isEmpty())
        warn(advice.warning);
    return advice.stop;
}

void ScanJob::onListingFinished()
{
    if (m_listingDone)
        return;
    m_listingDone = true;
    m_progress.phase = ScanPhase::WaitingForDatabase;
    reportProgress(true);
    finishIfReady();
}

void ScanJob::onListingFailed(ResourceType type, ListingFailure failure, const QString &message)
{
    Q_UNUSED(type);
    if (failure == ListingFailure::RateLimited) {
        if (waitForBudget(message))
            return;
        const RateLimitStatus status = m_client->lastRateLimit();
        stopListing(StopReason::RateLimited,
                    u"%1 (resets at %2)"_s.arg(message, status.resetsAt.isValid() ? status.resetsAt.toString(Qt::ISODate) : u"the top of the hour"_s));
        return;
    }
    fail(message);
}

void ScanJob::stopListing(StopReason reason, const QString &detail)
{
    if (m_listingDone)
        return;
    if (m_budgetWait)
        m_budgetWait->cancel();
    if (m_listing)
        m_listing->stop();
    m_client->abortAll();
    m_result.stopReason = reason;
    m_result.stopDetail = detail;
    m_listingDone = true;
    warn(detail);
    finishIfReady();
}

void ScanJob::onCancelRequested()
{
    if (m_ended)
        return;
    if (m_recheck) {
        stopRecheck(StopReason::Cancelled, u"The scan was cancelled"_s);
        return;
    }
    if (!m_references) {
        // The database read is still running and is not waited for: without it no file can be
        // called an orphan, so the partial result reports none.
        m_stopReading = true;
        m_references = std::make_unique<ReferenceReadResult>();
    }
    if (!m_listingDone) {
        stopListing(StopReason::Cancelled, u"The scan was cancelled"_s);
        return;
    }
    if (m_result.stopReason == StopReason::None) {
        m_result.stopReason = StopReason::Cancelled;
        m_result.stopDetail = u"The scan was cancelled"_s;
    }
    finishIfReady();
}

void ScanJob::finishIfReady()
{
    if (m_ended || m_recheck || !m_listingDone || !m_references)
        return;
    m_progress.phase = ScanPhase::Analyzing;
    reportProgress(true);
    if (!m_detector) {
        m_result.stopDetail += u"; the database read had not finished, so no orphans are reported"_s;
        finish();
        return;
    }
    if (m_inventory) {
        QStringList warnings;
        QString error;
        const bool stored = m_checkpoint->flush(m_client->callCount(), &warnings, &error)
                         && m_inventory->applyListing(*m_checkpoint->checkpoint(), m_pool, &error)
                         && m_inventory->classifyStored(*m_detector, m_pool, &error);
        if (!stored) {
            fail(error);
            return;
        }
    }
    // The broken-reference check needs the references' matches, but not the whole set: only the
    // few unmatched ones are kept while the big set is freed.
    std::optional<ReferenceSet> unmatched;
    if (BrokenReferenceCheck::applies(m_settings, m_result))
        unmatched = m_references->references.unmatched(m_settings.resourceTypes);
    collectResult();
    QString error;
    if (unmatched && !BrokenReferenceCheck::run(m_settings, *unmatched, m_stopReading, &m_result, &error)) {
        fail(error);
        return;
    }
    if (!startRecheck())
        finish();
}

void ScanJob::collectResult()
{
    const auto &counts = m_detector->summaries();
    for (int i = 0; i < 3; ++i) {
        TypeSummary &summary = m_result.perType[i]; // pages, scanned, complete are the listing's
        summary.listed = counts[i].listed;
        summary.listedBytes = counts[i].listedBytes;
        summary.valid = counts[i].valid;
        summary.orphans = counts[i].orphans;
        summary.orphanBytes = counts[i].orphanBytes;
        summary.ignored = counts[i].ignored;
        summary.recent = counts[i].recent;
    }
    m_result.orphans = m_detector->takeOrphans();
    m_result.recent = m_detector->takeRecent();
    // Free the reference set (a million strings) here in the worker, before the result is
    // announced, not later while the receiver waits for the thread to finish.
    m_detector.reset();
    m_references.reset();
}

bool ScanJob::startRecheck()
{
    const bool fromInventory = m_inventory && m_inventory->anyIncremental();
    if ((!fromInventory && m_earlierCandidates.isEmpty()) || m_result.isPartial())
        return false;
    auto *recheck = new InventoryRecheck(m_client, &m_pool, m_inventory.get(), std::exchange(m_earlierCandidates, {}), &m_result,
                                         m_settings.pauseMs, this);
    connect(recheck, &InventoryRecheck::outcomes, this, [this](const ResourceList &present, const ResourceList &gone) {
        QStringList warnings;
        QString error;
        // Not with the inventory, whose update holds the file: its re-check is redone anyway.
        if (m_checkpoint && !m_inventory && !m_checkpoint->recordRecheck(present, gone, &warnings, &error))
            warnings.append(error);
        for (const QString &message : std::as_const(warnings))
            warn(message);
    });
    connect(recheck, &InventoryRecheck::batchChecked, this, [this](bool moreBatches) {
        if (const auto detail = budgetStop(moreBatches); detail && !waitForBudget(*detail))
            stopRecheck(StopReason::RateLimitGuard, *detail);
        else
            reportProgress(false);
    });
    connect(recheck, &InventoryRecheck::finished, this, [this] {
        m_recheck->deleteLater();
        m_recheck = nullptr;
        finish();
    });
    connect(recheck, &InventoryRecheck::rateLimited, this, [this](const QString &message) {
        if (!waitForBudget(message))
            stopRecheck(StopReason::RateLimited, message);
    });
    connect(recheck, &InventoryRecheck::failed, this, &ScanJob::fail);
    if (!recheck->start(m_checkpoint ? m_checkpoint->recheckOutcomes() : QHash<QString, bool>{})) {
        delete recheck;
        return false;
    }
    m_recheck = recheck;
    return true;
}

void ScanJob::stopRecheck(StopReason reason, const QString &detail)
{
    warn(m_recheck->stop(reason, detail));
    m_recheck->deleteLater();
    m_recheck = nullptr;
    finish();
}

void ScanJob::finish()
{
    m_ended = true;
    if (m_inventory) {
        QString error;
        if (!m_inventory->save(m_result.perType, m_result.orphans, &error))
            warn(u"%1; the report is complete, but the next scan lists everything again"_s.arg(error));
        m_result.incremental = m_inventory->summary();
        m_inventory.reset(); // closes the inventory here, in the worker thread
    }
    if (m_checkpoint) {
        QStringList warnings;
        if (m_budgetWait) {
            m_result.checkpoint.waits = m_budgetWait->waits();
            m_result.checkpoint.waitedMs = m_budgetWait->waitedMSecs();
        }
        m_checkpoint->finish(m_result, m_client->callCount(), &m_result.checkpoint, &warnings);
        for (const QString &message : std::as_const(warnings))
            warn(message);
        if (m_result.checkpoint.kept)
            m_result.stopDetail += u"; its progress is saved: --resume continues it"_s;
    }
    m_result.apiCalls = m_client->callCount();
    m_result.rateLimit = m_client->lastRateLimit();
    m_result.elapsedMs = m_elapsed.elapsed();
    m_progress.phase = ScanPhase::Done;
    reportProgress(true);
    Q_EMIT finished(m_result);
}

void ScanJob::fail(const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    m_stopReading = true;
    if (m_listing)
        m_listing->stop();
    if (m_client)
        m_client->abortAll();
    if (m_budgetWait)
        m_budgetWait->cancel();
    m_inventory.reset(); // rolls back what this scan stored
    if (m_checkpoint && m_client) {
        QStringList ignored; // what was listed stays resumable; the failure is what the admin reads
        QString alsoIgnored;
        m_checkpoint->flush(m_client->callCount(), &ignored, &alsoIgnored);
    }
    Q_EMIT failed(message);
}

void ScanJob::reportProgress(bool force)
{
    if (!force && m_sinceProgress.elapsed() < ProgressIntervalMs)
        return;
    m_sinceProgress.restart();
    m_progress.apiCalls = m_client ? m_client->callCount() : 0;
    m_progress.rateLimit = m_client ? m_client->lastRateLimit() : RateLimitStatus{};
    m_progress.referenceRowsRead = m_rowsRead.load(std::memory_order_relaxed);
    m_progress.referencesDone = m_detector != nullptr;
    m_progress.elapsedMs = m_elapsed.elapsed();
    Q_EMIT progress(m_progress);
}

void ScanJob::warn(const QString &message)
{
    Q_EMIT warning(message);
}

} // namespace Orphanscope
