#include "labels.h"

namespace Orphanscope::Gui {

QString Labels::typeName(ResourceType type)
{
    switch (type) {
    case ResourceType::Image:
        return tr("image");
    case ResourceType::Video:
        return tr("video");
    case ResourceType::Raw:
        return tr("raw", "a raw file: neither image nor video");
    }
    return {};
}

QString Labels::typePlural(ResourceType type)
{
    switch (type) {
    case ResourceType::Image:
        return tr("Images");
    case ResourceType::Video:
        return tr("Videos");
    case ResourceType::Raw:
        return tr("Raw files");
    }
    return {};
}

QString Labels::stopReason(StopReason reason)
{
    switch (reason) {
    case StopReason::None:
        return tr("complete");
    case StopReason::RateLimitGuard:
        return tr("stopped by the rate-limit guard");
    case StopReason::RateLimited:
        return tr("stopped: Cloudinary's rate limit was reached");
    case StopReason::Cancelled:
        return tr("cancelled");
    }
    return {};
}

} // namespace Orphanscope::Gui
