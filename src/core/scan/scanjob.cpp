#include "scan/scanjob.h"

#include "cloudinary/cloudinaryclient.h"
#include "cloudinary/listpageparser.h"
#include "cloudinary/resourcelister.h"
#include "scan/candidatechecker.h"
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

    if (m_settings.inventoryMode != InventoryMode::Off) {
        m_inventory = std::make_unique<InventoryScan>(m_settings, m_result.startedAt);
        QStringList warnings;
        QString error;
        const bool opened = m_inventory->begin(&warnings, &error);
        for (const QString &message : std::as_const(warnings))
            warn(message);
        if (!opened) {
            fail(error);
            return;
        }
    }

    startReferenceRead();
    m_progress.phase = ScanPhase::Listing;
    startListing();
}

void ScanJob::startReferenceRead()
{
    connect(&m_referenceWatcher, &QFutureWatcher<ReferenceReadResult>::finished, this, &ScanJob::onReferencesRead);
    const ReferenceReader reader(m_settings.database, m_settings.references);
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
    if (m_references->summary.distinct == 0)
        warn(u"The reference columns hold no usable values at all: every file will look orphaned. Check --reference and DATABASE_URL before acting on this report"_s);
    m_detector = std::make_unique<OrphanDetector>(m_references->references, m_settings.ignore,
                                                  m_result.startedAt.toMSecsSinceEpoch() - m_settings.minAgeDetectMSecs);
    m_detector->classify(m_unclassified); // never pages of a type the inventory supplies
    m_unclassified = {};
    reportProgress(true);
    finishIfReady();
}

// Every type is listed at once: the same API calls as one after the other, but Cloudinary's
// latency and the parsing of one type's pages overlap with the other's.
void ScanJob::startListing()
{
    std::optional<QDateTime> windowStart;
    if (m_settings.days)
        windowStart = m_result.startedAt.addDays(-*m_settings.days);
    m_progress.currentType = m_settings.resourceTypes.value(0, ResourceType::Image);
    for (ResourceType type : std::as_const(m_settings.resourceTypes)) {
        m_result.perType[indexOf(type)].scanned = true;
        const std::optional<QDateTime> startAt = m_inventory ? m_inventory->listFrom(type) : windowStart;
        if (m_settings.parallelListing <= 1)
            addLister(type, {startAt, std::nullopt, false});
        else if (startAt)
            listInSlices(type, *startAt);
        else
            findOldestThenList(type);
    }
    reportProgress(true);
    if (m_activeListers == 0)
        onListingFinished(ResourceType::Image);
}

void ScanJob::addLister(ResourceType type, const ListingWindow &window)
{
    auto *lister = new ResourceLister(m_client, &m_pool, type, window, m_settings.pauseMs, this);
    connect(lister, &ResourceLister::pageReceived, this, &ScanJob::onPage);
    connect(lister, &ResourceLister::warning, this, &ScanJob::warn);
    connect(lister, &ResourceLister::finished, this, &ScanJob::onListingFinished);
    connect(lister, &ResourceLister::failed, this, &ScanJob::onListingFailed);
    m_listers.append(lister);
    ++m_activeListers;
    ++m_unfinishedByType[indexOf(type)];
    lister->start();
}

void ScanJob::listInSlices(ResourceType type, const QDateTime &from)
{
    // Equal spans of upload time up to a minute past the start (clocks differ a little).
    const QDateTime until = m_result.startedAt.addSecs(60);
    const qint64 span = std::max<qint64>(1, from.secsTo(until));
    const int slices = m_settings.parallelListing;
    for (int i = 0; i < slices; ++i) {
        const QDateTime begin = from.addSecs(span * i / slices);
        const QDateTime end = i + 1 == slices ? until : from.addSecs(span * (i + 1) / slices);
        addLister(type, {begin, end, true});
    }
}

void ScanJob::findOldestThenList(ResourceType type)
{
    // The oldest file bounds the slices of a whole-account scan: one extra call for this type.
    ++m_activeListers;
    ++m_unfinishedByType[indexOf(type)];
    QUrl url = m_client->config().resourcesUrl(type);
    url.setQuery(u"max_results=1&direction=asc"_s);
    m_client->get(url, [this, type](const ApiReply &reply) {
        if (m_listingDone)
            return;
        QString error;
        const auto page = reply.outcome == ApiReply::Outcome::Ok ? parseListPage(reply.body, type, m_pool, &error) : std::nullopt;
        if (!page) {
            onListingFailed(type, reply.outcome == ApiReply::Outcome::RateLimited ? ListingFailure::RateLimited : ListingFailure::Error,
                            reply.outcome == ApiReply::Outcome::Ok ? error : reply.errorMessage);
            return;
        }
        if (!page->resources.isEmpty())
            listInSlices(type, QDateTime::fromMSecsSinceEpoch(page->resources.constFirst().createdAtMSecs, Qt::UTC));
        onListingFinished(type); // the probe itself
    });
}

void ScanJob::onPage(ResourceType type, const ResourceList &resources)
{
    m_progress.currentType = type;
    m_progress.listed[indexOf(type)] += resources.size();
    m_progress.pages[indexOf(type)] += 1;
    m_result.perType[indexOf(type)].pages += 1;
    if (m_inventory) {
        QString error;
        if (!m_inventory->storePage(resources, &error)) {
            fail(error);
            return;
        }
    }
    // A type the inventory supplies is classified with the stored files once its listing is done.
    if (!m_inventory || !m_inventory->isIncremental(type)) {
        if (m_detector)
            m_detector->classify(resources);
        else
            m_unclassified += resources;
    }

    const auto *lister = qobject_cast<const ResourceLister *>(sender());
    if (const auto detail = budgetStop(lister && lister->hasMorePages())) {
        stopListing(StopReason::RateLimitGuard, *detail);
        return;
    }
    reportProgress(false);
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

void ScanJob::onListingFinished(ResourceType type)
{
    if (m_activeListers > 0) {
        --m_activeListers;
        if (--m_unfinishedByType[indexOf(type)] == 0)
            m_result.perType[indexOf(type)].complete = true;
    }
    if (m_activeListers > 0 || m_listingDone)
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
    for (ResourceLister *lister : m_listers) {
        if (lister)
            lister->stop();
    }
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
    if (m_checker) {
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
    if (m_ended || m_checker || !m_listingDone || !m_references)
        return;
    m_progress.phase = ScanPhase::Analyzing;
    reportProgress(true);
    if (!m_detector) {
        m_result.stopDetail += u"; the database read had not finished, so no orphans are reported"_s;
        finish();
        return;
    }
    if (m_inventory) {
        QString error;
        if (!m_inventory->classifyStored(*m_detector, m_pool, &error)) {
            fail(error);
            return;
        }
    }
    // The broken-reference check needs the references' matches, but not the whole set: only the
    // few unmatched ones are kept while the big set is freed.
    std::optional<ReferenceSet> unmatched;
    if (coversWholeAccount())
        unmatched = m_references->references.unmatched(m_settings.resourceTypes);
    collectResult();
    if (unmatched && !findBrokenReferences(*unmatched))
        return;
    if (!startRecheck())
        finish();
}

bool ScanJob::coversWholeAccount() const
{
    return !m_settings.days && !m_result.isPartial()
        && std::all_of(m_settings.resourceTypes.cbegin(), m_settings.resourceTypes.cend(),
                       [this](ResourceType type) { return m_result.perType[indexOf(type)].complete; });
}

// The reverse check: references that no listed file matched. Only a complete scan of the whole
// account can tell; it reads the reference columns once more to say where they are stored.
bool ScanJob::findBrokenReferences(const ReferenceSet &unmatched)
{
    m_result.brokenChecked = true;
    if (unmatched.size() == 0)
        return true;
    const ReferenceReader reader(m_settings.database, m_settings.references);
    QString error;
    const auto broken = reader.locate(unmatched, m_stopReading, &error);
    if (!broken) {
        fail(error);
        return false;
    }
    m_result.brokenReferences = *broken;
    return true;
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

// Candidates that came from the inventory may have been deleted on Cloudinary since they were
// listed: each is looked up again, and only those still there are reported.
bool ScanJob::startRecheck()
{
    if (!m_inventory || !m_inventory->anyIncremental() || m_result.isPartial())
        return false;
    ResourceList candidates;
    ResourceList listedNow;
    for (CloudinaryResource &orphan : m_result.orphans)
        (m_inventory->needsRecheck(orphan) ? candidates : listedNow).append(std::move(orphan));
    m_result.orphans = std::move(listedNow);
    if (candidates.isEmpty())
        return false;
    const int callsBefore = m_client->callCount();
    m_checker = new CandidateChecker(m_client, &m_pool, std::move(candidates), m_settings.pauseMs, this);
    connect(m_checker, &CandidateChecker::batchChecked, this, &ScanJob::onBatchChecked);
    connect(m_checker, &CandidateChecker::finished, this, [this, callsBefore] {
        m_inventory->summary().recheckCalls = m_client->callCount() - callsBefore;
        m_checker->deleteLater();
        m_checker = nullptr;
        finish();
    });
    connect(m_checker, &CandidateChecker::failed, this, [this](ListingFailure failure, const QString &message) {
        if (failure == ListingFailure::RateLimited)
            stopRecheck(StopReason::RateLimited, message);
        else
            fail(message);
    });
    m_checker->start();
    return true;
}

void ScanJob::onBatchChecked(const ResourceList &present, const ResourceList &gone)
{
    IncrementalSummary &incremental = m_inventory->summary();
    incremental.rechecked += present.size() + gone.size();
    incremental.gone += gone.size();
    for (const CloudinaryResource &file : gone) {
        TypeSummary &summary = m_result.perType[indexOf(file.type)];
        summary.listed -= 1;
        summary.listedBytes -= file.bytes;
        summary.orphans -= 1;
        summary.orphanBytes -= file.bytes;
    }
    m_result.orphans += present;
    QString error;
    if (!m_inventory->forget(gone, &error) || !m_inventory->refresh(present, &error)) {
        fail(error);
        return;
    }
    if (const auto detail = budgetStop(m_checker->hasMoreBatches()))
        stopRecheck(StopReason::RateLimitGuard, *detail);
    else
        reportProgress(false);
}

// The candidates not looked up yet are still reported, in a result marked partial.
void ScanJob::stopRecheck(StopReason reason, const QString &detail)
{
    m_checker->stop();
    m_client->abortAll();
    const ResourceList unchecked = m_checker->unchecked();
    m_inventory->summary().unchecked = unchecked.size();
    m_result.orphans += unchecked;
    m_result.stopReason = reason;
    m_result.stopDetail = u"%1; %2 orphan candidates from the inventory were not looked up again"_s.arg(detail).arg(unchecked.size());
    warn(m_result.stopDetail);
    m_checker->deleteLater();
    m_checker = nullptr;
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
    for (ResourceLister *lister : m_listers) {
        if (lister)
            lister->stop();
    }
    if (m_client)
        m_client->abortAll();
    m_inventory.reset(); // rolls back what this scan stored
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
