#include "sandboxdatabase.h"

#include "postgrescopy.h"
#include "sandboxtextbodies.h"
#include "report/reportwriter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Sandbox {

namespace {

struct PromptRow
{
    QVariant image;
    QVariant video;
    bool deleted = false;
};

// One of the stored forms, picked at random; a bare id only where it cannot be misread.
QString storedValue(const CloudinaryResource &r, QRandomGenerator &random, bool forceFull)
{
    const QString type = resourceTypeName(r.type);
    const QString withFormat = r.format.isEmpty() ? r.publicId : r.publicId + u'.' + r.format;
    const int form = forceFull ? 0 : random.bounded(5);
    switch (form) {
    case 1:
        return u"v%1/%2"_s.arg(r.version).arg(withFormat);
    case 2:
        return withFormat;
    case 3:
        if (!r.publicId.contains(u'.') && !r.format.isEmpty())
            return r.publicId;
        break;
    case 4:
        return u"%1/upload/%2"_s.arg(type, withFormat);
    default:
        break;
    }
    return u"%1/upload/v%2/%3"_s.arg(type).arg(r.version).arg(withFormat);
}

QVariant noValue(QRandomGenerator &random)
{
    return random.bounded(2) == 0 ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString());
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = u"%1: %2"_s.arg(sql.left(60), query.lastError().text());
        return false;
    }
    return true;
}

bool insertRows(QSqlDatabase &db, const QString &table, const QStringList &columns, const QList<QVariantList> &rows, QString *error)
{
    QSqlQuery insert(db);
    QStringList placeholders(columns.size(), u"?"_s);
    if (!insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), placeholders.join(u", "_s)))) {
        *error = insert.lastError().text();
        return false;
    }
    for (const QVariantList &row : rows) {
        for (const QVariant &value : row)
            insert.addBindValue(value);
        if (!insert.exec()) {
            *error = u"Writing %1 failed: %2"_s.arg(table, insert.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace

bool SandboxDatabaseWriter::write(const SandboxAccount &account, const DatabaseConfig &config, quint32 seed, int tables, QString *error)
{
    QRandomGenerator random(seed ^ 0x5eed);
    QList<PromptRow> prompts;
    QStringList attachments;
    const auto &images = account.files(ResourceType::Image);
    const auto &videos = account.files(ResourceType::Video);
    qsizetype nextImage = 0;
    qsizetype nextVideo = 0;
    auto nextReferenced = [](const std::vector<SandboxFile> &files, qsizetype &index) -> const SandboxFile * {
        while (index < qsizetype(files.size()) && (files[size_t(index)].orphan || files[size_t(index)].textOnly))
            ++index;
        return index < qsizetype(files.size()) ? &files[size_t(index++)] : nullptr;
    };
    for (;;) {
        const SandboxFile *image = nextReferenced(images, nextImage);
        const SandboxFile *video = nextReferenced(videos, nextVideo);
        if (!image && !video)
            break;
        PromptRow row;
        row.image = image ? QVariant(storedValue(image->resource, random, false)) : noValue(random);
        if (video && random.bounded(17) == 0) {
            // A video referenced from the image column: the full form's type prefix wins.
            prompts.append({QVariant(storedValue(video->resource, random, true)), noValue(random), false});
            video = nextReferenced(videos, nextVideo);
        }
        row.video = video ? QVariant(storedValue(video->resource, random, false)) : noValue(random);
        row.deleted = random.bounded(10) == 0; // soft-deleted rows still reference their files
        prompts.append(row);
    }
    for (const SandboxFile &file : account.files(ResourceType::Raw)) {
        if (!file.orphan && !file.textOnly)
            attachments.append(random.bounded(2) ? u"raw/upload/v%1/%2"_s.arg(file.resource.version).arg(file.resource.publicId)
                                                 : file.resource.publicId);
    }
    prompts.append({QVariant(u"image/upload/v1700000000/deleted/long_gone.jpg"_s), QVariant(u"video/upload/v1/deleted/gone.mp4"_s), false});
    prompts.append({QVariant(u"image/upload/v1700000000/"_s), noValue(random), false}); // no public id
    prompts.append({noValue(random), noValue(random), true});
    std::shuffle(prompts.begin(), prompts.end(), random);
    bool anyTextOnly = false;
    for (ResourceType type : AllResourceTypes)
        anyTextOnly = anyTextOnly || std::any_of(account.files(type).cbegin(), account.files(type).cend(), [](const SandboxFile &f) { return f.textOnly; });
    QRandomGenerator textRandom(seed ^ 0x7e47);
    const QList<TextRow> posts = (tables & TextTables) && anyTextOnly ? TextBodies::generate(account, textRandom) : QList<TextRow>();

    const QString connection = u"sandbox-writer"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(config.driverName(), connection);
        db.setDatabaseName(config.name);
        if (config.kind == DatabaseConfig::Kind::Sqlite) {
            QFile::remove(config.name);
        } else {
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setUserName(config.user);
            db.setPassword(config.password);
        }
        if (!db.open()) {
            *error = u"Cannot open %1: %2"_s.arg(config.describe(), db.lastError().text());
        } else {
            const bool mysql = config.kind == DatabaseConfig::Kind::Mysql;
            const QString timestamp = config.kind == DatabaseConfig::Kind::Sqlite ? u"TEXT"_s : mysql ? u"DATETIME"_s : u"TIMESTAMP WITH TIME ZONE"_s;
            // PostgreSQL's json (and MariaDB's, a LONGTEXT) keep "\/" as written, as sites store it.
            const QString json = config.kind == DatabaseConfig::Kind::Sqlite ? u"TEXT"_s : u"JSON"_s;
            const QString charset = mysql ? u" DEFAULT CHARSET=utf8mb4"_s : QString();
            ok = exec(db, u"DROP TABLE IF EXISTS prompts_attachment"_s, error)
                 && exec(db, u"DROP TABLE IF EXISTS prompts_prompt"_s, error)
                 && exec(db, u"DROP TABLE IF EXISTS blog_post"_s, error);
            if (ok && (tables & FieldTables))
                ok = exec(db, u"CREATE TABLE prompts_prompt (id INTEGER PRIMARY KEY, title VARCHAR(200) NOT NULL, "
                              "featured_image VARCHAR(255) NULL, featured_video VARCHAR(255) NULL, deleted_at %1 NULL)%2"_s.arg(timestamp, charset), error)
                     && exec(db, u"CREATE TABLE prompts_attachment (id INTEGER PRIMARY KEY, file VARCHAR(255) NULL)%1"_s.arg(charset), error);
            if (ok && !posts.isEmpty())
                ok = exec(db, u"CREATE TABLE blog_post (id INTEGER PRIMARY KEY, title VARCHAR(200) NOT NULL, body TEXT NULL, blocks %1 NULL)%2"_s.arg(json, charset), error);
            ok = ok && db.transaction();
            QList<QVariantList> promptRows;
            promptRows.reserve(prompts.size());
            for (qsizetype i = 0; i < prompts.size(); ++i) {
                const PromptRow &row = prompts.at(i);
                promptRows.append({qint64(i + 1), u"Prompt %1"_s.arg(i + 1), row.image, row.video,
                                   row.deleted ? QVariant(mysql ? u"2024-06-01 00:00:00"_s : u"2024-06-01T00:00:00Z"_s) : QVariant(QMetaType(QMetaType::QString))});
            }
            QList<QVariantList> attachmentRows;
            for (qsizetype i = 0; i < attachments.size(); ++i)
                attachmentRows.append({qint64(i + 1), attachments.at(i)});
            const QStringList promptColumns{u"id"_s, u"title"_s, u"featured_image"_s, u"featured_video"_s, u"deleted_at"_s};
            const QStringList attachmentColumns{u"id"_s, u"file"_s};
            QList<QVariantList> postRows;
            for (qsizetype i = 0; i < posts.size(); ++i) {
                const TextRow &post = posts.at(i);
                const QVariant null{QMetaType(QMetaType::QString)};
                postRows.append({qint64(i + 1), post.title, post.body.isEmpty() ? null : QVariant(post.body),
                                 post.blocks.isEmpty() ? null : QVariant(post.blocks)});
            }
            const QStringList postColumns{u"id"_s, u"title"_s, u"body"_s, u"blocks"_s};
            const auto load = [&](const QString &table, const QStringList &columns, const QList<QVariantList> &rows) {
                return config.kind == DatabaseConfig::Kind::Postgres ? copyIntoPostgres(db, table, columns, rows, error)
                                                                     : insertRows(db, table, columns, rows, error);
            };
            if (tables & FieldTables)
                ok = ok && load(u"prompts_prompt"_s, promptColumns, promptRows) && load(u"prompts_attachment"_s, attachmentColumns, attachmentRows);
            if (!posts.isEmpty())
                ok = ok && load(u"blog_post"_s, postColumns, postRows);
            ok = ok && db.commit();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool SandboxDatabaseWriter::writeGroundTruth(const SandboxAccount &account, const QString &path, QString *error)
{
    ResourceList orphans;
    for (ResourceType type : AllResourceTypes) {
        for (const SandboxFile &file : account.files(type)) {
            if (file.orphan)
                orphans.append(account.described(file));
        }
    }
    return ReportWriter::writeCsv(path, orphans, error);
}

} // namespace Orphanscope::Sandbox
