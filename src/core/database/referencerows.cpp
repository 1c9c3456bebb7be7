#include "database/referencerows.h"

#include "database/nativehandles.h"
#include "database/readonlyconnection.h"
#include "util/hexdigit.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

// Any Qt SQL driver: a forward-only query, each value converted once.
class QueryRows final : public ReferenceRows
{
public:
    explicit QueryRows(QSqlDatabase &db)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
    }

    bool start(const QString &select, QString *error)
    {
        if (m_query.exec(select))
            return true;
        *error = ReadOnlyConnection::describe(m_query.lastError());
        return false;
    }

    bool next() override
    {
        m_values.clear();
        return m_query.next();
    }
    bool isNull(int column) const override { return m_query.isNull(column); }
    std::string_view text(int column) override
    {
        if (m_values.size() <= size_t(column))
            m_values.resize(size_t(column) + 1);
        QByteArray &value = m_values[size_t(column)];
        value = m_query.value(column).toString().toUtf8();
        return {value.constData(), size_t(value.size())};
    }
    QString error() const override { return m_query.lastError().isValid() ? ReadOnlyConnection::describe(m_query.lastError()) : QString(); }

private:
    QSqlQuery m_query;
    std::vector<QByteArray> m_values;
};

// PostgreSQL: the rows of COPY … TO STDOUT in text format, one PQgetCopyData call a row.
class CopyRows final : public ReferenceRows
{
public:
    explicit CopyRows(PGconn *connection)
        : m_connection(connection)
    {
    }

    ~CopyRows() override
    {
        freeRow();
        if (!m_active)
            return;
        // Stopped early (cancelled, or an error in a row): ask the server to stop, then take
        // whatever is still in flight so the connection is usable (and closable) again.
        if (PGcancel *cancel = PQgetCancel(m_connection)) {
            char message[256];
            PQcancel(cancel, message, sizeof message);
            PQfreeCancel(cancel);
        }
        char *row = nullptr;
        while (PQgetCopyData(m_connection, &row, 0) >= 0)
            PQfreemem(row);
        drainResults();
    }

    bool start(const QString &select, QString *error)
    {
        PQsetClientEncoding(m_connection, "UTF8");
        const QByteArray statement = u"COPY (%1) TO STDOUT"_s.arg(select).toUtf8();
        PGresult *result = PQexec(m_connection, statement.constData());
        const bool ok = PQresultStatus(result) == PGRES_COPY_OUT;
        if (ok)
            m_columns = PQnfields(result);
        else
            *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        m_active = ok;
        return ok;
    }

    bool next() override
    {
        freeRow();
        if (!m_active)
            return false;
        const int size = PQgetCopyData(m_connection, &m_row, 0);
        if (size >= 0) {
            if (m_parsed.parse({m_row, size_t(size)}, m_columns))
                return true;
            m_error = u"COPY sent a row that does not have %1 fields"_s.arg(m_columns);
            return false;
        }
        m_active = false;
        if (size == -2) {
            m_error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
            drainResults();
            return false;
        }
        drainResults(); // -1: the end; the final result says whether the statement succeeded
        return false;
    }
    bool isNull(int column) const override { return m_parsed.isNull(column); }
    std::string_view text(int column) override { return m_parsed.text(column); }
    QString error() const override { return m_error; }

private:
    void freeRow()
    {
        if (m_row)
            PQfreemem(m_row);
        m_row = nullptr;
    }
    void drainResults()
    {
        while (PGresult *result = PQgetResult(m_connection)) {
            const ExecStatusType status = PQresultStatus(result);
            if (status != PGRES_COMMAND_OK && status != PGRES_COPY_OUT && m_error.isEmpty())
                m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
        }
    }

    PGconn *m_connection;
    char *m_row = nullptr;
    int m_columns = 0;
    bool m_active = false;
    CopyTextRow m_parsed;
    QString m_error;
};

// SQLite: the statement stepped on the Qt driver's own sqlite3 handle, values read as the
// UTF-8 text SQLite keeps.
class SqliteRows final : public ReferenceRows
{
public:
    explicit SqliteRows(sqlite3 *connection)
        : m_connection(connection)
    {
    }
    ~SqliteRows() override { sqlite3_finalize(m_statement); }

    bool start(const QString &select, QString *error)
    {
        const QByteArray sql = select.toUtf8();
        if (sqlite3_prepare_v2(m_connection, sql.constData(), int(sql.size()), &m_statement, nullptr) == SQLITE_OK)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        return false;
    }

    bool next() override
    {
        const int step = sqlite3_step(m_statement);
        if (step == SQLITE_ROW)
            return true;
        if (step != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        return false;
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    std::string_view text(int column) override
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return text ? std::string_view(text, size_t(sqlite3_column_bytes(m_statement, column))) : std::string_view();
    }
    QString error() const override { return m_error; }

private:
    sqlite3 *m_connection;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

// Undoes COPY's escapes: \b \f \n \r \t \v, \ooo (octal), \xhh (hex), and \c for any other c.
void unescape(std::string_view field, std::string &out)
{
    out.clear();
    for (size_t i = 0; i < field.size(); ++i) {
        if (field[i] != '\\' || i + 1 == field.size()) {
            out += field[i];
            continue;
        }
        const char c = field[++i];
        switch (c) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case 'x': {
            int value = 0;
            int digits = 0;
            while (digits < 2 && i + 1 < field.size() && hexDigitValue(field[i + 1]) >= 0) {
                value = value * 16 + hexDigitValue(field[++i]);
                ++digits;
            }
            out += digits ? char(value) : 'x';
            break;
        }
        default:
            if (c >= '0' && c <= '7') {
                int value = c - '0';
                for (int digits = 1; digits < 3 && i + 1 < field.size() && field[i + 1] >= '0' && field[i + 1] <= '7'; ++digits)
                    value = value * 8 + (field[++i] - '0');
                out += char(value);
            } else {
                out += c;
            }
        }
    }
}

} // namespace

bool CopyTextRow::parse(std::string_view row, int columns)
{
    if (!row.empty() && row.back() == '\n')
        row.remove_suffix(1);
    if (m_fields.size() != size_t(columns)) {
        m_fields.resize(size_t(columns));
        m_null.resize(size_t(columns));
        m_unescaped.resize(size_t(columns));
    }
    size_t start = 0;
    for (int column = 0; column < columns; ++column) {
        const size_t tab = row.find('\t', start);
        const bool last = column + 1 == columns;
        if (last != (tab == std::string_view::npos))
            return false; // too few or too many fields
        const std::string_view field = row.substr(start, last ? std::string_view::npos : tab - start);
        start = tab + 1;
        m_null[size_t(column)] = false;
        m_fields[size_t(column)] = {};
        if (field == "\\N") {
            m_null[size_t(column)] = true;
        } else if (field.find('\\') == std::string_view::npos) {
            m_fields[size_t(column)] = field;
        } else {
            unescape(field, m_unescaped[size_t(column)]);
            m_fields[size_t(column)] = m_unescaped[size_t(column)];
        }
    }
    return true;
}

qint64 ReferenceRows::estimatedRows(QSqlDatabase &db, const QString &table)
{
    if (db.driverName() != u"QPSQL"_s)
        return -1;
    QSqlQuery query(db);
    query.prepare(u"SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(?)"_s);
    query.addBindValue(db.driver()->escapeIdentifier(table, QSqlDriver::TableName));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 ReferenceRows::estimatedValues(QSqlDatabase &db, const QString &table, const QString &column)
{
    if (db.driverName() != u"QPSQL"_s)
        return -1;
    // One round trip: the table's rows and, when ANALYZE has seen the column, the share of NULLs
    // plus the share of '' when it is among the most common values.
    QSqlQuery query(db);
    query.prepare(u"SELECT c.reltuples::bigint, (SELECT s.null_frac + COALESCE(s.most_common_freqs[array_position(s.most_common_vals::text::text[], '')], 0)"
                  " FROM pg_stats s JOIN pg_namespace n ON n.nspname = s.schemaname WHERE n.oid = c.relnamespace AND s.tablename = c.relname"
                  " AND s.attname = ? ORDER BY s.inherited LIMIT 1) FROM pg_class c WHERE c.oid = to_regclass(?)"_s);
    query.addBindValue(column);
    query.addBindValue(db.driver()->escapeIdentifier(table, QSqlDriver::TableName));
    if (!query.exec() || !query.next())
        return -1;
    const qint64 rows = query.value(0).toLongLong();
    if (rows <= 0 || query.isNull(1))
        return rows;
    const double empty = std::clamp(query.value(1).toDouble(), 0.0, 1.0);
    // ANALYZE reads a sample: a sixteenth more, so a close estimate does not grow the table at its end.
    return qint64(std::ceil(double(rows) * (1.0 - empty) * 17.0 / 16.0));
}

std::unique_ptr<ReferenceRows> ReferenceRows::open(QSqlDatabase &db, const QString &select, QString *error)
{
    if (sqlite3 *connection = NativeHandles::sqlite(db)) {
        auto rows = std::make_unique<SqliteRows>(connection);
        if (!rows->start(select, error))
            return nullptr;
        return rows;
    }
    if (PGconn *connection = NativeHandles::postgres(db)) {
        auto rows = std::make_unique<CopyRows>(connection);
        if (!rows->start(select, error))
            return nullptr;
        return rows;
    }
    auto rows = std::make_unique<QueryRows>(db);
    if (!rows->start(select, error))
        return nullptr;
    return rows;
}

} // namespace Orphanscope
