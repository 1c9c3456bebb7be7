#include "review/keptfiles.h"

#include "review/decisionstore.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

void setKeptApart(const DecisionMap &decisions, ScanResult *result)
{
    if (decisions.isEmpty())
        return;
    ResourceList reported;
    reported.reserve(result->orphans.size());
    for (CloudinaryResource &file : result->orphans) {
        const auto found = decisions.constFind(resourceKey(file.type, file.publicId));
        if (found == decisions.cend() || found->decision != Decision::Keep) {
            reported.append(std::move(file));
            continue;
        }
        TypeSummary &summary = result->perType[indexOf(file.type)];
        --summary.orphans;
        summary.orphanBytes -= file.bytes;
        ++summary.kept;
        result->kept.append(std::move(file));
    }
    result->orphans = std::move(reported);
}

QString applyDecisions(const ScanSettings &settings, ScanResult *result)
{
    if (settings.decisionsPath.isEmpty())
        return {};
    DecisionStore store(settings.decisionsPath, settings.cloudinary.accountName());
    QString error;
    std::optional<DecisionMap> decisions;
    if (store.open(&error))
        decisions = store.load(&error);
    if (!decisions)
        return error + u"; files decided to keep are reported as orphans this time"_s;
    setKeptApart(*decisions, result);
    return {};
}

} // namespace Orphanscope
