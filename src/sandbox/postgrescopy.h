#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace Orphanscope::Sandbox {

// Loads rows into a PostgreSQL table with COPY … FROM STDIN through the QPSQL connection's own
// libpq handle: a million rows take seconds, not the minutes row-by-row INSERTs would.
// A null QVariant becomes SQL NULL.
bool copyIntoPostgres(QSqlDatabase &db, const QString &table, const QStringList &columns,
                      const QList<QVariantList> &rows, QString *error);

} // namespace Orphanscope::Sandbox
