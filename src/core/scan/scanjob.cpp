#include "scan/scanjob.h"

#include "cloudinary/cloudinaryclient.h"
#include "database/sitereferencereader.h"
#include "review/keptfiles.h"
#include "scan/apibudget.h"
#include "scan/brokenreferencecheck.h"
#include "scan/checkpointsession.h"
#include "scan/inventoryscan.h"
#include "scan/orphandetector.h"
#include "scan/scanlisting.h"
#include "scan/scanstorage.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {
constexpr int ProgressIntervalMs = 100; // no faster than a progress bar can be read
} // namespace

ScanJob::ScanJob(ScanSettings settings, quint64 jobId)
    : m_settings(std::move(settings))
    , m_jobId(jobId)
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
    m_budget = new ApiBudget(m_settings, m_client, this);
    connect(m_budget, &ApiBudget::warning, this, &ScanJob::warn);

    const bool rawReferenced = std::any_of(m_settings.references.cbegin(), m_settings.references.cend(),
                                           [](const ReferenceSpec &spec) { return spec.type == ResourceType::Raw; });
    if (m_settings.resourceTypes.contains(ResourceType::Raw) && !rawReferenced)
        warn(u"Raw files are listed but no reference column has type raw: every raw file will look orphaned"_s);

    if (!openStorage())
        return;
    startReferenceRead();
    m_progress.phase = ScanPhase::Listing;
    startListing();
}

// Takes the locks, decides whether this run resumes a stopped scan (whose start it then takes
// over), and opens the checkpoint and the inventory (ScanStorage).
bool ScanJob::openStorage()
{
    m_storage = std::make_unique<ScanStorage>(m_settings);
    QStringList warnings;
    QString error;
    const bool ok = m_storage->open(&m_result.startedAt, &warnings, &error);
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
    // The result is taken out of the future, not copied: a copy left in its store (which the
    // pool's task may hold a moment longer) would share the reference set, and marking the first
    // match would then copy all of it (about 45 MB and 0.2 s for a million references; it
    // happened in one scan of three).
    QFuture<ReferenceReadResult> future = m_referenceWatcher.future();
    m_references = std::make_unique<ReferenceReadResult>(future.takeResult());
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
    if (BrokenReferenceCheck::mayApply(m_settings)) { // its connections open while the listing runs
        m_brokenCheck = std::make_unique<BrokenReferenceCheck>(m_settings);
        m_brokenCheck->prepare();
    }
    m_detector = std::make_unique<OrphanDetector>(m_references->references, m_settings.ignore,
                                                  m_result.startedAt.toMSecsSinceEpoch() - m_settings.minAgeDetectMSecs);
    if (!replayEarlierRuns())
        return;
    for (const ListedFiles &files : std::as_const(m_unclassified)) // never pages of a type the inventory supplies
        m_detector->classify(files);
    m_unclassified = {};
    m_unclassifiedFiles = 0;
    if (m_listing)
        m_listing->release();
    reportProgress(true);
    finishIfReady();
}

// A resumed scan classifies the pages its earlier runs listed first, as if just listed; their
// orphan candidates are looked up again at the end, since files may have gone meanwhile.
bool ScanJob::replayEarlierRuns()
{
    const CheckpointSession *checkpoint = m_storage->checkpoint();
    if (!checkpoint || !checkpoint->isResuming())
        return true;
    QString error;
    const bool ok = checkpoint->replayEarlierRuns(m_pool, [this](const ListedFiles &files) {
        if (files.isEmpty())
            return;
        m_progress.resumedFiles += files.size();
        onPage(files.type(0), files); // counted and classified as if just listed
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
    m_listing = new ScanListing(m_client, &m_pool, m_storage->checkpoint(), m_budget, this);
    connect(m_listing, &ScanListing::page, this, &ScanJob::onPage);
    connect(m_listing, &ScanListing::warning, this, &ScanJob::warn);
    connect(m_listing, &ScanListing::typeComplete, this, [this](ResourceType type) { m_result.perType[indexOf(type)].complete = true; });
    connect(m_listing, &ScanListing::finished, this, &ScanJob::onListingFinished);
    connect(m_listing, &ScanListing::stopped, this, &ScanJob::stopListing);
    connect(m_listing, &ScanListing::failed, this, &ScanJob::fail);
    connect(m_listing, &ScanListing::waiting, this, &ScanJob::onWaitingForBudget);
    connect(m_listing, &ScanListing::resumed, this, &ScanJob::onBudgetReset);

    std::optional<QDateTime> windowStart;
    if (m_settings.days)
        windowStart = m_result.startedAt.addDays(-*m_settings.days);
    AccountListing::Plan plan;
    plan.types = m_settings.resourceTypes;
    plan.startAt = [inventory = m_storage->inventory(), windowStart](ResourceType type) {
        return inventory ? inventory->listFrom(type) : windowStart;
    };
    plan.slicesPerType = m_settings.parallelListing;
    plan.bothEndsAfterPages = m_settings.bothEndsAfterPages;
    plan.startedAt = m_result.startedAt;
    plan.pauseMs = m_settings.pauseMs;
    reportProgress(true);
    m_listing->start(plan);
}

void ScanJob::onPage(ResourceType type, const ListedFiles &files)
{
    m_progress.currentType = type;
    m_progress.listed[indexOf(type)] += files.size();
    m_progress.pages[indexOf(type)] += 1;
    m_result.perType[indexOf(type)].pages += 1;
    // A type the inventory supplies is classified with the stored files once its listing is done.
    if (const InventoryScan *inventory = m_storage->inventory(); !inventory || !inventory->isIncremental(type)) {
        if (m_detector) {
            m_detector->classify(files);
        } else {
            m_unclassified.append(files);
            m_unclassifiedFiles += files.size();
            if (m_unclassifiedFiles > MaxUnclassifiedFiles)
                m_listing->hold();
        }
    }
    reportProgress(false);
}

void ScanJob::onWaitingForBudget(const QDateTime &resumesAt)
{
    m_progress.phase = ScanPhase::WaitingForBudget;
    m_progress.resumesAt = resumesAt;
    reportProgress(true);
}

void ScanJob::onBudgetReset()
{
    m_progress.phase = m_recheck ? ScanPhase::Analyzing : ScanPhase::Listing;
    m_progress.resumesAt = {};
    reportProgress(true);
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

void ScanJob::stopListing(StopReason reason, const QString &detail)
{
    if (m_listingDone)
        return;
    if (m_listing)
        m_listing->stop();
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
    if (QString error; !m_storage->storeListing(*m_detector, m_pool, m_client->callCount(), &error)) {
        fail(error);
        return;
    }
    // The broken-reference check needs the references' matches, but not the whole set: only the
    // few unmatched ones go to it, while this thread moves the orphans and frees the set.
    const bool checkBroken = BrokenReferenceCheck::applies(m_settings, m_result);
    QFuture<BrokenReferenceCheck::Outcome> broken;
    if (checkBroken) {
        Q_ASSERT(m_brokenCheck); // made with the references (onReferencesRead), which a check needs
        broken = m_brokenCheck->start(m_references->references.unmatched(m_settings.resourceTypes), std::move(m_references->rowLogs),
                                      m_stopReading);
    }
    m_detector->moveInto(&m_result);
    // Free the reference set (a million strings) on the job's thread, before the result is
    // announced, not later while the receiver waits for the thread to finish.
    m_detector.reset();
    m_references.reset();
    if (checkBroken) {
        const BrokenReferenceCheck::Outcome outcome = broken.result();
        m_brokenCheck.reset(); // its connections closed
        if (!outcome.references) {
            fail(outcome.error);
            return;
        }
        m_result.brokenChecked = true;
        m_result.brokenReferences = *outcome.references;
    }
    if (!startRecheck())
        finish();
}

void ScanJob::finish()
{
    m_ended = true;
    QStringList warnings;
    m_storage->finish(&m_result, m_client->callCount(), *m_budget, &warnings);
    for (const QString &message : std::as_const(warnings))
        warn(message);
    if (const QString warning = applyDecisions(m_settings, &m_result); !warning.isEmpty())
        warn(warning);
    if (m_orphanRowsWanted)
        m_result.orphans.prepareList();
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
    if (m_budget)
        m_budget->cancel();
    if (m_storage && m_client)
        m_storage->abandon(m_client->callCount());
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
