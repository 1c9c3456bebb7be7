#include "databaseconnection.h"

#include <QFileInfo>
#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

std::optional<DatabaseConfig> DatabaseConnection::config(QString *error) const
{
    DatabaseConfig config;
    config.kind = kind;
    if (kind == DatabaseConfig::Kind::Sqlite) {
        if (sqlitePath.trimmed().isEmpty()) {
            *error = QObject::tr("Choose the SQLite database file");
            return std::nullopt;
        }
        config.name = sqlitePath.trimmed();
        return config;
    }
    const bool mysql = kind == DatabaseConfig::Kind::Mysql;
    if (name.trimmed().isEmpty()) {
        *error = mysql ? QObject::tr("MySQL needs a database name") : QObject::tr("PostgreSQL needs a database name");
        return std::nullopt;
    }
    config.host = host.trimmed().isEmpty() ? u"localhost"_s : host.trimmed();
    config.port = port;
    config.name = name.trimmed();
    config.user = user.trimmed();
    config.password = password;
    config.sslMode = mysql || sslMode == u"prefer"_s ? QString() : sslMode;
    return config;
}

bool DatabaseConnection::applyUrl(const QString &url, QString *error)
{
    const auto config = DatabaseConfig::fromUrl(url, error);
    if (!config)
        return false;
    kind = config->kind;
    if (kind == DatabaseConfig::Kind::Sqlite) {
        sqlitePath = config->name;
        return true;
    }
    host = config->host;
    port = config->port;
    name = config->name;
    user = config->user;
    password = config->password;
    sslMode = config->sslMode.isEmpty() ? u"prefer"_s : config->sslMode;
    return true;
}

QString DatabaseConnection::title() const
{
    if (kind == DatabaseConfig::Kind::Sqlite)
        return sqlitePath.trimmed().isEmpty() ? QObject::tr("(new database)") : QFileInfo(sqlitePath.trimmed()).fileName();
    if (name.trimmed().isEmpty())
        return QObject::tr("(new database)");
    return u"%1 @ %2"_s.arg(name.trimmed(), host.trimmed().isEmpty() ? u"localhost"_s : host.trimmed());
}

} // namespace Orphanscope::Gui
