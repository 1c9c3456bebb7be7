#include "scanjob.h"

#include "cloudinaryclient.h"
#include "orphandetector.h"
#include "listpageparser.h"
#include "resourcelister.h"

#include <QThread>
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

    ClientOptions options;
    options.transferTimeoutMs = m_settings.transferTimeoutMs;
    m_client = new CloudinaryClient(m_settings.cloudinary, options, this);
    connect(m_client, &CloudinaryClient::retrying, this, &ScanJob::warn);

    const bool rawReferenced = std::any_of(m_settings.references.cbegin(), m_settings.references.cend(),
                                           [](const ReferenceSpec &spec) { return spec.type == ResourceType::Raw; });
    if (m_settings.resourceTypes.contains(ResourceType::Raw) && !rawReferenced)
        warn(u"Raw files are listed but no reference column has type raw: every raw file will look orphaned"_s);

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
    m_detector = std::make_unique<OrphanDetector>(m_references->references);
    m_detector->classify(m_unclassified);
    m_unclassified = {};
    reportProgress(true);
    finishIfReady();
}

// Every type is listed at once: the same API calls as one after the other, but Cloudinary's
// latency and the parsing of one type's pages overlap with the other's.
void ScanJob::startListing()
{
    std::optional<QDateTime> startAt;
    if (m_settings.days)
        startAt = m_result.startedAt.addDays(-*m_settings.days);
    m_progress.currentType = m_settings.resourceTypes.value(0, ResourceType::Image);
    for (ResourceType type : std::as_const(m_settings.resourceTypes)) {
        m_result.perType[indexOf(type)].scanned = true;
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
    if (m_detector)
        m_detector->classify(resources);
    else
        m_unclassified += resources;

    const auto *lister = qobject_cast<const ResourceLister *>(sender());
    if (!budgetAllows(lister && lister->hasMorePages()))
        return;
    reportProgress(false);
}

// The rate-limit guard, asked after every answer: it warns once, and it stops before a further
// call (a scan that just took its last page is complete, whatever the budget).
bool ScanJob::budgetAllows(bool anotherCallNeeded)
{
    const RateLimitStatus status = m_client->lastRateLimit();
    switch (m_guard.check(status)) {
    case RateLimitGuard::Verdict::Warn:
        warn(u"API usage is at %1% of the hourly limit (%2/%3 calls)"_s.arg(qRound(status.usedFraction() * 100)).arg(status.used()).arg(status.limit));
        return true;
    case RateLimitGuard::Verdict::Stop:
        if (!anotherCallNeeded)
            return true;
        stopListing(StopReason::RateLimitGuard,
                    u"API usage reached %1% of the hourly limit (%2/%3 calls); stopped at %4% to leave room for the site. The limit resets at %5"_s
                        .arg(qRound(status.usedFraction() * 100)).arg(status.used()).arg(status.limit)
                        .arg(qRound(m_settings.rateLimitStopAt * 100))
                        .arg(status.resetsAt.isValid() ? status.resetsAt.toString(Qt::ISODate) : u"the top of the hour"_s));
        return false;
    case RateLimitGuard::Verdict::Continue:
        break;
    }
    return true;
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
    if (m_ended || !m_listingDone || !m_references)
        return;
    m_ended = true;
    m_progress.phase = ScanPhase::Analyzing;
    reportProgress(true);
    if (m_detector) {
        const auto &counts = m_detector->summaries();
        for (int i = 0; i < 3; ++i) {
            TypeSummary &summary = m_result.perType[i]; // pages, scanned, complete are the listing's
            summary.listed = counts[i].listed;
            summary.listedBytes = counts[i].listedBytes;
            summary.valid = counts[i].valid;
            summary.orphans = counts[i].orphans;
            summary.orphanBytes = counts[i].orphanBytes;
        }
        m_result.orphans = m_detector->takeOrphans();
        // Free the reference set (a million strings) here in the worker, before the result is
        // announced, not later while the receiver waits for the thread to finish.
        m_detector.reset();
        m_references.reset();
        m_referenceWatcher.setFuture(QFuture<ReferenceReadResult>());
    } else {
        m_result.stopDetail += u"; the database read had not finished, so no orphans are reported"_s;
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

ScanRunner::ScanRunner(ScanSettings settings, quint64 jobId, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_job(new ScanJob(std::move(settings), jobId))
{
    m_thread->setObjectName(u"ScanJob"_s);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &ScanJob::run);
    connect(m_job, &ScanJob::finished, m_thread, &QThread::quit);
    connect(m_job, &ScanJob::failed, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
}

ScanRunner::~ScanRunner()
{
    if (!m_thread->isRunning() && !m_thread->isFinished()) {
        delete m_job; // never started
        return;
    }
    if (m_thread->isRunning()) {
        m_job->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

void ScanRunner::start()
{
    m_thread->start();
}

void ScanRunner::deleteWhenFinished()
{
    connect(m_thread, &QThread::finished, this, &QObject::deleteLater);
    if (m_thread->isFinished() || !m_thread->isRunning())
        deleteLater();
}

void ScanRunner::cancel()
{
    if (m_thread->isRunning())
        m_job->cancel();
}

} // namespace Orphanscope
