#include "scan/inventoryrecheck.h"

#include "cloudinary/cloudinaryclient.h"
#include "scan/apibudget.h"
#include "scan/candidatechecker.h"
#include "scan/checkpointsession.h"
#include "scan/inventoryscan.h"
#include "scan/scancheckpoint.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

InventoryRecheck::InventoryRecheck(CloudinaryClient *client, StringPool *pool, const Scan &scan, ResourceList earlier, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pool(pool)
    , m_inventory(scan.inventory)
    , m_checkpoint(scan.checkpoint)
    , m_budget(scan.budget)
    , m_earlier(std::move(earlier))
    , m_result(scan.result)
    , m_pauseMs(scan.pauseMs)
{
    connect(m_budget, &ApiBudget::over, this, [this] {
        if (!std::exchange(m_waiting, false) || !m_checker)
            return;
        Q_EMIT resumed();
        m_checker->resume();
    });
}

bool InventoryRecheck::start(const QHash<QString, bool> &known)
{
    ResourceList candidates;
    ResourceList knownPresent, knownGone;
    for (CloudinaryResource &file : m_earlier) {
        const auto outcome = known.constFind(ScanCheckpoint::recheckKey(file));
        (outcome == known.cend() ? candidates : *outcome ? knownPresent : knownGone).append(std::move(file));
    }
    m_earlier.clear();
    if (m_inventory) {
        const CompactResourceList orphans = std::exchange(m_result->orphans, {});
        CompactResourceList listedNow;
        orphans.forEach([&](const ListedFiles &files, qsizetype i) {
            if (CloudinaryResource orphan = files.resource(i); m_inventory->needsRecheck(orphan))
                candidates.append(std::move(orphan));
            else
                listedNow.append(files, i);
        });
        m_result->orphans = std::move(listedNow);
        QString ignored; // a file that stays in the inventory is looked up again by the next scan
        m_inventory->forget(knownGone, &ignored);
    }
    account(knownPresent, knownGone);
    if (candidates.isEmpty())
        return false;
    m_callsBefore = m_client->callCount();
    m_checker = new CandidateChecker(m_client, m_pool, std::move(candidates), m_pauseMs, this);
    connect(m_checker, &CandidateChecker::batchChecked, this, &InventoryRecheck::onBatchChecked);
    connect(m_checker, &CandidateChecker::finished, this, [this] {
        m_result->recheck.calls = m_client->callCount() - m_callsBefore;
        Q_EMIT finished();
    });
    connect(m_checker, &CandidateChecker::failed, this, [this](ListingFailure failure, const QString &message) {
        if (failure != ListingFailure::RateLimited)
            Q_EMIT failed(message);
        else if (!waitForReset(message))
            Q_EMIT stopped(stop(StopReason::RateLimited, message));
    });
    m_checker->start();
    return true;
}

void InventoryRecheck::onBatchChecked(const ResourceList &present, const ResourceList &gone)
{
    account(present, gone);
    QStringList warnings;
    QString error;
    // Not with the inventory, whose update holds the file: its re-check is redone anyway.
    if (m_checkpoint && !m_inventory && !m_checkpoint->recordRecheck(present, gone, &warnings, &error))
        warnings.append(error);
    for (const QString &message : std::as_const(warnings))
        Q_EMIT warning(message);
    if (m_inventory && (!m_inventory->forget(gone, &error) || !m_inventory->refresh(present, &error))) {
        Q_EMIT failed(error);
        return;
    }
    if (const auto reason = m_budget->stopReason(m_checker->hasMoreBatches()); reason && !waitForReset(*reason)) {
        Q_EMIT stopped(stop(StopReason::RateLimitGuard, *reason));
        return;
    }
    Q_EMIT progressed();
}

// --wait-for-reset: no further look-up until the window resets.
bool InventoryRecheck::waitForReset(const QString &reason)
{
    if (m_waiting)
        return true;
    if (!m_budget->waitForReset(reason))
        return false;
    m_waiting = true;
    m_checker->pause();
    Q_EMIT waiting(m_budget->resumesAt());
    return true;
}

// The gone files leave the counts; the present ones join the orphans.
void InventoryRecheck::account(const ResourceList &present, const ResourceList &gone)
{
    RecheckCounts &counts = m_result->recheck;
    counts.rechecked += present.size() + gone.size();
    counts.gone += gone.size();
    for (const CloudinaryResource &file : gone) {
        TypeSummary &summary = m_result->perType[indexOf(file.type)];
        summary.listed -= 1;
        summary.listedBytes -= file.bytes;
        summary.orphans -= 1;
        summary.orphanBytes -= file.bytes;
    }
    m_result->orphans += present;
}

QString InventoryRecheck::stop(StopReason reason, const QString &detail)
{
    m_checker->stop();
    if (std::exchange(m_waiting, false))
        m_budget->cancel();
    m_client->abortAll(); // the look-ups in flight: their files count as unchecked
    const ResourceList unchecked = m_checker->unchecked();
    m_result->recheck.calls = m_client->callCount() - m_callsBefore;
    m_result->recheck.unchecked = unchecked.size();
    m_result->orphans += unchecked;
    m_result->stopReason = reason;
    m_result->stopDetail = u"%1; %2 orphan candidates %3 were not looked up again"_s.arg(detail).arg(unchecked.size())
                               .arg(m_inventory ? u"from the inventory"_s : u"from the earlier runs"_s);
    return m_result->stopDetail;
}

} // namespace Orphanscope
