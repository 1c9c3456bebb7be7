#include "scan/scanstorage.h"

#include "scan/apibudget.h"
#include "scan/checkpointsession.h"
#include "scan/inventoryscan.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

ScanStorage::ScanStorage(const ScanSettings &settings)
    : m_settings(settings)
{
}

ScanStorage::~ScanStorage() = default;

bool ScanStorage::open(QDateTime *startedAt, QStringList *warnings, QString *error)
{
    if (!m_settings.checkpoint && m_settings.inventoryMode == InventoryMode::Off)
        return true;
    m_checkpoint = std::make_unique<CheckpointSession>(m_settings);
    if (!m_checkpoint->open(startedAt, warnings, error))
        return false;
    if (m_settings.inventoryMode != InventoryMode::Off) {
        m_inventory = std::make_unique<InventoryScan>(m_settings, *startedAt);
        if (!m_inventory->begin(warnings, error))
            return false;
    }
    return m_checkpoint->begin(warnings, error);
}

bool ScanStorage::storeListing(OrphanDetector &detector, StringPool &pool, int calls, QString *error)
{
    if (!m_inventory)
        return true;
    QStringList warnings; // the inventory needs the checkpoint: a failure to save it is an error
    return m_checkpoint->flush(calls, &warnings, error) && m_inventory->applyListing(*m_checkpoint->checkpoint(), pool, error)
        && m_inventory->classifyStored(detector, pool, error);
}

void ScanStorage::finish(ScanResult *result, int calls, const ApiBudget &budget, QStringList *warnings)
{
    if (m_inventory) {
        QString error;
        if (!m_inventory->save(result->perType, result->orphans, &error))
            warnings->append(u"%1; the report is complete, but the next scan lists everything again"_s.arg(error));
        result->incremental = m_inventory->summary();
        m_inventory.reset(); // closes the inventory here, in the worker thread
    }
    if (!m_checkpoint)
        return;
    result->checkpoint.waits = budget.waits();
    result->checkpoint.waitedMs = budget.waitedMSecs();
    m_checkpoint->finish(*result, calls, &result->checkpoint, warnings);
    if (result->checkpoint.kept)
        result->stopDetail += u"; its progress is saved: --resume continues it"_s;
}

void ScanStorage::abandon(int calls)
{
    m_inventory.reset(); // rolls back what this scan stored
    if (!m_checkpoint)
        return;
    QStringList ignored; // what was listed stays resumable; the failure is what the admin reads
    QString alsoIgnored;
    m_checkpoint->flush(calls, &ignored, &alsoIgnored);
}

} // namespace Orphanscope
