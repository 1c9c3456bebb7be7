#pragma once

#include <QString>

#include <optional>

namespace Orphanscope {

// The Django database, as given by DATABASE_URL in the dj-database-url form:
//   postgres://user:pass@host:5432/db?sslmode=require   (also postgresql://, pgsql://)
//   mysql://user:pass@host:3306/db                       (MySQL and MariaDB)
//   sqlite:////absolute/path/db.sqlite3                  sqlite:///relative/path.sqlite3
struct DatabaseConfig
{
    enum class Kind { Postgres, Sqlite, Mysql };

    Kind kind = Kind::Postgres;
    QString host;
    int port = 5432;
    QString name; // database name, or the SQLite file path
    QString user;
    QString password;
    QString sslMode;          // empty: libpq's default (prefer)
    int connectTimeoutSeconds = 10;
    int statementTimeoutSeconds = 120;

    static std::optional<DatabaseConfig> fromUrl(const QString &url, QString *error);

    QString driverName() const;    // QPSQL, QSQLITE or QMYSQL
    QString driverPackage() const; // the Debian package of that driver
    // Human-readable description without the password.
    QString describe() const;
};

} // namespace Orphanscope
