#include "database/referencediscovery.h"

#include "database/readonlyconnection.h"
#include "database/referencedetector.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

ReferenceSpec DiscoveredColumn::spec() const
{
    return {table, column, type, verdict == Verdict::UrlsInText ? ReferenceSpec::Kind::Text : ReferenceSpec::Kind::CloudinaryField};
}

ReferenceDiscovery::ReferenceDiscovery(DatabaseConfig config, DeliveryUrlScanner::Options urls)
    : m_config(std::move(config))
    , m_urls(urls)
{
}

QList<ReferenceSpec> ReferenceDiscovery::textColumns(QSqlDatabase &db)
{
    QList<ReferenceSpec> columns;
    if (db.driverName() == u"QMYSQL"_s) {
        // Qt reports some text columns (JSON, binary collations) as bytes: ask the catalogue.
        QSqlQuery query(db);
        query.exec(u"SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                   "AND DATA_TYPE IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json') "
                   "ORDER BY TABLE_NAME, ORDINAL_POSITION"_s);
        while (query.next()) {
            const QString table = query.value(0).toString();
            const QString column = query.value(1).toString();
            if (ReferenceSpec::isValidIdentifier(table) && ReferenceSpec::isValidIdentifier(column))
                columns.append({table, column, ResourceType::Image, ReferenceSpec::Kind::Text});
        }
        return columns;
    }
    QStringList tables = db.tables(QSql::Tables);
    tables.sort();
    for (const QString &table : std::as_const(tables)) {
        if (!ReferenceSpec::isValidIdentifier(table))
            continue;
        const QSqlRecord record = db.record(table);
        for (int i = 0; i < record.count(); ++i) {
            const QSqlField field = record.field(i);
            if (field.metaType().id() == QMetaType::QString && ReferenceSpec::isValidIdentifier(field.name()))
                columns.append({table, field.name(), ResourceType::Image, ReferenceSpec::Kind::Text});
        }
    }
    return columns;
}

std::optional<QList<ReferenceSpec>> ReferenceDiscovery::textColumns(const DatabaseConfig &config, QString *error)
{
    ReadOnlyConnection connection(config);
    if (!connection.open(error))
        return std::nullopt;
    return textColumns(connection.database());
}

std::optional<QList<DiscoveredColumn>> ReferenceDiscovery::discover(const std::atomic_bool &cancel,
                                                                   const std::function<void(int, int)> &progress, QString *error) const
{
    ReadOnlyConnection connection(m_config);
    if (!connection.open(error))
        return std::nullopt;
    QSqlDatabase &db = connection.database();
    if (!connection.beginSnapshot(error))
        return std::nullopt;
    const QList<ReferenceSpec> columns = textColumns(db);
    QList<DiscoveredColumn> found;
    QSqlDriver *driver = db.driver();
    for (const ReferenceSpec &spec : columns) {
        if (cancel) {
            *error = u"Discovery was cancelled"_s;
            return std::nullopt;
        }
        const bool hasId = db.record(spec.table).contains(u"id"_s) && spec.column != u"id"_s;
        const QString column = driver->escapeIdentifier(spec.column, QSqlDriver::FieldName);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        const QString sql = u"SELECT %1%2 FROM %3"_s.arg(column, hasId ? u", "_s + driver->escapeIdentifier(u"id"_s, QSqlDriver::FieldName) : QString(),
                                                         driver->escapeIdentifier(spec.table, QSqlDriver::TableName));
        if (!query.exec(sql)) {
            *error = u"Reading %1.%2 failed: %3"_s.arg(spec.table, spec.column, ReadOnlyConnection::describe(query.lastError()));
            return std::nullopt;
        }
        DiscoveredColumn result;
        result.table = spec.table;
        result.column = spec.column;
        std::array<qint64, 3> votes{};
        QString firstFieldRow;
        QString firstUrlRow;
        qint64 position = 0;
        while (query.next()) {
            ++position;
            const QString value = query.value(0).toString();
            if (value.isEmpty())
                continue;
            ++result.values;
            const QString row = hasId ? query.value(1).toString() : u"#%1"_s.arg(position);
            // A whole URL is text to search, not a CloudinaryField value (a URLField, say).
            const bool singleToken = !value.contains(u' ') && !value.contains(u'\n') && value.size() <= 255
                                  && !value.contains(u"://"_s) && !value.startsWith(u"//"_s);
            if (const auto type = singleToken ? ReferenceDetector::classifyValue(value) : std::nullopt) {
                ++result.fieldValues;
                ++votes[indexOf(*type)];
                if (firstFieldRow.isEmpty())
                    firstFieldRow = row;
                continue;
            }
            const QByteArray utf8 = value.toUtf8();
            if (const int urls = m_urls.scan({utf8.constData(), size_t(utf8.size())}, [](ResourceType, std::string_view) {}); urls > 0) {
                ++result.urlValues;
                result.urls += urls;
                if (firstUrlRow.isEmpty())
                    firstUrlRow = row;
            }
        }
        if (query.lastError().isValid()) {
            *error = u"Reading %1.%2 stopped: %3"_s.arg(spec.table, spec.column, ReadOnlyConnection::describe(query.lastError()));
            return std::nullopt;
        }
        // Bare public ids cannot be told from other words, so a CloudinaryField column is one
        // whose values mostly have a type prefix, a version or a media extension.
        if (result.values > 0 && result.fieldValues * 10 >= result.values * 6) {
            result.verdict = DiscoveredColumn::Verdict::CloudinaryField;
            result.type = ResourceType(std::max_element(votes.begin(), votes.end()) - votes.begin());
            result.sampleRow = firstFieldRow;
        } else if (result.urlValues > 0) {
            result.verdict = DiscoveredColumn::Verdict::UrlsInText;
            result.sampleRow = firstUrlRow;
        }
        found.append(result);
        if (progress)
            progress(int(found.size()), int(columns.size()));
    }
    connection.endSnapshot();
    return found;
}

} // namespace Orphanscope
