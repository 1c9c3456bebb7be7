#pragma once

#include "database/databaseconfig.h"

#include <QString>

#include <optional>

namespace Orphanscope::Gui {

// One database of a profile as the forms edit it: a PostgreSQL or MySQL server, or an SQLite
// file. The password travels with it in memory but is stored in the keyring, never in QSettings.
struct DatabaseConnection
{
    DatabaseConfig::Kind kind = DatabaseConfig::Kind::Postgres;
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString name;
    QString user;
    QString password; // secret
    QString sslMode = QStringLiteral("prefer");
    QString sqlitePath;

    // What a scan opens, or nullopt with a message naming what is missing.
    std::optional<DatabaseConfig> config(QString *error) const;
    // Fills every field from a pasted DATABASE_URL.
    bool applyUrl(const QString &url, QString *error);
    // How lists name it: "prompts @ db.example.org", "site.sqlite3", or "(new database)".
    QString title() const;

    bool operator==(const DatabaseConnection &) const = default;
};

} // namespace Orphanscope::Gui
