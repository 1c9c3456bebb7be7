#include "cloudinary/resourcetype.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

QString resourceTypeName(ResourceType type)
{
    switch (type) {
    case ResourceType::Image:
        return u"image"_s;
    case ResourceType::Video:
        return u"video"_s;
    case ResourceType::Raw:
        return u"raw"_s;
    }
    return {};
}

QString resourceTypePluralLabel(ResourceType type)
{
    switch (type) {
    case ResourceType::Image:
        return u"images"_s;
    case ResourceType::Video:
        return u"videos"_s;
    case ResourceType::Raw:
        return u"raw files"_s;
    }
    return {};
}

std::optional<ResourceType> resourceTypeFromName(QStringView name)
{
    for (ResourceType type : AllResourceTypes) {
        if (name.compare(resourceTypeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

std::optional<QList<ResourceType>> parseResourceTypeList(const QString &text, QString *error)
{
    QList<ResourceType> types;
    const auto parts = QStringView(text).split(u',');
    for (QStringView part : parts) {
        const QStringView name = part.trimmed();
        const auto type = resourceTypeFromName(name);
        if (!type) {
            *error = u"Unknown resource type \"%1\": use image, video or raw, separated by commas"_s.arg(name);
            return std::nullopt;
        }
        if (!types.contains(*type))
            types.append(*type);
    }
    return types;
}

} // namespace Orphanscope
