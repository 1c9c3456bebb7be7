#include "scan/brokenreferencecheck.h"

#include "database/sitereferencereader.h"

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

} // namespace Orphanscope::BrokenReferenceCheck
