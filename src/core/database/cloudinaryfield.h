#pragma once

#include "cloudinary/resourcetype.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <string_view>

namespace Orphanscope {

// A CloudinaryField value as pycloudinary stores it: resource_type/type/v<version>/public_id.format,
// every part but the public id optional (older rows hold a bare public id).
struct CloudinaryFieldValue
{
    ResourceType resourceType = ResourceType::Image;
    QString deliveryType; // upload, private or authenticated
    QString version;
    QString publicId;
    QString format;
};

// Parses exactly as pycloudinary's CloudinaryField does with
//   ^(?:(image|raw|video)/(upload|private|authenticated)/)?(?:v(\d+)/)?(.*?)(\.([^.]+))?$
// (hand-written: a million rows must parse in well under a second). Missing parts fall back to
// columnType and "upload". Returns nullopt when no public id can be extracted.
std::optional<CloudinaryFieldValue> parseCloudinaryField(QStringView value, ResourceType columnType);

// The same over UTF-8 bytes, for the reference reader's hot path: the parts are views into value.
struct CloudinaryFieldView
{
    ResourceType resourceType = ResourceType::Image;
    std::string_view publicId;
    std::string_view format;
};
std::optional<CloudinaryFieldView> parseCloudinaryFieldUtf8(std::string_view value, ResourceType columnType);

} // namespace Orphanscope
