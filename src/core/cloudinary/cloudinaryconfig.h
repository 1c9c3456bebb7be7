#pragma once

#include "cloudinary/resourcetype.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Orphanscope {

// The account to scan, as given by CLOUDINARY_URL=cloudinary://API_KEY:API_SECRET@CLOUD_NAME.
// The query parameter upload_prefix sets the API base URL (as in pycloudinary), which is how an
// EU/AP account or the sandbox is reached; secure_distribution and cname name custom delivery
// hosts, whose URLs in text reference the account's files like res.cloudinary.com's.
struct CloudinaryConfig
{
    QString cloudName;
    QString apiKey;
    QString apiSecret;
    QUrl apiBase{QStringLiteral("https://api.cloudinary.com")};
    QStringList deliveryHosts; // custom CDN hosts (CNAMEs): CLOUDINARY_URL's query and --cdn-host

    static std::optional<CloudinaryConfig> fromUrl(const QString &url, QString *error);

    // GET/DELETE .../resources/{type}/upload
    QUrl resourcesUrl(ResourceType type) const;
    QUrl usageUrl() const;
    QUrl searchUrl() const;
    // POST .../{type}/upload: the Upload API
    QUrl uploadUrl(ResourceType type) const;

    // "cloud@api.cloudinary.com": what the history, the decisions and the backups are kept by
    // (the port is not part of it).
    QString accountName() const { return cloudName + u'@' + apiBase.host(); }

    // The URL without the secret, safe for logs and reports.
    QString redactedUrl() const;
};

} // namespace Orphanscope
