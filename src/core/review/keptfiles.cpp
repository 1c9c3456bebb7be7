#include "review/keptfiles.h"

#include "review/decisionstore.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

void setKeptApart(const DecisionMap &decisions, ScanResult *result)
{
    if (decisions.isEmpty())
        return;
    const CompactResourceList orphans = std::exchange(result->orphans, {});
    CompactResourceList reported;
    orphans.forEach([&](const ListedFiles &files, qsizetype i) {
        const ResourceType type = files.type(i);
        const std::string_view publicId = files.publicId(i);
        const auto found = decisions.constFind(resourceKey(type, QString::fromUtf8(publicId.data(), qsizetype(publicId.size()))));
        if (found == decisions.cend() || found->decision != Decision::Keep) {
            reported.append(files, i);
            return;
        }
        TypeSummary &summary = result->perType[indexOf(type)];
        --summary.orphans;
        summary.orphanBytes -= files.bytes(i);
        ++summary.kept;
        result->kept.append(files.resource(i));
    });
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
