#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <initializer_list>

struct pg_conn; // libpq's PGconn
struct sqlite3;

namespace Orphanscope::NativeHandles {

// The C handle under a Qt SQL driver, for the few places that need the native API (COPY, stepping
// SQLite without a QVariant per value): nullptr under any other driver.
template<typename Handle>
Handle *of(const QSqlDatabase &db, std::initializer_list<const char *> typeNames)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid())
        return nullptr;
    for (const char *name : typeNames) {
        if (qstrcmp(handle.typeName(), name) == 0)
            return *static_cast<Handle *const *>(handle.constData());
    }
    return nullptr;
}

// QPSQL names the handle's type "PGconn*" or, with libpq's struct name, "pg_conn*".
inline pg_conn *postgres(const QSqlDatabase &db)
{
    return of<pg_conn>(db, {"PGconn*", "pg_conn*"});
}

inline sqlite3 *sqlite(const QSqlDatabase &db)
{
    return of<sqlite3>(db, {"sqlite3*"});
}

} // namespace Orphanscope::NativeHandles
