#include "cloudinary/cloudinaryconfig.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

bool fail(QString *error, const QString &message)
{
    *error = message;
    return false;
}

bool isValidCloudName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]+$"_s);
    return pattern.match(name).hasMatch();
}

bool parseBase(const QString &prefix, QUrl *base, QString *error)
{
    QUrl url(prefix, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(error, u"CLOUDINARY_URL has an invalid upload_prefix \"%1\": expected e.g. https://api-eu.cloudinary.com"_s.arg(prefix));
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        return fail(error, u"CLOUDINARY_URL upload_prefix must start with https:// (got \"%1\")"_s.arg(url.scheme()));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    *base = url;
    return true;
}

} // namespace

std::optional<CloudinaryConfig> CloudinaryConfig::fromUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        fail(error, u"CLOUDINARY_URL is not set: give cloudinary://API_KEY:API_SECRET@CLOUD_NAME"_s);
        return std::nullopt;
    }
    if (!trimmed.startsWith(u"cloudinary://"_s, Qt::CaseInsensitive)) {
        fail(error, u"CLOUDINARY_URL must start with cloudinary:// (the form is cloudinary://API_KEY:API_SECRET@CLOUD_NAME)"_s);
        return std::nullopt;
    }
    // Split by hand: QUrl would refuse an API secret with characters a URL user info cannot hold.
    QStringView rest = QStringView(trimmed).mid(13);
    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    const qsizetype at = rest.lastIndexOf(u'@');
    QStringView credentials = at >= 0 ? rest.left(at) : QStringView();
    QStringView cloud = at >= 0 ? rest.mid(at + 1) : rest;
    while (cloud.endsWith(u'/'))
        cloud.chop(1);

    CloudinaryConfig config;
    config.cloudName = QUrl::fromPercentEncoding(cloud.toUtf8());
    if (config.cloudName.isEmpty()) {
        fail(error, u"CLOUDINARY_URL is missing the cloud name (…@CLOUD_NAME at the end)"_s);
        return std::nullopt;
    }
    if (!isValidCloudName(config.cloudName)) {
        fail(error, u"CLOUDINARY_URL has an invalid cloud name \"%1\": use letters, digits, '-' and '_'"_s.arg(config.cloudName));
        return std::nullopt;
    }
    const qsizetype colon = credentials.indexOf(u':');
    if (credentials.isEmpty() || colon <= 0) {
        fail(error, u"CLOUDINARY_URL is missing the API key (cloudinary://API_KEY:API_SECRET@…)"_s);
        return std::nullopt;
    }
    config.apiKey = QUrl::fromPercentEncoding(credentials.left(colon).toUtf8());
    config.apiSecret = QUrl::fromPercentEncoding(credentials.mid(colon + 1).toUtf8());
    if (config.apiSecret.isEmpty()) {
        fail(error, u"CLOUDINARY_URL is missing the API secret (cloudinary://API_KEY:API_SECRET@…)"_s);
        return std::nullopt;
    }
    if (!query.isEmpty()) {
        const QUrlQuery params(query.toString());
        if (params.hasQueryItem(u"upload_prefix"_s)) {
            const QString prefix = params.queryItemValue(u"upload_prefix"_s, QUrl::FullyDecoded);
            if (!parseBase(prefix, &config.apiBase, error))
                return std::nullopt;
        }
        for (const QString &key : {u"secure_distribution"_s, u"cname"_s}) {
            const QString host = params.queryItemValue(key, QUrl::FullyDecoded).trimmed();
            if (!host.isEmpty() && !config.deliveryHosts.contains(host, Qt::CaseInsensitive))
                config.deliveryHosts.append(host);
        }
    }
    return config;
}

QUrl CloudinaryConfig::resourcesUrl(ResourceType type) const
{
    QUrl url = apiBase;
    url.setPath(apiBase.path() + u"/v1_1/"_s + cloudName + u"/resources/"_s + resourceTypeName(type) + u"/upload"_s);
    return url;
}

QUrl CloudinaryConfig::usageUrl() const
{
    QUrl url = apiBase;
    url.setPath(apiBase.path() + u"/v1_1/"_s + cloudName + u"/usage"_s);
    return url;
}

QUrl CloudinaryConfig::searchUrl() const
{
    QUrl url = apiBase;
    url.setPath(apiBase.path() + u"/v1_1/"_s + cloudName + u"/resources/search"_s);
    return url;
}

QUrl CloudinaryConfig::uploadUrl(ResourceType type) const
{
    QUrl url = apiBase;
    url.setPath(apiBase.path() + u"/v1_1/"_s + cloudName + u'/' + resourceTypeName(type) + u"/upload"_s);
    return url;
}

QString CloudinaryConfig::redactedUrl() const
{
    QString url = u"cloudinary://%1:***@%2"_s.arg(apiKey, cloudName);
    if (apiBase.host() != u"api.cloudinary.com"_s)
        url += u"?upload_prefix="_s + apiBase.toString();
    return url;
}

} // namespace Orphanscope
