#include "thumbnailloader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

namespace {
}

ThumbnailLoader::ThumbnailLoader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_cache(32 * 1024)
{
}

QString ThumbnailLoader::thumbnailUrl(const CloudinaryResource &resource, int size)
{
    if (resource.type == ResourceType::Raw || resource.secureUrl.isEmpty())
        return {};
    QString url = resource.secureUrl;
    const qsizetype upload = url.indexOf(u"/upload/"_s);
    if (upload < 0)
        return {};
    url.insert(upload + 8, u"c_thumb,w_%1,h_%1/"_s.arg(size));
    if (resource.type == ResourceType::Video && !resource.format.isEmpty() && url.endsWith(u'.' + resource.format))
        url = url.chopped(resource.format.size()) + u"jpg"_s; // a video's thumbnail is an image of a frame
    return url;
}

void ThumbnailLoader::request(const CloudinaryResource &resource, int size)
{
    const QString publicId = resource.publicId;
    const QString url = thumbnailUrl(resource, size);
    if (url.isEmpty()) {
        Q_EMIT failed(publicId, tr("No preview for raw files"));
        return;
    }
    if (const QPixmap *cached = m_cache.object(url)) {
        Q_EMIT ready(publicId, *cached);
        return;
    }
    if (m_pending.contains(url))
        return;
    m_pending.insert(url);
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(15'000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, publicId] {
        reply->deleteLater();
        m_pending.remove(url);
        QPixmap pixmap;
        if (reply->error() != QNetworkReply::NoError || !pixmap.loadFromData(reply->readAll())) {
            Q_EMIT failed(publicId, reply->error() != QNetworkReply::NoError ? reply->errorString() : tr("Not an image"));
            return;
        }
        m_cache.insert(url, new QPixmap(pixmap), qMax<qsizetype>(1, pixmap.width() * pixmap.height() * 4 / 1024));
        Q_EMIT ready(publicId, pixmap);
    });
}

} // namespace Orphanscope::Gui
