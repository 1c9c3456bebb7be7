#include "scan/scantypes.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {
template<typename Field>
qint64 sum(const std::array<TypeSummary, 3> &perType, Field field)
{
    qint64 total = 0;
    for (const TypeSummary &summary : perType)
        total += summary.*field;
    return total;
}
} // namespace

qint64 ScanResult::totalListed() const { return sum(perType, &TypeSummary::listed); }
qint64 ScanResult::totalValid() const { return sum(perType, &TypeSummary::valid); }
qint64 ScanResult::totalOrphans() const { return sum(perType, &TypeSummary::orphans); }
qint64 ScanResult::totalOrphanBytes() const { return sum(perType, &TypeSummary::orphanBytes); }

qint64 ScanResult::totalIgnored() const
{
    qint64 total = 0;
    for (const TypeSummary &summary : perType)
        total += summary.ignored;
    return total;
}

QString stopReasonText(StopReason reason)
{
    switch (reason) {
    case StopReason::None:
        return u"complete"_s;
    case StopReason::RateLimitGuard:
        return u"stopped by the rate-limit guard"_s;
    case StopReason::RateLimited:
        return u"stopped: Cloudinary's rate limit was reached"_s;
    case StopReason::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

} // namespace Orphanscope
