#include "scan/inventory.h"

#include "database/readonlyconnection.h"
#include "util/stringpool.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>


using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

constexpr int SchemaVersion = 2;

QString failure(const QString &what, const QSqlError &error)
{
    return u"%1: %2"_s.arg(what, ReadOnlyConnection::describe(error));
}

} // namespace

Inventory::Inventory(QString path)
    : m_path(std::move(path))
    , m_file(u"inventory"_s)
{
}

Inventory::~Inventory()
{
    rollback(); // the connection closes with m_file
}

QString Inventory::defaultPath(const QString &cloudName)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + u"/orphanscope/inventory/"_s + cloudName + u".sqlite3"_s;
}

bool Inventory::exec(const QString &statement, QString *error)
{
    QSqlQuery query(m_file.db());
    if (query.exec(statement))
        return true;
    *error = failure(u"The inventory %1 could not be updated"_s.arg(m_path), query.lastError());
    return false;
}

bool Inventory::run(QSqlQuery &query, bool batch, QString *error)
{
    if (batch ? query.execBatch() : query.exec())
        return true;
    *error = failure(u"The inventory %1 could not be updated"_s.arg(m_path), query.lastError());
    return false;
}

bool Inventory::open(const QString &accountKey, bool *reset, QString *error)
{
    *reset = false;
    if (!m_file.open(m_path, u"the inventory %1"_s, error))
        return false;
    // And a 64 MB page cache: a scan reads every stored file of a type once.
    if (!m_file.tuneForListing(error) || !exec(u"PRAGMA cache_size=-65536"_s, error))
        return false;
    // One scan at a time changes the inventory (the scan holds its lock file); a writer that
    // holds the file all the same is waited for two seconds, then named.
    if (!beginUpdate(error))
        return false;

    if (!exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s, error))
        return false;
    QSqlQuery meta(m_file.db());
    meta.exec(u"SELECT key, value FROM meta"_s);
    QString storedKey;
    int storedVersion = 0;
    while (meta.next()) {
        if (meta.value(0).toString() == u"account"_s)
            storedKey = meta.value(1).toString();
        else if (meta.value(0).toString() == u"schema"_s)
            storedVersion = meta.value(1).toInt();
    }
    // A file written by another version is rebuilt, not migrated: the next scan lists everything.
    if (storedVersion != SchemaVersion && (!exec(u"DROP TABLE IF EXISTS files"_s, error) || !exec(u"DROP TABLE IF EXISTS coverage"_s, error)))
        return false;
    const bool schemaOk =
        exec(u"CREATE TABLE IF NOT EXISTS coverage (type INTEGER PRIMARY KEY, covered_from INTEGER, covered_until INTEGER NOT NULL,"
             " orphans INTEGER NOT NULL)"_s, error)
        && exec(u"CREATE TABLE IF NOT EXISTS files (type INTEGER NOT NULL, public_id TEXT NOT NULL, format TEXT, folder TEXT,"
                " secure_url TEXT, bytes INTEGER, created_at INTEGER, version INTEGER, width INTEGER, height INTEGER,"
                " PRIMARY KEY (type, public_id)) WITHOUT ROWID"_s, error)
        && exec(u"CREATE INDEX IF NOT EXISTS files_by_time ON files (type, created_at)"_s, error);
    if (!schemaOk)
        return false;
    if (storedKey == accountKey && storedVersion == SchemaVersion) {
        if (!exec(u"COMMIT"_s, error))
            return false;
        m_inTransaction = false;
        return true;
    }
    *reset = !storedKey.isEmpty() && storedKey != accountKey;
    QSqlQuery write(m_file.db());
    write.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?), (?, ?)"_s);
    write.addBindValue(u"account"_s);
    write.addBindValue(accountKey);
    write.addBindValue(u"schema"_s);
    write.addBindValue(QString::number(SchemaVersion));
    if (!exec(u"DELETE FROM files"_s, error) || !exec(u"DELETE FROM coverage"_s, error) || !run(write, false, error)
        || !exec(u"COMMIT"_s, error))
        return false;
    m_inTransaction = false;
    return true;
}

bool Inventory::beginUpdate(QString *error)
{
    QSqlQuery begin(m_file.db());
    if (!begin.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = u"The inventory %1 is in use by another scan; try again when it has finished"_s.arg(m_path);
        return false;
    }
    m_inTransaction = true;
    return true;
}

std::optional<InventoryCoverage> Inventory::coverage(ResourceType type) const
{
    QSqlQuery query(m_file.db());
    query.prepare(u"SELECT covered_from, covered_until, orphans FROM coverage WHERE type = ?"_s);
    query.addBindValue(int(indexOf(type)));
    if (!query.exec() || !query.next())
        return std::nullopt;
    InventoryCoverage coverage;
    if (!query.value(0).isNull())
        coverage.fromMSecs = query.value(0).toLongLong();
    coverage.untilMSecs = query.value(1).toLongLong();
    coverage.orphans = query.value(2).toLongLong();
    return coverage;
}

qint64 Inventory::count(ResourceType type, std::optional<qint64> fromMSecs) const
{
    QSqlQuery query(m_file.db());
    query.prepare(u"SELECT count(*) FROM files WHERE type = ? AND created_at >= ?"_s);
    query.addBindValue(int(indexOf(type)));
    query.addBindValue(fromMSecs.value_or(std::numeric_limits<qint64>::min()));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool Inventory::clear(ResourceType type, QString *error)
{
    QSqlQuery query(m_file.db());
    query.prepare(u"DELETE FROM files WHERE type = ?"_s);
    query.addBindValue(int(indexOf(type)));
    return run(query, false, error);
}

bool Inventory::store(const ResourceList &resources, QString *error)
{
    if (resources.isEmpty())
        return true;
    // Column-wise batch binding: one prepared statement run over the whole page.
    QVariantList types, ids, formats, folders, urls, bytes, created, versions, widths, heights;
    for (const CloudinaryResource &r : resources) {
        types << int(indexOf(r.type));
        ids << r.publicId;
        formats << r.format;
        folders << r.folder;
        urls << r.secureUrl;
        bytes << r.bytes;
        created << r.createdAtMSecs;
        versions << r.version;
        widths << r.width;
        heights << r.height;
    }
    QSqlQuery query(m_file.db());
    query.prepare(u"INSERT OR REPLACE INTO files (type, public_id, format, folder, secure_url, bytes, created_at, version, width, height)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariantList *column : {&types, &ids, &formats, &folders, &urls, &bytes, &created, &versions, &widths, &heights})
        query.addBindValue(*column);
    return run(query, true, error);
}

bool Inventory::remove(const ResourceList &resources, QString *error)
{
    if (resources.isEmpty())
        return true;
    QVariantList types, ids;
    for (const CloudinaryResource &r : resources) {
        types << int(indexOf(r.type));
        ids << r.publicId;
    }
    QSqlQuery query(m_file.db());
    query.prepare(u"DELETE FROM files WHERE type = ? AND public_id = ?"_s);
    query.addBindValue(types);
    query.addBindValue(ids);
    return run(query, true, error);
}

bool Inventory::read(ResourceType type, std::optional<qint64> fromMSecs, StringPool &pool, int batchSize,
                     const std::function<void(const ResourceList &)> &consume, QString *error) const
{
    QSqlQuery query(m_file.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT public_id, format, folder, secure_url, bytes, created_at, version, width, height"
                  " FROM files WHERE type = ? AND created_at >= ?"_s); // in key order: one pass over the table
    query.addBindValue(int(indexOf(type)));
    query.addBindValue(fromMSecs.value_or(std::numeric_limits<qint64>::min()));
    if (!query.exec()) {
        *error = failure(u"The inventory %1 could not be read"_s.arg(m_path), query.lastError());
        return false;
    }
    ResourceList batch;
    batch.reserve(batchSize);
    while (query.next()) {
        CloudinaryResource r;
        r.type = type;
        r.publicId = query.value(0).toString();
        r.format = pool.intern(query.value(1).toString());
        r.folder = pool.intern(query.value(2).toString());
        r.secureUrl = query.value(3).toString();
        r.bytes = query.value(4).toLongLong();
        r.createdAtMSecs = query.value(5).toLongLong();
        r.version = query.value(6).toLongLong();
        r.width = query.value(7).toInt();
        r.height = query.value(8).toInt();
        batch.append(std::move(r));
        if (batch.size() == batchSize) {
            consume(batch);
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        consume(batch);
    return true;
}

bool Inventory::commit(const std::array<std::optional<InventoryCoverage>, 3> &coverage, QString *error)
{
    for (ResourceType type : AllResourceTypes) {
        const auto &covered = coverage[indexOf(type)];
        if (!covered)
            continue;
        QSqlQuery query(m_file.db());
        query.prepare(u"INSERT OR REPLACE INTO coverage (type, covered_from, covered_until, orphans) VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(int(indexOf(type)));
        query.addBindValue(covered->fromMSecs ? QVariant(*covered->fromMSecs) : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(covered->untilMSecs);
        query.addBindValue(covered->orphans);
        if (!run(query, false, error))
            return false;
    }
    if (!exec(u"COMMIT"_s, error))
        return false;
    m_inTransaction = false;
    return true;
}

void Inventory::rollback()
{
    if (!m_inTransaction)
        return;
    QSqlQuery(m_file.db()).exec(u"ROLLBACK"_s);
    m_inTransaction = false;
}

} // namespace Orphanscope
