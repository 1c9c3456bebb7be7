#include "referencereader.h"

#include "cloudinaryfield.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"orphanscope-references-%1"_s.arg(++counter);
}

QString describeError(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return text.section(u'\n', 0, 0);
}

bool isTextColumn(const QSqlField &field)
{
    const int id = field.metaType().id();
    return id == QMetaType::QString || id == QMetaType::QByteArray || id == QMetaType::UnknownType;
}

// Removes the named connection once every handle to it is gone.
struct ConnectionGuard
{
    QString name;
    ~ConnectionGuard() { QSqlDatabase::removeDatabase(name); }
};

} // namespace

ReferenceReader::ReferenceReader(DatabaseConfig config, QList<ReferenceSpec> specs)
    : m_config(std::move(config))
    , m_specs(std::move(specs))
{
}

bool ReferenceReader::open(QSqlDatabase &db, QString *error) const
{
    if (!QSqlDatabase::isDriverAvailable(m_config.driverName())) {
        *error = u"The Qt %1 database driver is not installed (Debian: %2)"_s.arg(
            m_config.driverName(),
            m_config.kind == DatabaseConfig::Kind::Postgres ? u"libqt6sql6-psql"_s : u"libqt6sql6-sqlite"_s);
        return false;
    }
    db.setDatabaseName(m_config.name);
    if (m_config.kind == DatabaseConfig::Kind::Sqlite) {
        if (!QFileInfo::exists(m_config.name)) {
            *error = u"The SQLite database %1 does not exist; check DATABASE_URL (sqlite:////absolute/path)"_s.arg(m_config.name);
            return false;
        }
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_config.statementTimeoutSeconds * 1000));
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        // The session is read-only and time-limited from its first statement on.
        QString options = u"connect_timeout=%1;application_name=orphanscope;options='-c default_transaction_read_only=on -c statement_timeout=%2'"_s
                              .arg(m_config.connectTimeoutSeconds)
                              .arg(qint64(m_config.statementTimeoutSeconds) * 1000);
        if (!m_config.sslMode.isEmpty())
            options += u";sslmode="_s + m_config.sslMode;
        db.setConnectOptions(options);
    }
    if (!db.open()) {
        *error = u"Could not open the database (%1): %2"_s.arg(m_config.describe(), describeError(db.lastError()));
        return false;
    }
    if (m_config.kind == DatabaseConfig::Kind::Postgres) {
        QSqlQuery check(db);
        if (!check.exec(u"SHOW default_transaction_read_only"_s) || !check.next() || check.value(0).toString() != u"on"_s) {
            *error = u"Could not make the database session read-only; refusing to go on"_s;
            return false;
        }
    } else {
        QSqlQuery(u"PRAGMA query_only = ON"_s, db);
    }
    return true;
}

bool ReferenceReader::checkColumns(QSqlDatabase &db, QString *error) const
{
    const QStringList tables = db.tables(QSql::Tables) + db.tables(QSql::Views);
    for (const ReferenceSpec &spec : m_specs) {
        if (!tables.contains(spec.table)) {
            *error = u"The reference table \"%1\" does not exist in %2; check --reference (TABLE.COLUMN:TYPE)"_s.arg(spec.table, m_config.describe());
            return false;
        }
        const QSqlRecord record = db.record(spec.table);
        const int index = record.indexOf(spec.column);
        if (index < 0) {
            QStringList columns;
            for (int i = 0; i < record.count(); ++i)
                columns.append(record.fieldName(i));
            *error = u"The reference column \"%1\" does not exist in table \"%2\" (it has: %3)"_s.arg(spec.column, spec.table, columns.join(u", "_s));
            return false;
        }
        if (!isTextColumn(record.field(index))) {
            *error = u"The reference column %1.%2 holds %3, not text; CloudinaryField values are stored as varchar"_s.arg(
                spec.table, spec.column, QString::fromLatin1(record.field(index).metaType().name()));
            return false;
        }
    }
    return true;
}

bool ReferenceReader::check(QString *error) const
{
    const ConnectionGuard guard{uniqueConnectionName()};
    QSqlDatabase db = QSqlDatabase::addDatabase(m_config.driverName(), guard.name);
    const bool ok = open(db, error) && checkColumns(db, error);
    db.close();
    db = QSqlDatabase();
    return ok;
}

ReferenceReadResult ReferenceReader::read(const std::atomic_bool &cancel, std::atomic<qint64> *rowsRead,
                                          const WarningSink &warn) const
{
    QElapsedTimer timer;
    timer.start();
    ReferenceReadResult result;
    const ConnectionGuard guard{uniqueConnectionName()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_config.driverName(), guard.name);
        bool ok = open(db, &result.error) && checkColumns(db, &result.error);
        if (ok && m_config.kind == DatabaseConfig::Kind::Postgres) {
            // One snapshot for every table, so rows moving between tables are not missed.
            QSqlQuery begin(db);
            ok = begin.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
            if (!ok)
                result.error = u"Could not start a read-only transaction: %1"_s.arg(describeError(begin.lastError()));
        }
        QList<QString> tables;
        for (const ReferenceSpec &spec : m_specs) {
            if (!tables.contains(spec.table))
                tables.append(spec.table);
        }
        for (const QString &table : tables) {
            if (!ok)
                break;
            QList<ReferenceSpec> specs;
            for (const ReferenceSpec &spec : m_specs) {
                if (spec.table == table)
                    specs.append(spec);
            }
            ok = readTable(db, table, specs, cancel, rowsRead, warn, result);
        }
        if (ok && m_config.kind == DatabaseConfig::Kind::Postgres)
            QSqlQuery(u"ROLLBACK"_s, db);
        db.close();
        result.ok = ok;
    }
    if (result.ok) {
        result.summary.complete = true;
        if (result.summary.unparseable > MaxDetailedWarnings)
            warn(u"…and %1 more values without a public id (%2 in all)"_s.arg(result.summary.unparseable - MaxDetailedWarnings).arg(result.summary.unparseable));
    } else {
        result.references = {};
    }
    result.summary.elapsedMs = timer.elapsed();
    return result;
}

bool ReferenceReader::readTable(QSqlDatabase &db, const QString &table, const QList<ReferenceSpec> &specs,
                                const std::atomic_bool &cancel, std::atomic<qint64> *rowsRead,
                                const WarningSink &warn, ReferenceReadResult &result) const
{
    QSqlDriver *driver = db.driver();
    const QSqlRecord record = db.record(table);
    const bool hasId = record.contains(u"id"_s);
    const bool hasDeletedAt = record.contains(u"deleted_at"_s);
    QStringList columns;
    for (const ReferenceSpec &spec : specs)
        columns.append(driver->escapeIdentifier(spec.column, QSqlDriver::FieldName));
    const int idIndex = hasId ? int(columns.size()) : -1;
    if (hasId)
        columns.append(driver->escapeIdentifier(u"id"_s, QSqlDriver::FieldName));
    const int deletedIndex = hasDeletedAt ? int(columns.size()) : -1;
    if (hasDeletedAt)
        columns.append(driver->escapeIdentifier(u"deleted_at"_s, QSqlDriver::FieldName));

    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), driver->escapeIdentifier(table, QSqlDriver::TableName));
    if (!query.exec(sql)) {
        result.error = u"Reading %1 failed: %2"_s.arg(table, describeError(query.lastError()));
        return false;
    }
    TableSummary summary{table, 0, hasDeletedAt ? 0 : -1};
    while (query.next()) {
        ++summary.rows;
        if ((summary.rows & 0x3ff) == 0) {
            rowsRead->fetch_add(1024, std::memory_order_relaxed);
            if (cancel.load(std::memory_order_relaxed)) {
                result.error = u"The database read was cancelled"_s;
                return false;
            }
        }
        if (hasDeletedAt && !query.isNull(deletedIndex))
            ++summary.softDeleted;
        for (int i = 0; i < specs.size(); ++i) {
            if (query.isNull(i))
                continue;
            const QString value = query.value(i).toString();
            if (value.isEmpty())
                continue;
            ++result.summary.values;
            const auto parsed = parseCloudinaryField(value, specs.at(i).type);
            if (!parsed) {
                if (++result.summary.unparseable <= MaxDetailedWarnings) {
                    const QString row = hasId ? u"row %1"_s.arg(query.value(idIndex).toString()) : u"row #%1"_s.arg(summary.rows);
                    warn(u"Could not extract a public_id from %1.%2 in %3: \"%4\""_s.arg(table, specs.at(i).column, row, value.left(80)));
                }
                continue;
            }
            if (parsed->resourceType == ResourceType::Raw && !parsed->format.isEmpty()) {
                // A raw file's public id keeps its extension (docs/a.pdf): both readings match.
                const QString withExtension = parsed->publicId + u'.' + parsed->format;
                const bool newWithExtension = result.references.add(ResourceType::Raw, withExtension);
                const bool newBare = result.references.add(ResourceType::Raw, parsed->publicId);
                if (newWithExtension || newBare)
                    ++result.summary.distinct;
            } else if (result.references.add(parsed->resourceType, parsed->publicId)) {
                ++result.summary.distinct;
            }
        }
    }
    rowsRead->fetch_add(summary.rows & 0x3ff, std::memory_order_relaxed);
    // A stream that ends in an error (connection lost, statement timeout) is not a complete read.
    if (query.lastError().isValid()) {
        result.error = u"Reading %1 stopped after %2 rows: %3"_s.arg(table).arg(summary.rows).arg(describeError(query.lastError()));
        return false;
    }
    result.summary.tables.append(summary);
    return true;
}

} // namespace Orphanscope
