#include "scan/inventoryscan.h"

#include "scan/checkpointsession.h"
#include "scan/orphandetector.h"
#include "scan/scancheckpoint.h"
#include "util/stringpool.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {
constexpr int ReadBatchSize = 10'000;
} // namespace

InventoryScan::InventoryScan(const ScanSettings &settings, const QDateTime &startedAt)
    : m_settings(settings)
    , m_startedAt(startedAt)
{
}

InventoryScan::~InventoryScan() = default;

std::optional<qint64> InventoryScan::windowFrom() const
{
    if (!m_settings.days)
        return std::nullopt;
    return m_startedAt.addDays(-*m_settings.days).toMSecsSinceEpoch();
}

bool InventoryScan::begin(QStringList *warnings, QString *error)
{
    const QString path = CheckpointSession::pathFor(m_settings);
    m_inventory = std::make_unique<Inventory>(path);
    bool reset = false;
    if (!m_inventory->open(CheckpointSession::accountKey(m_settings.cloudinary), &reset, error))
        return false;
    if (reset)
        warnings->append(u"The inventory %1 belonged to another account or endpoint; it is rebuilt by this scan"_s.arg(path));
    m_summary.used = true;
    m_summary.inventoryPath = path;
    for (ResourceType type : std::as_const(m_settings.resourceTypes)) {
        const int i = indexOf(type);
        m_previous[i] = m_inventory->coverage(type);
        m_incremental[i] = m_settings.inventoryMode == InventoryMode::Incremental && m_previous[i]
                        && m_previous[i]->covers(windowFrom()) && cheaperThanListing(type);
        if (m_incremental[i])
            m_summary.listedSince[i] = QDateTime::fromMSecsSinceEpoch(m_previous[i]->untilMSecs - OverlapMSecs, Qt::UTC);
    }
    return true;
}

// Looking the last scan's orphans up again costs one call per 100, listing one per 500 files:
// with very many orphans a full listing is the cheaper way to an exact answer.
bool InventoryScan::cheaperThanListing(ResourceType type)
{
    const int i = indexOf(type);
    const qint64 recheckCalls = (m_previous[i]->orphans + 99) / 100;
    const qint64 listingCalls = (m_inventory->count(type, windowFrom()) + 499) / 500;
    if (recheckCalls < listingCalls || recheckCalls == 0)
        return true;
    m_summary.notes.append(u"%1 are listed in full: looking up the %2 orphans of the last scan again would take %3 API calls, listing takes %4"_s
                               .arg(resourceTypePluralLabel(type)).arg(m_previous[i]->orphans).arg(recheckCalls).arg(listingCalls));
    return false;
}

bool InventoryScan::needsRecheck(const CloudinaryResource &candidate) const
{
    const auto &since = m_summary.listedSince[indexOf(candidate.type)];
    return since && candidate.createdAtMSecs < since->toMSecsSinceEpoch();
}

bool InventoryScan::anyIncremental() const
{
    return std::any_of(m_incremental.cbegin(), m_incremental.cend(), [](bool incremental) { return incremental; });
}

std::optional<QDateTime> InventoryScan::listFrom(ResourceType type) const
{
    if (const auto &since = m_summary.listedSince[indexOf(type)])
        return since;
    if (const auto from = windowFrom())
        return QDateTime::fromMSecsSinceEpoch(*from, Qt::UTC);
    return std::nullopt;
}

bool InventoryScan::applyListing(const ScanCheckpoint &listing, StringPool &pool, QString *error)
{
    if (!m_inventory->beginUpdate(error))
        return false;
    for (ResourceType type : std::as_const(m_settings.resourceTypes)) {
        if (!isIncremental(type) && !m_inventory->clear(type, error))
            return false;
    }
    QString storeError;
    const bool read = listing.readPages(pool, [&](const ListedFiles &files) {
        if (storeError.isEmpty())
            m_inventory->store(files.resources(), &storeError);
    }, error);
    if (!storeError.isEmpty())
        *error = storeError;
    return read && storeError.isEmpty();
}

bool InventoryScan::classifyStored(OrphanDetector &detector, StringPool &pool, QString *error)
{
    for (ResourceType type : std::as_const(m_settings.resourceTypes)) {
        if (!isIncremental(type))
            continue;
        const bool ok = m_inventory->read(type, windowFrom(), pool, ReadBatchSize, [&](const ResourceList &batch) {
            detector.classify(batch);
            m_summary.fromInventory += batch.size();
        }, error);
        if (!ok)
            return false;
    }
    return true;
}

bool InventoryScan::forget(const ResourceList &gone, QString *error)
{
    return m_inventory->remove(gone, error);
}

bool InventoryScan::refresh(const ResourceList &present, QString *error)
{
    return m_inventory->store(present, error);
}

bool InventoryScan::save(const std::array<TypeSummary, 3> &perType, const CompactResourceList &orphans, QString *error)
{
    // A listing cut short leaves the type's stored files incomplete: keep the inventory as it was.
    const bool complete = std::all_of(m_settings.resourceTypes.cbegin(), m_settings.resourceTypes.cend(),
                                      [&perType](ResourceType type) { return perType[indexOf(type)].complete; });
    if (!complete) {
        m_inventory->rollback();
        return true;
    }
    // The orphans the next scan will look up again: those it will not list anew.
    const qint64 nextListedSince = m_startedAt.toMSecsSinceEpoch() - OverlapMSecs;
    std::array<qint64, 3> olderOrphans{};
    orphans.forEach([&](const ListedFiles &files, qsizetype i) {
        if (files.createdAtMSecs(i) < nextListedSince)
            ++olderOrphans[indexOf(files.type(i))];
    });
    std::array<std::optional<InventoryCoverage>, 3> coverage;
    for (ResourceType type : std::as_const(m_settings.resourceTypes)) {
        const int i = indexOf(type);
        InventoryCoverage covered;
        covered.untilMSecs = m_startedAt.toMSecsSinceEpoch();
        covered.fromMSecs = m_incremental[i] ? m_previous[i]->fromMSecs : windowFrom();
        covered.orphans = olderOrphans[i];
        coverage[i] = covered;
    }
    if (!m_inventory->commit(coverage, error))
        return false;
    m_summary.saved = true;
    return true;
}

} // namespace Orphanscope
