#pragma once

#include "cloudinary/resourcetype.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Orphanscope {

// One file in the Cloudinary account, as the Admin API lists it. Plain value type: a million of
// these are routine, so folder and format strings are shared through a StringPool.
struct CloudinaryResource
{
    QString publicId;
    QString format; // empty for raw files
    QString folder;
    QString secureUrl;
    qint64 bytes = 0;
    qint64 createdAtMSecs = 0; // UTC milliseconds since the epoch
    qint64 version = 0;
    qint32 width = 0;
    qint32 height = 0;
    ResourceType type = ResourceType::Image;
};

using ResourceList = QList<CloudinaryResource>;

// "image/folder/cat": a file's key where the same public id can be an image and a video.
inline QString resourceKey(ResourceType type, const QString &publicId)
{
    return resourceTypeName(type) + u'/' + publicId;
}

} // namespace Orphanscope

// Its members move by their bytes (QString is relocatable), so a growing list of orphans is
// moved with realloc and memcpy, not an element at a time.
Q_DECLARE_TYPEINFO(Orphanscope::CloudinaryResource, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Orphanscope::CloudinaryResource)
Q_DECLARE_METATYPE(Orphanscope::ResourceList)
