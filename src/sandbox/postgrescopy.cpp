#include "postgrescopy.h"

#include "database/nativehandles.h"

#include <QSqlDriver>

#include <libpq-fe.h>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Sandbox {

namespace {

// COPY's text format: tab-separated, backslash escapes, \N for NULL.
void appendField(QByteArray &line, const QVariant &value)
{
    if (value.isNull()) {
        line += "\\N";
        return;
    }
    for (const char c : value.toString().toUtf8()) {
        switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line += c;
        }
    }
}

} // namespace

bool copyIntoPostgres(QSqlDatabase &db, const QString &table, const QStringList &columns, const QList<QVariantList> &rows,
                      QString *error)
{
    PGconn *connection = NativeHandles::postgres(db);
    if (!connection) {
        *error = u"COPY needs a QPSQL connection"_s;
        return false;
    }
    const QByteArray sql = u"COPY %1 (%2) FROM STDIN"_s.arg(table, columns.join(u", "_s)).toUtf8();
    PGresult *started = PQexec(connection, sql.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying) {
        *error = u"COPY %1 failed to start: %2"_s.arg(table, QString::fromUtf8(PQerrorMessage(connection)).trimmed());
        return false;
    }
    QByteArray chunk;
    bool ok = true;
    for (const QVariantList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                chunk += '\t';
            appendField(chunk, row.at(i));
        }
        chunk += '\n';
        if (chunk.size() > (1 << 20)) {
            ok = ok && PQputCopyData(connection, chunk.constData(), int(chunk.size())) == 1;
            chunk.clear();
        }
    }
    ok = ok && (chunk.isEmpty() || PQputCopyData(connection, chunk.constData(), int(chunk.size())) == 1);
    ok = PQputCopyEnd(connection, ok ? nullptr : "aborted") == 1 && ok;
    PGresult *finished = PQgetResult(connection);
    ok = ok && PQresultStatus(finished) == PGRES_COMMAND_OK;
    PQclear(finished);
    while (PGresult *rest = PQgetResult(connection))
        PQclear(rest);
    if (!ok)
        *error = u"COPY %1 failed: %2"_s.arg(table, QString::fromUtf8(PQerrorMessage(connection)).trimmed());
    return ok;
}

} // namespace Orphanscope::Sandbox
