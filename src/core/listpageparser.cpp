#include "listpageparser.h"

#include "stringpool.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

qint64 toInt64(const QJsonValue &value)
{
    return value.isDouble() ? static_cast<qint64>(value.toDouble()) : 0;
}

qint64 parseCreatedAt(const QJsonValue &value)
{
    if (!value.isString())
        return 0;
    const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODate);
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

std::optional<CloudinaryResource> parseResource(const QJsonObject &object, ResourceType requestedType,
                                                StringPool &pool)
{
    const QString publicId = object.value(QLatin1StringView("public_id")).toString();
    if (publicId.isEmpty())
        return std::nullopt;
    CloudinaryResource resource;
    resource.publicId = publicId;
    resource.type = resourceTypeFromName(object.value(QLatin1StringView("resource_type")).toString())
                        .value_or(requestedType);
    resource.format = pool.intern(object.value(QLatin1StringView("format")).toString());
    // Dynamic-folder accounts report asset_folder, fixed-folder accounts folder.
    QJsonValue folder = object.value(QLatin1StringView("asset_folder"));
    if (!folder.isString())
        folder = object.value(QLatin1StringView("folder"));
    resource.folder = pool.intern(folder.toString());
    resource.secureUrl = object.value(QLatin1StringView("secure_url")).toString();
    if (resource.secureUrl.isEmpty())
        resource.secureUrl = object.value(QLatin1StringView("url")).toString();
    resource.bytes = toInt64(object.value(QLatin1StringView("bytes")));
    resource.version = toInt64(object.value(QLatin1StringView("version")));
    resource.width = static_cast<qint32>(toInt64(object.value(QLatin1StringView("width"))));
    resource.height = static_cast<qint32>(toInt64(object.value(QLatin1StringView("height"))));
    resource.createdAtMSecs = parseCreatedAt(object.value(QLatin1StringView("created_at")));
    return resource;
}

} // namespace

QString describeNonJsonBody(const QByteArray &body)
{
    QString start = QString::fromUtf8(body.left(60)).simplified();
    if (body.size() > 60)
        start += u"…"_s;
    return start.isEmpty() ? u"an empty body"_s : u"\"%1\""_s.arg(start);
}

std::optional<ListPage> parseListPage(const QByteArray &body, ResourceType requestedType, StringPool &pool,
                                      QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"Cloudinary answered with something that is not JSON (%1); check the credentials in CLOUDINARY_URL and its upload_prefix"_s
                     .arg(describeNonJsonBody(body));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonValue resources = root.value(QLatin1StringView("resources"));
    if (!resources.isArray()) {
        *error = u"Cloudinary's answer has no \"resources\" list; the API base URL may point at something other than the Admin API"_s;
        return std::nullopt;
    }
    ListPage page;
    const QJsonArray array = resources.toArray();
    page.resources.reserve(array.size());
    int skipped = 0;
    for (const QJsonValue &value : array) {
        if (auto resource = parseResource(value.toObject(), requestedType, pool))
            page.resources.append(std::move(*resource));
        else
            ++skipped;
    }
    if (skipped > 0)
        page.warnings.append(u"Skipped %1 listed %2 without a public_id"_s.arg(skipped).arg(resourceTypePluralLabel(requestedType)));
    page.nextCursor = root.value(QLatin1StringView("next_cursor")).toString();
    return page;
}

QString parseApiErrorMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.object().value(QLatin1StringView("error")).toObject().value(QLatin1StringView("message")).toString();
}

} // namespace Orphanscope
