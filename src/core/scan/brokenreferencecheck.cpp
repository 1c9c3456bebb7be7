#include "scan/brokenreferencecheck.h"

#include "database/sitereferencereader.h"

namespace Orphanscope::BrokenReferenceCheck {

bool applies(const ScanSettings &settings, const ScanResult &result)
{
    return !settings.days && !result.isPartial()
        && std::all_of(settings.resourceTypes.cbegin(), settings.resourceTypes.cend(),
                       [&result](ResourceType type) { return result.perType[indexOf(type)].complete; });
}

bool run(const ScanSettings &settings, const ReferenceSet &unmatched, const std::vector<ReferenceRowLog> &rowLogs,
         const std::atomic_bool &cancel, ScanResult *result, QString *error)
{
    result->brokenChecked = true;
    if (unmatched.size() == 0)
        return true;
    const SiteReferenceReader reader(settings.databases(), settings.references);
    const auto broken = reader.locate(unmatched, rowLogs, cancel, error);
    if (!broken)
        return false;
    result->brokenReferences = *broken;
    return true;
}

} // namespace Orphanscope::BrokenReferenceCheck
