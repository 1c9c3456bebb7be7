#include "database/referencereader.h"

#include "database/cloudinaryfield.h"
#include "database/deliveryurlscanner.h"
#include "database/prefetchingadder.h"
#include "database/readonlyconnection.h"
#include "database/referencediscovery.h"
#include "database/referencerows.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <charconv>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

bool isTextColumn(const QSqlField &field)
{
    const int id = field.metaType().id();
    return id == QMetaType::QString || id == QMetaType::QByteArray || id == QMetaType::UnknownType;
}

bool isIntegerColumn(const QSqlField &field)
{
    const int id = field.metaType().id();
    return id == QMetaType::Int || id == QMetaType::UInt || id == QMetaType::LongLong || id == QMetaType::ULongLong;
}

// Logs the value's row by its id; false (and the table dropped from the log) for a row whose id
// is no integer (SQLite keeps what it is given).
bool logRow(ReferenceRowLog &log, quint32 hash, ReferenceRows &rows, int idIndex)
{
    qint64 id = 0;
    const std::string_view text = rows.isNull(idIndex) ? std::string_view() : rows.text(idIndex);
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
        log.dropTable();
        return false;
    }
    log.add(hash, id);
    return true;
}

} // namespace

ReferenceReader::ReferenceReader(DatabaseConfig config, QList<ReferenceSpec> specs, DeliveryUrlScanner::Options urls)
    : m_config(std::move(config))
    , m_specs(std::move(specs))
    , m_urls(urls)
{
}

bool ReferenceReader::checkColumns(QSqlDatabase &db, QList<ReferenceSpec> *specs, QStringList *absentTables, QString *error) const
{
    const QStringList tables = db.tables(QSql::Tables) + db.tables(QSql::Views);
    for (const ReferenceSpec &spec : m_specs) {
        if (!tables.contains(spec.table) && m_skipAbsentTables) {
            if (absentTables && !absentTables->contains(spec.table))
                absentTables->append(spec.table);
            continue;
        }
        if (!tables.contains(spec.table)) {
            *error = u"The reference table \"%1\" does not exist in %2; check --reference (TABLE.COLUMN:TYPE)"_s.arg(spec.table, m_config.describe());
            return false;
        }
        const QSqlRecord record = db.record(spec.table);
        if (record.isEmpty()) { // a view whose definition fails to run, say
            *error = u"Could not read the columns of \"%1\": %2"_s.arg(spec.table, ReadOnlyConnection::describe(db.lastError()));
            return false;
        }
        const int index = record.indexOf(spec.column);
        if (index < 0) {
            QStringList columns;
            for (int i = 0; i < record.count(); ++i)
                columns.append(record.fieldName(i));
            *error = u"The reference column \"%1\" does not exist in table \"%2\" (it has: %3)"_s.arg(spec.column, spec.table, columns.join(u", "_s));
            return false;
        }
        if (!isTextColumn(record.field(index))) {
            *error = u"The reference column %1.%2 holds %3, not text; CloudinaryField values and URLs are stored as text"_s.arg(
                spec.table, spec.column, QString::fromLatin1(record.field(index).metaType().name()));
            return false;
        }
        if (specs)
            specs->append(spec);
    }
    return true;
}

bool ReferenceReader::check(QString *error, QStringList *absentTables) const
{
    ReadOnlyConnection connection(m_config);
    return connection.open(error) && checkColumns(connection.database(), nullptr, absentTables, error);
}

ReferenceReadResult ReferenceReader::read(const std::atomic_bool &cancel, std::atomic<qint64> *rowsRead,
                                          const WarningSink &warn) const
{
    QElapsedTimer timer;
    timer.start();
    ReferenceReadResult result;
    readAll(result, cancel, rowsRead, warn, nullptr);
    if (result.ok) {
        result.summary.complete = true;
        if (result.summary.unparseable > MaxDetailedWarnings)
            warn(u"…and %1 more values without a public id (%2 in all)"_s.arg(result.summary.unparseable - MaxDetailedWarnings).arg(result.summary.unparseable));
    } else {
        result.references = {};
        result.rowLogs.clear();
    }
    result.summary.elapsedMs = timer.elapsed();
    return result;
}

std::optional<QList<BrokenReference>> ReferenceReader::locate(const ReferenceSet &unmatched, const ReferenceRowLog *log,
                                                              const std::atomic_bool &cancel, QString *error,
                                                              ReadOnlyConnection *connection) const
{
    ReferenceReadResult result;
    Pass pass{&unmatched, {}, {}, log, {}};
    for (ResourceType type : AllResourceTypes) {
        for (const QByteArray &id : unmatched.ids(type)) {
            if (unmatched.size() <= MaxFilteredIds)
                pass.fragments.append(QString::fromUtf8(id));
            pass.hashes.insert(ReferenceRowLog::hashOf(type, {id.constData(), size_t(id.size())}));
        }
    }
    readAll(result, cancel, nullptr, [](const QString &) {}, &pass, connection); // the first pass warned already
    if (!result.ok) {
        *error = u"Looking for broken references: %1"_s.arg(result.error);
        return std::nullopt;
    }
    return pass.broken;
}

bool ReferenceReader::prepare(ReadOnlyConnection &connection, QString *error) const
{
    return connection.ensureOpen(error) && checkColumns(connection.database(), nullptr, nullptr, error);
}

bool ReferenceReader::readAll(ReferenceReadResult &result, const std::atomic_bool &cancel, std::atomic<qint64> *rowsRead,
                              const WarningSink &warn, Pass *pass, ReadOnlyConnection *given) const
{
    if (!pass)
        result.rowLogs.resize(1);
    {
        std::optional<ReadOnlyConnection> own;
        ReadOnlyConnection &connection = given ? *given : own.emplace(m_config);
        QSqlDatabase &db = connection.database();
        QList<ReferenceSpec> present;
        bool ok = connection.ensureOpen(&result.error) && checkColumns(db, &present, &result.absentTables, &result.error);
        if (ok && m_addAllTextColumns && !pass) {
            for (const ReferenceSpec &column : ReferenceDiscovery::textColumns(db)) {
                if (!column.isNamedIn(present))
                    present.append(column);
            }
        }
        for (const ReferenceSpec &spec : std::as_const(present)) {
            if (!pass || !spec.isText())
                result.summary.columns.append(spec.toString());
        }
        // One snapshot for every table, so rows moving between tables are not missed.
        ok = ok && connection.beginSnapshot(&result.error);
        const bool inSnapshot = ok;
        // Locating broken references needs the CloudinaryField columns only: an unmatched URL
        // candidate is no broken reference.
        QList<ReferenceSpec> wanted;
        for (const ReferenceSpec &spec : std::as_const(present)) {
            if (!pass || !spec.isText())
                wanted.append(spec);
        }
        QList<QString> tables;
        for (const ReferenceSpec &spec : std::as_const(wanted)) {
            if (!tables.contains(spec.table))
                tables.append(spec.table);
        }
        if (ok && !pass)
            reserveReferences(db, wanted, result.references);
        for (const QString &table : tables) {
            if (!ok)
                break;
            QList<ReferenceSpec> specs;
            for (const ReferenceSpec &spec : std::as_const(wanted)) {
                if (spec.table == table)
                    specs.append(spec);
            }
            ok = readTable(db, table, specs, cancel, rowsRead, warn, result, pass);
        }
        if (inSnapshot) // also after a failure: a connection given stays open for another read
            connection.endSnapshot();
        result.ok = ok;
    }
    return result.ok;
}

// Grows each type's table once, to the values its columns are estimated to hold: a table grown
// per database table would be rehashed, and the old and the new table both held for a moment,
// when a second table of the same type came.
void ReferenceReader::reserveReferences(QSqlDatabase &db, const QList<ReferenceSpec> &specs, ReferenceSet &references)
{
    std::array<qint64, AllResourceTypes.size()> expected{};
    for (const ReferenceSpec &spec : specs) {
        if (spec.isText())
            continue;
        if (const qint64 estimate = ReferenceRows::estimatedValues(db, spec.table, spec.column); estimate > 0)
            expected[indexOf(spec.type)] += estimate;
    }
    for (ResourceType type : AllResourceTypes)
        references.reserve(type, expected[indexOf(type)]);
}

// `id IN (…)`: the rows a row log names.
QString ReferenceReader::idFilter(QSqlDriver *driver, const QList<qint64> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list.append(QString::number(id));
    return u"%1 IN (%2)"_s.arg(driver->escapeIdentifier(u"id"_s, QSqlDriver::FieldName), list.join(u','));
}

// `column LIKE '%id%' ESCAPE '!'` for every unmatched id and column, joined by OR; the ids go
// through the driver's own literal quoting, with LIKE's wildcards escaped.
QString ReferenceReader::rowFilter(QSqlDriver *driver, const QList<ReferenceSpec> &specs, const Pass &pass) const
{
    QStringList conditions;
    for (const ReferenceSpec &spec : specs) {
        const QString column = driver->escapeIdentifier(spec.column, QSqlDriver::FieldName);
        for (QString fragment : pass.fragments) {
            fragment.replace(u'!', u"!!"_s).replace(u'%', u"!%"_s).replace(u'_', u"!_"_s);
            QSqlField literal(u"pattern"_s, QMetaType(QMetaType::QString));
            literal.setValue(QString(u'%' + fragment + u'%'));
            conditions.append(u"%1 LIKE %2 ESCAPE '!'"_s.arg(column, driver->formatValue(literal)));
        }
    }
    return conditions.join(u" OR "_s);
}

bool ReferenceReader::readTable(QSqlDatabase &db, const QString &table, const QList<ReferenceSpec> &specs,
                                const std::atomic_bool &cancel, std::atomic<qint64> *rowsRead,
                                const WarningSink &warn, ReferenceReadResult &result, Pass *pass) const
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
        // Only whether it is set: a time written out as text for every row was a seventh of
        // PostgreSQL's COPY.
        columns.append(u"NULLIF(%1 IS NOT NULL, false)"_s.arg(driver->escapeIdentifier(u"deleted_at"_s, QSqlDriver::FieldName)));

    QString sql = u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), driver->escapeIdentifier(table, QSqlDriver::TableName));
    std::optional<QList<qint64>> logged;
    if (pass && pass->log && hasId)
        logged = pass->log->candidates(table, pass->hashes);
    if (logged && logged->isEmpty())
        return true; // no row of it holds an unmatched reference
    if (logged && logged->size() <= MaxRowsById)
        sql += u" WHERE "_s + idFilter(driver, *logged);
    else if (pass && !pass->fragments.isEmpty())
        sql += u" WHERE "_s + rowFilter(driver, specs, *pass);
    // Where each CloudinaryField value is, when the table has an integer id (ReferenceRowLog);
    // sized before the rows stream (PostgreSQL's COPY holds the connection until its end).
    ReferenceRowLog *log = nullptr;
    if (!pass && hasId && isIntegerColumn(record.field(u"id"_s))
        && std::any_of(specs.cbegin(), specs.cend(), [](const ReferenceSpec &spec) { return !spec.isText(); })) {
        log = &result.rowLogs.back();
        log->beginTable(table, ReferenceRows::estimatedRows(db, table) * specs.size());
    }
    QString error;
    const std::unique_ptr<ReferenceRows> rows = ReferenceRows::open(db, sql, &error);
    if (!rows) {
        result.error = u"Reading %1 failed: %2"_s.arg(table, error);
        return false;
    }
    TableSummary summary{table, 0, hasDeletedAt ? 0 : -1};
    std::string qualified; // a raw file's id with its extension
    PrefetchingAdder adder(result.references);
    while (rows->next()) {
        ++summary.rows;
        if ((summary.rows & 0x3ff) == 0) {
            if (rowsRead)
                rowsRead->fetch_add(1024, std::memory_order_relaxed);
            if (cancel.load(std::memory_order_relaxed)) {
                result.error = u"The database read was cancelled"_s;
                return false;
            }
        }
        if (hasDeletedAt && !rows->isNull(deletedIndex))
            ++summary.softDeleted;
        for (int i = 0; i < specs.size(); ++i) {
            if (rows->isNull(i))
                continue;
            const std::string_view value = rows->text(i);
            if (value.empty())
                continue;
            ++result.summary.values;
            const ReferenceSpec &spec = specs.at(i);
            if (spec.isText()) {
                ++result.summary.textValues;
                result.summary.distinct += adder.flush(); // in the order of the rows, as ever
                result.summary.textReferences += m_urls.scan(value, [&result](ResourceType type, std::string_view id) {
                    result.references.addCandidate(type, id);
                });
                continue;
            }
            const auto parsed = parseCloudinaryFieldUtf8(value, spec.type);
            if (!parsed) {
                if (++result.summary.unparseable <= MaxDetailedWarnings) {
                    const QString row = hasId ? u"row %1"_s.arg(rows->string(idIndex)) : u"row #%1"_s.arg(summary.rows);
                    warn(u"Could not extract a public_id from %1.%2 in %3: \"%4\""_s.arg(table, spec.column, row, ReferenceRows::fromUtf8(value).left(80)));
                }
                continue;
            }
            const ResourceType type = parsed->resourceType;
            const bool rawWithFormat = type == ResourceType::Raw && !parsed->format.empty();
            if (rawWithFormat) // a raw file's public id keeps its extension (docs/a.pdf): both readings count
                qualified.assign(parsed->publicId).append(1, '.').append(parsed->format);
            if (pass) {
                // Unmatched under every reading.
                const ReferenceSet &unmatched = *pass->unmatched;
                const bool broken = unmatched.contains(type, parsed->publicId) && (!rawWithFormat || unmatched.contains(type, qualified));
                if (broken) {
                    const QString row = hasId ? rows->string(idIndex) : u"#%1"_s.arg(summary.rows);
                    pass->broken.append({table, spec.column, row, type, ReferenceRows::fromUtf8(rawWithFormat ? qualified : parsed->publicId),
                                         ReferenceRows::fromUtf8(value)});
                }
                continue;
            }
            if (rawWithFormat) {
                result.summary.distinct += adder.flush();
                const bool newWithExtension = result.references.add(ResourceType::Raw, std::string_view(qualified));
                const bool newBare = result.references.add(ResourceType::Raw, parsed->publicId);
                if (newWithExtension || newBare)
                    ++result.summary.distinct;
            } else {
                adder.add(type, parsed->publicId);
            }
            if (log && !logRow(*log, ReferenceRowLog::hashOf(type, parsed->publicId), *rows, idIndex))
                log = nullptr;
        }
    }
    result.summary.distinct += adder.flush();
    if (rowsRead)
        rowsRead->fetch_add(summary.rows & 0x3ff, std::memory_order_relaxed);
    // A stream that ends in an error (connection lost, statement timeout) is not a complete read.
    if (const QString failure = rows->error(); !failure.isEmpty()) {
        result.error = u"Reading %1 stopped after %2 rows: %3"_s.arg(table).arg(summary.rows).arg(failure);
        return false;
    }
    result.summary.tables.append(summary);
    return true;
}

} // namespace Orphanscope
