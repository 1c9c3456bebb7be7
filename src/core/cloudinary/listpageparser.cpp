#include "cloudinary/listpageparser.h"

#include "util/stringpool.h"

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

int digits(QStringView text, qsizetype from, qsizetype count, bool *ok)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "2024-06-25T08:58:23Z", the form the Admin API uses, read directly (QDateTime::fromString was
// a visible share of a million-file scan); anything else goes through the general parser.
qint64 parseCreatedAt(const QJsonValue &value)
{
    if (!value.isString())
        return 0;
    const QString text = value.toString();
    if (text.size() == 20 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':' && text[16] == u':'
        && text[19] == u'Z') {
        bool ok = true;
        const QDate date(digits(text, 0, 4, &ok), digits(text, 5, 2, &ok), digits(text, 8, 2, &ok));
        const int seconds = digits(text, 11, 2, &ok) * 3600 + digits(text, 14, 2, &ok) * 60 + digits(text, 17, 2, &ok);
        if (ok && date.isValid() && seconds < 86400)
            return (date.toJulianDay() - 2440588) * 86'400'000 + qint64(seconds) * 1000; // 2440588: the epoch's Julian day
    }
    const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

std::optional<CloudinaryResource> parseResource(const QJsonObject &object, ResourceType requestedType,
                                                StringPool &pool)
{
    // One pass over the fields instead of a lookup per field.
    CloudinaryResource resource;
    resource.type = requestedType;
    std::optional<QString> assetFolder;
    QString folder;
    QString url;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1StringView("public_id"))
            resource.publicId = value.toString();
        else if (key == QLatin1StringView("format"))
            resource.format = pool.intern(value.toString());
        else if (key == QLatin1StringView("resource_type"))
            resource.type = resourceTypeFromName(value.toString()).value_or(requestedType);
        else if (key == QLatin1StringView("asset_folder") && value.isString())
            assetFolder = value.toString();
        else if (key == QLatin1StringView("folder"))
            folder = value.toString();
        else if (key == QLatin1StringView("secure_url"))
            resource.secureUrl = value.toString();
        else if (key == QLatin1StringView("url"))
            url = value.toString();
        else if (key == QLatin1StringView("bytes"))
            resource.bytes = toInt64(value);
        else if (key == QLatin1StringView("version"))
            resource.version = toInt64(value);
        else if (key == QLatin1StringView("width"))
            resource.width = static_cast<qint32>(toInt64(value));
        else if (key == QLatin1StringView("height"))
            resource.height = static_cast<qint32>(toInt64(value));
        else if (key == QLatin1StringView("created_at"))
            resource.createdAtMSecs = parseCreatedAt(value);
    }
    if (resource.publicId.isEmpty())
        return std::nullopt;
    // Dynamic-folder accounts report asset_folder, fixed-folder accounts folder.
    resource.folder = pool.intern(assetFolder.value_or(folder));
    if (resource.secureUrl.isEmpty())
        resource.secureUrl = url;
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
