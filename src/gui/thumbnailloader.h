#pragma once

#include "cloudinary/cloudinaryresource.h"

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>

class QNetworkAccessManager;

namespace Orphanscope::Gui {

// Loads small previews through Cloudinary's thumbnail transformation (c_thumb in the delivery
// URL; a video's first frame as .jpg), asynchronously, and keeps the recent ones in memory.
class ThumbnailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailLoader)

public:
    explicit ThumbnailLoader(QObject *parent = nullptr);

    static QString thumbnailUrl(const CloudinaryResource &resource, int size);

    static constexpr int PreviewSize = 320;

    // Answers at once from the cache, or later through ready() or failed(); raw files have none.
    void request(const CloudinaryResource &resource, int size = PreviewSize);

Q_SIGNALS:
    void ready(const QString &publicId, const QPixmap &pixmap);
    void failed(const QString &publicId, const QString &reason);

private:
    QNetworkAccessManager *m_network;
    QCache<QString, QPixmap> m_cache; // cost: kilobytes
    QSet<QString> m_pending;
};

} // namespace Orphanscope::Gui
