#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace Orphanscope {

// Cloudinary's three resource types. The numeric values index per-type arrays.
enum class ResourceType : quint8 { Image = 0, Video = 1, Raw = 2 };

inline constexpr std::array<ResourceType, 3> AllResourceTypes{ResourceType::Image, ResourceType::Video,
                                                              ResourceType::Raw};

constexpr int indexOf(ResourceType type) { return static_cast<int>(type); }

QString resourceTypeName(ResourceType type);
QString resourceTypePluralLabel(ResourceType type); // "images", "videos", "raw files"
std::optional<ResourceType> resourceTypeFromName(QStringView name);

// Parses "image,video,raw"; an empty or unknown entry sets *error.
std::optional<QList<ResourceType>> parseResourceTypeList(const QString &text, QString *error);

} // namespace Orphanscope
