#include "scan/inventoryrecheck.h"

#include "cloudinary/cloudinaryclient.h"
#include "scan/candidatechecker.h"
#include "scan/inventoryscan.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

InventoryRecheck::InventoryRecheck(CloudinaryClient *client, StringPool *pool, InventoryScan *inventory, ScanResult *result,
                                   int pauseMs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pool(pool)
    , m_inventory(inventory)
    , m_result(result)
    , m_pauseMs(pauseMs)
{
}

bool InventoryRecheck::start()
{
    ResourceList candidates;
    ResourceList listedNow;
    for (CloudinaryResource &orphan : m_result->orphans)
        (m_inventory->needsRecheck(orphan) ? candidates : listedNow).append(std::move(orphan));
    m_result->orphans = std::move(listedNow);
    if (candidates.isEmpty())
        return false;
    m_callsBefore = m_client->callCount();
    m_checker = new CandidateChecker(m_client, m_pool, std::move(candidates), m_pauseMs, this);
    connect(m_checker, &CandidateChecker::batchChecked, this, &InventoryRecheck::onBatchChecked);
    connect(m_checker, &CandidateChecker::finished, this, [this] {
        m_inventory->summary().recheckCalls = m_client->callCount() - m_callsBefore;
        Q_EMIT finished();
    });
    connect(m_checker, &CandidateChecker::failed, this, [this](ListingFailure failure, const QString &message) {
        if (failure == ListingFailure::RateLimited)
            Q_EMIT rateLimited(message);
        else
            Q_EMIT failed(message);
    });
    m_checker->start();
    return true;
}

void InventoryRecheck::onBatchChecked(const ResourceList &present, const ResourceList &gone)
{
    IncrementalSummary &incremental = m_inventory->summary();
    incremental.rechecked += present.size() + gone.size();
    incremental.gone += gone.size();
    for (const CloudinaryResource &file : gone) {
        TypeSummary &summary = m_result->perType[indexOf(file.type)];
        summary.listed -= 1;
        summary.listedBytes -= file.bytes;
        summary.orphans -= 1;
        summary.orphanBytes -= file.bytes;
    }
    m_result->orphans += present;
    QString error;
    if (!m_inventory->forget(gone, &error) || !m_inventory->refresh(present, &error)) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT batchChecked(m_checker->hasMoreBatches());
}

QString InventoryRecheck::stop(StopReason reason, const QString &detail)
{
    m_checker->stop();
    m_client->abortAll(); // the look-ups in flight: their files count as unchecked
    const ResourceList unchecked = m_checker->unchecked();
    m_inventory->summary().unchecked = unchecked.size();
    m_result->orphans += unchecked;
    m_result->stopReason = reason;
    m_result->stopDetail = u"%1; %2 orphan candidates from the inventory were not looked up again"_s.arg(detail).arg(unchecked.size());
    return m_result->stopDetail;
}

} // namespace Orphanscope
