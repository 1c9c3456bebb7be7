// ScanJob, continued: the last step of an incremental or resumed scan, looking up again the orphan
// candidates that came from the inventory or from earlier runs (InventoryRecheck), since files
// may have gone from the account meanwhile.
#include "scan/scanjob.h"

#include "cloudinary/cloudinaryclient.h"
#include "scan/checkpointsession.h"
#include "scan/inventoryrecheck.h"
#include "scan/inventoryscan.h"
#include "scan/scanstorage.h"

namespace Orphanscope {

bool ScanJob::startRecheck()
{
    InventoryScan *inventory = m_storage->inventory();
    if ((!(inventory && inventory->anyIncremental()) && m_earlierCandidates.isEmpty()) || m_result.isPartial())
        return false;
    const InventoryRecheck::Scan scan{inventory, m_storage->checkpoint(), m_budget, &m_result, m_settings.pauseMs};
    auto *recheck = new InventoryRecheck(m_client, &m_pool, scan, std::exchange(m_earlierCandidates, {}), this);
    connect(recheck, &InventoryRecheck::progressed, this, [this] { reportProgress(false); });
    connect(recheck, &InventoryRecheck::waiting, this, &ScanJob::onWaitingForBudget);
    connect(recheck, &InventoryRecheck::resumed, this, &ScanJob::onBudgetReset);
    connect(recheck, &InventoryRecheck::warning, this, &ScanJob::warn);
    connect(recheck, &InventoryRecheck::stopped, this, [this](const QString &line) {
        warn(line);
        endRecheck();
    });
    connect(recheck, &InventoryRecheck::finished, this, &ScanJob::endRecheck);
    connect(recheck, &InventoryRecheck::failed, this, &ScanJob::fail);
    if (!recheck->start(scan.checkpoint ? scan.checkpoint->recheckOutcomes() : QHash<QString, bool>{})) {
        delete recheck;
        return false;
    }
    m_recheck = recheck;
    return true;
}

void ScanJob::stopRecheck(StopReason reason, const QString &detail)
{
    warn(m_recheck->stop(reason, detail));
    endRecheck();
}

void ScanJob::endRecheck()
{
    m_recheck->deleteLater();
    m_recheck = nullptr;
    finish();
}

} // namespace Orphanscope
