#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <string_view>

namespace Orphanscope {

// The rows of one SELECT over reference columns, each value as UTF-8 bytes. PostgreSQL streams
// them with COPY (SELECT …) TO STDOUT on the Qt driver's own connection, inside its read-only
// snapshot, and SQLite steps the statement on the driver's own handle, with no QVariant or
// QString per value; other databases (MySQL) go through QSqlQuery.
class ReferenceRows
{
public:
    virtual ~ReferenceRows() = default;

    // PostgreSQL's estimate of a table's rows (pg_class.reltuples), or -1: enough to size the
    // reference tables before they fill.
    static qint64 estimatedRows(QSqlDatabase &db, const QString &table);
    // PostgreSQL's estimate of the values a column holds: its table's rows less the share that
    // ANALYZE found NULL or empty (pg_stats); the rows when the column has no statistics yet, -1
    // when the table's rows are not known either. A CloudinaryField column of videos beside one
    // of images in the same table is often mostly empty: a table sized by rows would be three
    // times too big, and every slot of it is touched as it fills.
    static qint64 estimatedValues(QSqlDatabase &db, const QString &table, const QString &column);

    // Runs `select` (columns already quoted); nullptr with a message when it fails to start.
    static std::unique_ptr<ReferenceRows> open(QSqlDatabase &db, const QString &select, QString *error);

    // The next row; false at the end, or on an error (then error() says which).
    virtual bool next() = 0;
    virtual bool isNull(int column) const = 0;
    // Valid until next().
    virtual std::string_view text(int column) = 0;
    virtual QString error() const = 0;

    QString string(int column) { return fromUtf8(text(column)); }
    static QString fromUtf8(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }
};

// COPY's text format, one row: fields split at tabs, \N for NULL, backslash escapes undone.
// Exposed for its tests; `row` may end with the newline COPY puts there.
class CopyTextRow
{
public:
    bool parse(std::string_view row, int columns);
    bool isNull(int column) const { return m_null[size_t(column)]; }
    std::string_view text(int column) const { return m_fields[size_t(column)]; }

private:
    std::vector<std::string_view> m_fields;
    std::vector<bool> m_null;
    std::vector<std::string> m_unescaped;
};

} // namespace Orphanscope
