#include "sandboxmedia.h"

#include "cloudinary/uploadsignature.h"
#include "listingpages.h"
#include "placeholderimage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Sandbox {

namespace {

struct FormPart
{
    QByteArray body;
    QString fileName; // set for a file part
};

// multipart/form-data, as the Upload API takes it: name → part. Empty on a malformed body.
QMap<QString, FormPart> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    QMap<QString, FormPart> parts;
    const qsizetype at = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/form-data") || at < 0)
        return parts;
    QByteArray boundary = contentType.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    const QByteArray partEnd = "\r\n" + delimiter;
    qsizetype pos = body.indexOf(delimiter);
    static const QRegularExpression nameRe(uR"re(\bname="([^"]*)")re"_s);
    static const QRegularExpression fileNameRe(uR"re(\bfilename="([^"]*)")re"_s);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        pos += 2; // CRLF
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(partEnd, pos);
        if (headersEnd < 0 || next < 0 || headersEnd > next)
            return {};
        const QString headers = QString::fromUtf8(body.mid(pos, headersEnd - pos));
        const auto name = nameRe.match(headers);
        if (!name.hasMatch())
            return {};
        const auto fileName = fileNameRe.match(headers);
        parts.insert(name.captured(1), FormPart{body.mid(headersEnd + 4, next - headersEnd - 4), fileName.captured(1)});
        pos = next + 2;
    }
    return parts;
}

} // namespace

SandboxMedia::SandboxMedia(SandboxAccount *account, ListingPages *pages, QString apiKey, QString apiSecret)
    : m_account(account)
    , m_pages(pages)
    , m_apiKey(std::move(apiKey))
    , m_apiSecret(std::move(apiSecret))
{
}

QByteArray SandboxMedia::generatedContent(const QString &publicId, qint64 bytes)
{
    quint64 state = 1469598103934665603ULL; // FNV-1a of the id seeds a xorshift
    for (QChar c : publicId)
        state = (state ^ c.unicode()) * 1099511628211ULL;
    QByteArray content(bytes, Qt::Uninitialized);
    char *out = content.data();
    for (qint64 i = 0; i < bytes; i += 8) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        std::memcpy(out + i, &state, size_t(std::min<qint64>(8, bytes - i)));
    }
    return content;
}

bool SandboxMedia::isOriginal(const QString &path) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    return parts.size() > 3 && !parts.at(3).startsWith(u"c_"_s);
}

Answer SandboxMedia::deliver(const QString &path) const
{
    // /{cloud}/{type}/upload/[c_…/][v123/]{public id}[.{format}]
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const auto type = parts.size() > 3 ? resourceTypeFromName(parts.at(1)) : std::nullopt;
    if (!type || parts.at(2) != u"upload"_s)
        return errorAnswer(404, u"Resource not found"_s);
    QStringList identity = parts.mid(3);
    if (identity.constFirst().startsWith(u"c_"_s)) { // a preview: a made-up picture, the same every time
        if (*type == ResourceType::Raw)
            return errorAnswer(404, u"Resource not found"_s);
        identity.removeFirst();
        return {200, placeholderImage(identity.join(u'/'), *type == ResourceType::Video), "image/png"};
    }
    static const QRegularExpression version(u"^v\\d+$"_s);
    if (identity.size() > 1 && version.match(identity.constFirst()).hasMatch())
        identity.removeFirst();
    QString publicId = QUrl::fromPercentEncoding(identity.join(u'/').toUtf8());
    if (*type != ResourceType::Raw) {
        const qsizetype dot = publicId.lastIndexOf(u'.');
        if (dot > publicId.lastIndexOf(u'/'))
            publicId.truncate(dot);
    }
    const SandboxFile *file = m_account->find(*type, publicId);
    if (!file)
        return errorAnswer(404, u"Resource not found"_s);
    const auto uploaded = m_uploaded.constFind(resourceKey(*type, publicId));
    const QByteArray content = uploaded != m_uploaded.cend() ? *uploaded : generatedContent(publicId, file->resource.bytes);
    return {200, content, "application/octet-stream"};
}

Answer SandboxMedia::upload(ResourceType type, const QHttpServerRequest &request)
{
    const QMap<QString, FormPart> form = parseMultipart(request.value("Content-Type"), request.body());
    if (form.isEmpty())
        return errorAnswer(400, u"Expected a multipart/form-data body with file, api_key, timestamp and signature"_s);
    QMap<QString, QString> parameters;
    for (auto it = form.cbegin(); it != form.cend(); ++it) {
        if (it.key() != u"file"_s)
            parameters.insert(it.key(), QString::fromUtf8(it->body));
    }
    if (!form.contains(u"file"_s))
        return errorAnswer(400, u"Missing required parameter - file"_s);
    if (parameters.value(u"api_key"_s) != m_apiKey)
        return errorAnswer(401, u"Invalid api_key %1"_s.arg(parameters.value(u"api_key"_s)));
    bool ok = false;
    const qint64 timestamp = parameters.value(u"timestamp"_s).toLongLong(&ok);
    if (!ok)
        return errorAnswer(400, u"Missing required parameter - timestamp"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now - timestamp > 3600)
        return errorAnswer(400, u"Stale request - reported time is %1 which is more than 1 hour ago"_s.arg(timestamp));
    const QByteArray expected = UploadSignature::sign(parameters, m_apiSecret);
    if (parameters.value(u"signature"_s).toLatin1() != expected)
        return errorAnswer(401, u"Invalid Signature %1. String to sign - '%2'."_s.arg(parameters.value(u"signature"_s),
                                                                                       UploadSignature::stringToSign(parameters)));
    const FormPart &filePart = form.value(u"file"_s);
    QString publicId = parameters.value(u"public_id"_s);
    QString format = filePart.fileName.section(u'.', -1);
    if (!filePart.fileName.contains(u'.'))
        format.clear();
    if (publicId.isEmpty())
        publicId = u"upload_%1"_s.arg(now);
    if (type == ResourceType::Raw)
        format.clear(); // a raw file's extension is part of its public id
    const bool overwrite = parameters.value(u"overwrite"_s, u"true"_s) != u"false"_s && parameters.value(u"overwrite"_s) != u"0"_s;
    QJsonObject answer;
    if (const SandboxFile *existing = m_account->find(type, publicId); existing && !overwrite) {
        const CloudinaryResource described = m_account->described(*existing);
        answer = QJsonObject{{u"public_id"_s, described.publicId}, {u"version"_s, described.version}, {u"bytes"_s, described.bytes},
                             {u"resource_type"_s, resourceTypeName(type)}, {u"type"_s, u"upload"_s}, {u"secure_url"_s, described.secureUrl},
                             {u"existing"_s, true}};
        return {200, QJsonDocument(answer).toJson(QJsonDocument::Compact)};
    }
    SandboxFile file;
    CloudinaryResource &resource = file.resource;
    resource.type = type;
    resource.publicId = publicId;
    resource.format = format;
    resource.folder = publicId.contains(u'/') ? publicId.section(u'/', 0, -2) : QString();
    resource.bytes = filePart.body.size();
    resource.createdAtMSecs = now * 1000;
    resource.version = now;
    resource.width = type == ResourceType::Raw ? 0 : 640;
    resource.height = type == ResourceType::Raw ? 0 : 480;
    file.orphan = true; // no row of the generated database refers to it
    m_account->put(file);
    m_uploaded.insert(resourceKey(type, publicId), filePart.body);
    m_pages->invalidate();
    const CloudinaryResource described = m_account->described(file);
    answer = QJsonObject{{u"public_id"_s, publicId}, {u"version"_s, described.version}, {u"bytes"_s, described.bytes},
                         {u"format"_s, format}, {u"resource_type"_s, resourceTypeName(type)}, {u"type"_s, u"upload"_s},
                         {u"created_at"_s, QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate)},
                         {u"url"_s, described.secureUrl}, {u"secure_url"_s, described.secureUrl},
                         {u"original_filename"_s, filePart.fileName.section(u'.', 0, 0)}};
    return {200, QJsonDocument(answer).toJson(QJsonDocument::Compact)};
}

} // namespace Orphanscope::Sandbox
