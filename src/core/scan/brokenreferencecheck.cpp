#include "scan/brokenreferencecheck.h"

#include "database/sitereferencereader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Orphanscope::BrokenReferenceCheck {

bool applies(const ScanSettings &settings, const ScanResult &result)
{
    return !settings.days && !result.isPartial()
        && std::all_of(settings.resourceTypes.cbegin(), settings.resourceTypes.cend(),
                       [&result](ResourceType type) { return result.perType[indexOf(type)].complete; });
}

std::optional<QList<BrokenReference>> run(const ScanSettings &settings, const ReferenceSet &unmatched,
                                          const std::vector<ReferenceRowLog> &rowLogs, const std::atomic_bool &cancel,
                                          QString *error)
{
    if (unmatched.size() == 0)
        return QList<BrokenReference>();
    const SiteReferenceReader reader(settings.databases(), settings.references);
    return reader.locate(unmatched, rowLogs, cancel, error);
}

QFuture<Outcome> start(ScanSettings settings, ReferenceSet unmatched, std::vector<ReferenceRowLog> rowLogs,
                       const std::atomic_bool &cancel)
{
    return QtConcurrent::run([settings = std::move(settings), unmatched = std::move(unmatched), rowLogs = std::move(rowLogs), &cancel] {
        Outcome outcome;
        outcome.references = run(settings, unmatched, rowLogs, cancel, &outcome.error);
        return outcome;
    });
}

} // namespace Orphanscope::BrokenReferenceCheck
