#include "scan/scanestimate.h"

#include "cloudinary/cloudinaryclient.h"
#include "scan/scantypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

constexpr int PageSize = 500;

// The scan's transfer timeout, and one retry: the estimate is advice, the scan retries on its own.
ClientOptions estimateClientOptions(const ScanSettings &settings)
{
    ClientOptions options;
    options.transferTimeoutMs = settings.transferTimeoutMs;
    options.maxAttempts = 2;
    return options;
}

} // namespace

ScanEstimate ScanEstimate::from(qint64 files, int types, const RateLimitStatus &status, double stopAt)
{
    ScanEstimate estimate;
    estimate.files = files;
    estimate.calls = int((files + PageSize - 1) / PageSize) + std::max(0, types - 1);
    // Types of more pages than that are listed from both ends: about two calls more each where
    // their ends meet.
    if (types > 0 && files / types > ScanSettings::DefaultBothEndsAfterPages * PageSize)
        estimate.calls += 2 * types;
    estimate.resetsAt = status.resetsAt;
    if (!status.isKnown())
        return estimate;
    estimate.limit = status.limit;
    estimate.remaining = status.remaining;
    estimate.callsPerWindow = std::max(1, int(std::floor(status.limit * stopAt)));
    // The guard stops once `stopAt` of the window is used: this one has less left.
    const int leftNow = std::max(0, status.remaining - (status.limit - estimate.callsPerWindow));
    if (estimate.calls > leftNow)
        estimate.windows = 1 + (estimate.calls - leftNow + estimate.callsPerWindow - 1) / estimate.callsPerWindow;
    return estimate;
}

QString ScanEstimate::text() const
{
    const QLocale c = QLocale::c();
    const QString head = u"≈ %1 calls for %2 files"_s.arg(c.toString(calls), c.toString(files));
    if (limit <= 0)
        return head + u" (Cloudinary did not say its rate limit)"_s;
    if (fitsThisWindow())
        return head + u": fits in this hour's budget (%1 of %2 calls left)"_s.arg(c.toString(remaining), c.toString(limit));
    return head + u": ≈ %1 rate-limit windows, ≈ %2 h at %3 calls/hour (%4% of %5)"_s
                      .arg(windows).arg(windows - 1).arg(c.toString(callsPerWindow)).arg(qRound(double(callsPerWindow) * 100 / limit))
                      .arg(c.toString(limit));
}

ScanEstimator::ScanEstimator(const ScanSettings &settings, QObject *parent)
    : QObject(parent)
    , m_client(new CloudinaryClient(settings.cloudinary, estimateClientOptions(settings), this))
    , m_types(int(settings.resourceTypes.size()))
    , m_stopAt(settings.rateLimitStopAt)
{
}

void ScanEstimator::start()
{
    m_client->get(m_client->config().usageUrl(), [this](const ApiReply &reply) {
        if (reply.outcome != ApiReply::Outcome::Ok) {
            Q_EMIT failed(u"Cannot estimate the scan: %1"_s.arg(reply.errorMessage));
            return;
        }
        const QJsonValue resources = QJsonDocument::fromJson(reply.body).object().value(u"resources"_s);
        if (!resources.isDouble()) {
            Q_EMIT failed(u"Cannot estimate the scan: Cloudinary's usage answer has no resource count"_s);
            return;
        }
        Q_EMIT estimated(ScanEstimate::from(resources.toInteger(), m_types, reply.rateLimit, m_stopAt));
    });
}

} // namespace Orphanscope
