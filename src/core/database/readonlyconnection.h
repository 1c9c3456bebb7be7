#pragma once

#include "database/databaseconfig.h"

#include <QSqlDatabase>

namespace Orphanscope {

// A database connection of its own, opened read-only with a connect and a statement timeout, and
// removed when this object goes. Use it in one thread only.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const DatabaseConfig &config);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool open(QString *error);
    // open() unless it is open already (a connection kept for another read).
    bool ensureOpen(QString *error) { return m_db.isOpen() || open(error); }
    QSqlDatabase &database() { return m_db; }
    const DatabaseConfig &config() const { return m_config; }

    // The first line of a driver error, for messages.
    static QString describe(const class QSqlError &error);

    // One consistent, read-only snapshot for every query until endSnapshot() (PostgreSQL and
    // MySQL/MariaDB; SQLite reads one file and needs none).
    bool beginSnapshot(QString *error);
    void endSnapshot();

private:
    bool makeMysqlSessionReadOnly(QString *error);

    DatabaseConfig m_config;
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace Orphanscope
