#pragma once

#include "database/referencerowlog.h"
#include "database/referenceset.h"
#include "database/sitereferencereader.h"
#include "scan/scantypes.h"

#include <QFuture>
#include <QThreadPool>

#include <atomic>
#include <optional>
#include <type_traits>
#include <vector>

namespace Orphanscope {

// The reverse check of a scan: references that no listed file matched, the broken images of the
// site. Only a complete scan of the whole account can tell (a file older than a --days window
// was never listed); it reads the rows that may hold them once more to say where they are stored.
//
// It runs on a thread of its own, which keeps its database connections: prepare() opens them
// and checks the reference columns while the listing runs, so the check at the end starts at
// once (a new connection and a new server process's first queries took about 50 ms at the end
// of a million-file scan, with nothing else to do meanwhile). That is one idle connection per
// database for as long as the listing runs; they hold no transaction while they wait, so no
// snapshot is kept from VACUUM however long the listing takes. A check that fails on a
// connection opened earlier (the server may have closed it while it was idle) runs once more on
// new ones.
class BrokenReferenceCheck
{
public:
    explicit BrokenReferenceCheck(const ScanSettings &settings);
    ~BrokenReferenceCheck(); // waits for a check under way, then closes the connections
    BrokenReferenceCheck(const BrokenReferenceCheck &) = delete;
    BrokenReferenceCheck &operator=(const BrokenReferenceCheck &) = delete;

    // Whether a scan with these settings can end in the check (it lists the whole account).
    static bool mayApply(const ScanSettings &settings);
    // Whether the result covers every file of every listed type, so an unmatched reference is broken.
    static bool applies(const ScanSettings &settings, const ScanResult &result);

    // Opens the connections in the background; returns at once (the future is for tests). A
    // failure here is forgotten: the check opens them again and reports what goes wrong then.
    QFuture<void> prepare();

    struct Outcome
    {
        std::optional<QList<BrokenReference>> references; // nullopt: the read failed, `error` says why
        QString error;
    };
    // The broken references and where they are stored, on the check's thread. rowLogs: those of
    // the scan's reference read (ReferenceReadResult). Touches no result, so the scan's thread
    // can move the orphans into the result and free the reference set meanwhile. `cancel` must
    // outlive the future.
    QFuture<Outcome> start(ReferenceSet unmatched, std::vector<ReferenceRowLog> rowLogs, const std::atomic_bool &cancel);

private:
    Outcome run(const ReferenceSet &unmatched, const std::vector<ReferenceRowLog> &rowLogs, const std::atomic_bool &cancel);
    // Runs `task` on m_thread, after whatever was given to it before.
    template<typename Task>
    auto onThread(Task task) -> QFuture<std::invoke_result_t<Task>>;

    SiteReferenceReader m_reader;
    SiteReferenceReader::Connections m_connections; // used on m_thread only
    QThreadPool m_thread; // one thread that never expires: every task runs on it, in order
};

} // namespace Orphanscope
