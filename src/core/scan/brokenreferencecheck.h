#pragma once

#include "database/referencerowlog.h"
#include "database/referenceset.h"
#include "scan/scantypes.h"

#include <QFuture>

#include <atomic>
#include <optional>
#include <vector>

namespace Orphanscope {

// The reverse check of a scan: references that no listed file matched, the broken images of the
// site. Only a complete scan of the whole account can tell (a file older than a --days window
// was never listed); it reads the rows that may hold them once more to say where they are stored.
namespace BrokenReferenceCheck {

// Whether the result covers every file of every listed type, so an unmatched reference is broken.
bool applies(const ScanSettings &settings, const ScanResult &result);

// The broken references and where they are stored; nullopt with *error when the database read
// fails. rowLogs: those of the scan's reference read (ReferenceReadResult). Touches no result, so
// it may run on a pool thread while the scan's thread fills the result in.
std::optional<QList<BrokenReference>> run(const ScanSettings &settings, const ReferenceSet &unmatched,
                                          const std::vector<ReferenceRowLog> &rowLogs, const std::atomic_bool &cancel,
                                          QString *error);

struct Outcome
{
    std::optional<QList<BrokenReference>> references; // nullopt: the read failed, `error` says why
    QString error;
};

// run() on a pool thread (a connection and a query: 40-50 ms at a million files), so the scan's
// thread can move the orphans into the result and free the reference set meanwhile. `cancel`
// must outlive the future.
QFuture<Outcome> start(ScanSettings settings, ReferenceSet unmatched, std::vector<ReferenceRowLog> rowLogs,
                       const std::atomic_bool &cancel);

} // namespace BrokenReferenceCheck

} // namespace Orphanscope
