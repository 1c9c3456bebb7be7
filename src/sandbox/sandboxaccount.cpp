#include "sandboxaccount.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Sandbox {

namespace {

const QStringList Folders{u"prompts"_s, u"prompts/2024"_s, u"users/avatars"_s, u"tests"_s, u"marketing/ünïcode"_s, QString()};
const QStringList ImageFormats{u"jpg"_s, u"png"_s, u"webp"_s, u"gif"_s};
const QStringList VideoFormats{u"mp4"_s, u"webm"_s, u"mov"_s};
const QStringList RawExtensions{u"pdf"_s, u"txt"_s, u"zip"_s};

// Public ids in the shapes real accounts have: plain, with dots, with unicode.
QString makePublicId(QRandomGenerator &random, const QString &folder, ResourceType type, qint64 serial)
{
    QString name;
    switch (random.bounded(6)) {
    case 0:
        name = u"photo.v2_%1"_s.arg(serial); // a dot inside the public id
        break;
    case 1:
        name = u"café_%1"_s.arg(serial);
        break;
    case 2:
        name = u"-draft_%1"_s.arg(serial); // starts like a spreadsheet formula
        break;
    default:
        name = u"%1_%2"_s.arg(type == ResourceType::Video ? u"clip"_s : u"img"_s).arg(serial);
    }
    if (type == ResourceType::Raw)
        name = u"doc_%1.%2"_s.arg(serial).arg(RawExtensions.at(random.bounded(RawExtensions.size())));
    return folder.isEmpty() ? name : folder + u'/' + name;
}

ResourceType pickType(QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    return roll < 70 ? ResourceType::Image : roll < 95 ? ResourceType::Video : ResourceType::Raw;
}

} // namespace

SandboxAccount::SandboxAccount(QString cloudName)
    : m_cloudName(std::move(cloudName))
{
}

SandboxAccount SandboxAccount::generate(const QString &cloudName, const GenerateOptions &options)
{
    SandboxAccount account(cloudName);
    QRandomGenerator random(options.seed);
    for (qint64 i = 0; i < options.count; ++i) {
        SandboxFile file;
        CloudinaryResource &resource = file.resource;
        resource.type = pickType(random);
        resource.folder = Folders.at(random.bounded(Folders.size()));
        resource.publicId = makePublicId(random, resource.folder, resource.type, i);
        switch (resource.type) {
        case ResourceType::Image:
            resource.format = ImageFormats.at(random.bounded(ImageFormats.size()));
            resource.width = 200 + random.bounded(3000);
            resource.height = 200 + random.bounded(3000);
            resource.bytes = 5'000 + random.bounded(5'000'000);
            break;
        case ResourceType::Video:
            resource.format = VideoFormats.at(random.bounded(VideoFormats.size()));
            resource.width = 1280;
            resource.height = 720;
            resource.bytes = 500'000 + random.bounded(80'000'000);
            break;
        case ResourceType::Raw:
            resource.bytes = 1'000 + random.bounded(2'000'000);
            break;
        }
        if (options.maxBytes > 0)
            resource.bytes = 1 + resource.bytes % options.maxBytes;
        // Whole hours back, plus an hour and a half: no file sits within 30 minutes of a
        // "last N days" boundary, so a scan started shortly after generation sees a known set,
        // and none is younger than the default minimum age of an orphan (1 h).
        const qint64 hoursBack = random.bounded(24 * 365);
        resource.createdAtMSecs = options.now.toMSecsSinceEpoch() - (hoursBack * 3600 + 5400) * 1000;
        resource.createdAtMSecs -= resource.createdAtMSecs % 1000;
        resource.version = resource.createdAtMSecs / 1000;
        file.orphan = random.generateDouble() < options.orphanRate;
        if (options.textShare > 0) { // drawn only then: the accounts of other seeds stay as they were
            file.textOnly = !file.orphan && random.generateDouble() < options.textShare;
            if (random.bounded(8) == 0 && resource.type != ResourceType::Raw) // spaces, parentheses, a comma
                resource.publicId = (resource.folder.isEmpty() ? QString() : resource.folder + u'/') + u"summer sale (v2), final_%1"_s.arg(i);
        }
        account.add(std::move(file));
    }
    account.sort();
    return account;
}

std::optional<SandboxAccount> SandboxAccount::loadJsonLines(const QString &cloudName, const QString &path, QString *error)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the dataset %1: %2"_s.arg(path, input.errorString());
        return std::nullopt;
    }
    SandboxAccount account(cloudName);
    int lineNumber = 0;
    while (!input.atEnd()) {
        const QByteArray line = input.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(line, &parseError).object();
        const QString publicId = object.value(u"public_id"_s).toString();
        const auto type = resourceTypeFromName(object.value(u"resource_type"_s).toString(u"image"_s));
        if (parseError.error != QJsonParseError::NoError || publicId.isEmpty() || !type) {
            *error = u"%1, line %2: expected a JSON object with public_id and resource_type"_s.arg(path).arg(lineNumber);
            return std::nullopt;
        }
        SandboxFile file;
        file.resource.publicId = publicId;
        file.resource.type = *type;
        file.resource.format = object.value(u"format"_s).toString();
        file.resource.folder = object.value(u"asset_folder"_s).toString(object.value(u"folder"_s).toString());
        file.resource.bytes = qint64(object.value(u"bytes"_s).toDouble());
        file.resource.width = object.value(u"width"_s).toInt();
        file.resource.height = object.value(u"height"_s).toInt();
        const QDateTime created = QDateTime::fromString(object.value(u"created_at"_s).toString(), Qt::ISODate);
        file.resource.createdAtMSecs = created.isValid() ? created.toMSecsSinceEpoch() : 0;
        file.resource.version = qint64(object.value(u"version"_s).toDouble(double(file.resource.createdAtMSecs / 1000)));
        file.orphan = object.value(u"orphan"_s).toBool();
        account.add(std::move(file));
    }
    account.sort();
    return account;
}

void SandboxAccount::add(SandboxFile file)
{
    m_files[indexOf(file.resource.type)].push_back(std::move(file));
}

CloudinaryResource SandboxAccount::described(const SandboxFile &file) const
{
    CloudinaryResource resource = file.resource;
    resource.secureUrl = secureUrl(resource);
    return resource;
}

void SandboxAccount::sort()
{
    m_positions = {};
    for (auto &files : m_files) {
        std::sort(files.begin(), files.end(), [](const SandboxFile &a, const SandboxFile &b) {
            if (a.resource.createdAtMSecs != b.resource.createdAtMSecs)
                return a.resource.createdAtMSecs > b.resource.createdAtMSecs;
            return a.resource.publicId < b.resource.publicId;
        });
    }
}

qint64 SandboxAccount::totalCount() const
{
    qint64 total = 0;
    for (const auto &files : m_files)
        total += qint64(files.size());
    return total;
}

qint64 SandboxAccount::totalBytes() const
{
    qint64 total = 0;
    for (const auto &files : m_files) {
        for (const SandboxFile &file : files)
            total += file.resource.bytes;
    }
    return total;
}

qsizetype SandboxAccount::position(ResourceType type, const QString &publicId) const
{
    auto &positions = m_positions[indexOf(type)];
    if (!positions) {
        const auto &files = m_files[indexOf(type)];
        positions.emplace();
        positions->reserve(qsizetype(files.size()));
        for (size_t i = 0; i < files.size(); ++i)
            positions->insert(files[i].resource.publicId, qsizetype(i));
    }
    return positions->value(publicId, -1);
}

bool SandboxAccount::remove(ResourceType type, const QString &publicId)
{
    const qsizetype at = position(type, publicId);
    if (at < 0)
        return false;
    auto &files = m_files[indexOf(type)];
    files.erase(files.begin() + at);
    m_positions[indexOf(type)].reset();
    return true;
}

void SandboxAccount::put(SandboxFile file)
{
    remove(file.resource.type, file.resource.publicId);
    add(std::move(file));
    sort();
}

const SandboxFile *SandboxAccount::find(ResourceType type, const QString &publicId) const
{
    const qsizetype at = position(type, publicId);
    return at < 0 ? nullptr : &m_files[indexOf(type)][size_t(at)];
}

QStringList SandboxAccount::upload(ResourceType type, int count, const QString &folder, const QDateTime &now)
{
    QStringList ids;
    const qint64 createdAt = now.toMSecsSinceEpoch() - now.toMSecsSinceEpoch() % 1000;
    const qint64 serialBase = totalCount() + 1'000'000'000;
    for (int i = 0; i < count; ++i) {
        SandboxFile file;
        CloudinaryResource &resource = file.resource;
        resource.type = type;
        resource.folder = folder;
        const QString name = type == ResourceType::Raw ? u"upload_%1.txt"_s.arg(serialBase + i) : u"upload_%1"_s.arg(serialBase + i);
        resource.publicId = folder.isEmpty() ? name : folder + u'/' + name;
        resource.format = type == ResourceType::Image ? u"jpg"_s : type == ResourceType::Video ? u"mp4"_s : QString();
        resource.width = type == ResourceType::Raw ? 0 : 640;
        resource.height = type == ResourceType::Raw ? 0 : 480;
        resource.bytes = 10'000 + i;
        resource.createdAtMSecs = createdAt;
        resource.version = createdAt / 1000;
        file.orphan = true;
        ids.append(resource.publicId);
        add(std::move(file));
    }
    sort();
    return ids;
}

void SandboxAccount::setDeliveryBase(const QString &base)
{
    m_deliveryBase = base;
}

QString SandboxAccount::secureUrl(const CloudinaryResource &resource) const
{
    QString url = u"%1/%2/%3/upload/v%4/%5"_s.arg(m_deliveryBase, m_cloudName, resourceTypeName(resource.type))
                      .arg(resource.version)
                      .arg(resource.publicId);
    if (!resource.format.isEmpty())
        url += u'.' + resource.format;
    return url;
}

void SandboxAccount::appendJsonString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; });
    if (plain) { // nearly every id and URL: one copy
        out += utf8;
        out += '"';
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

namespace {

// "2024-06-25T08:58:23Z" without a QDateTime round trip per file.
void appendTimestamp(QByteArray &out, qint64 msecs)
{
    const qint64 seconds = msecs / 1000 - (msecs % 1000 < 0 ? 1 : 0);
    const QDate date = QDate::fromJulianDay(2440588 + seconds / 86400 - (seconds % 86400 < 0 ? 1 : 0));
    const int secondOfDay = int(((seconds % 86400) + 86400) % 86400);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(), date.day(), secondOfDay / 3600,
                  secondOfDay / 60 % 60, secondOfDay % 60);
    out += text;
}

} // namespace

void SandboxAccount::appendJson(QByteArray &out, const SandboxFile &file) const
{
    const CloudinaryResource &r = file.resource;
    const bool raw = r.type == ResourceType::Raw;
    const QByteArray publicId = r.publicId.toUtf8();
    out += "{\"asset_id\":\"";
    out += QCryptographicHash::hash(QByteArray(publicId + resourceTypeName(r.type).toLatin1()), QCryptographicHash::Md5).toHex();
    out += "\",\"public_id\":";
    appendJsonString(out, r.publicId);
    if (!raw) { // raw files have no format: the extension is in the public id
        out += ",\"format\":";
        appendJsonString(out, r.format);
    }
    out += ",\"version\":";
    out += QByteArray::number(r.version);
    out += ",\"resource_type\":\"";
    out += resourceTypeName(r.type).toLatin1();
    out += "\",\"type\":\"upload\",\"created_at\":\"";
    appendTimestamp(out, r.createdAtMSecs);
    out += "\",\"bytes\":";
    out += QByteArray::number(r.bytes);
    if (raw) {
        out += ",\"width\":null,\"height\":null";
    } else {
        out += ",\"width\":";
        out += QByteArray::number(r.width);
        out += ",\"height\":";
        out += QByteArray::number(r.height);
    }
    out += ",\"asset_folder\":";
    appendJsonString(out, r.folder);
    out += ",\"display_name\":";
    const qsizetype slash = r.publicId.lastIndexOf(u'/');
    appendJsonString(out, slash < 0 ? r.publicId : r.publicId.mid(slash + 1));
    const QString url = secureUrl(r);
    out += ",\"url\":";
    appendJsonString(out, url.startsWith(u"https://"_s) ? u"http://"_s + url.mid(8) : url);
    out += ",\"secure_url\":";
    appendJsonString(out, url);
    out += '}';
}

} // namespace Orphanscope::Sandbox
