#include "database/databaseconfig.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

std::optional<DatabaseConfig> failWith(QString *error, const QString &message)
{
    *error = message;
    return std::nullopt;
}

std::optional<DatabaseConfig> parseSqlite(const QString &text, QString *error)
{
    // dj-database-url: everything after "sqlite://" minus one slash is the path, so
    // sqlite:////abs/db -> /abs/db and sqlite:///rel/db -> rel/db.
    QString path = QUrl::fromPercentEncoding(text.mid(int(qstrlen("sqlite://"))).toUtf8());
    if (const qsizetype q = path.indexOf(u'?'); q >= 0)
        path.truncate(q);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.isEmpty() || path == u":memory:"_s)
        return failWith(error, u"DATABASE_URL names no SQLite file: use sqlite:////absolute/path/db.sqlite3"_s);
    DatabaseConfig config;
    config.kind = DatabaseConfig::Kind::Sqlite;
    config.name = path;
    return config;
}

std::optional<DatabaseConfig> parseServerUrl(const QString &text, DatabaseConfig::Kind kind, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return failWith(error, u"DATABASE_URL is not a valid URL (%1): percent-encode special characters in the password"_s.arg(url.errorString().section(u';', 0, 0)));
    DatabaseConfig config;
    config.kind = kind;
    config.host = url.host(QUrl::FullyDecoded);
    config.user = url.userName(QUrl::FullyDecoded);
    config.password = url.password(QUrl::FullyDecoded);
    config.name = url.path(QUrl::FullyDecoded).mid(1);
    if (config.host.isEmpty())
        config.host = u"localhost"_s;
    if (url.port() == 0)
        return failWith(error, u"DATABASE_URL has an invalid port 0"_s);
    const bool mysql = kind == DatabaseConfig::Kind::Mysql;
    config.port = url.port(mysql ? 3306 : 5432);
    if (config.name.isEmpty() || config.name.contains(u'/'))
        return failWith(error, mysql ? u"DATABASE_URL is missing the database name (mysql://user:pass@host:3306/DBNAME)"_s
                                     : u"DATABASE_URL is missing the database name (postgres://user:pass@host:5432/DBNAME)"_s);

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode"_s && !mysql) {
            static const QStringList modes{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
            if (!modes.contains(value))
                return failWith(error, u"DATABASE_URL has an unknown sslmode \"%1\": use one of %2"_s.arg(value, modes.join(u", "_s)));
            config.sslMode = value;
        } else if (key == u"connect_timeout"_s) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds <= 0)
                return failWith(error, u"DATABASE_URL has an invalid connect_timeout \"%1\": give whole seconds"_s.arg(value));
            config.connectTimeoutSeconds = seconds;
        }
        // Other parameters (application_name, …) are ignored, as dj-database-url passes them to the driver.
    }
    return config;
}

} // namespace

std::optional<DatabaseConfig> DatabaseConfig::fromUrl(const QString &url, QString *error)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return failWith(error, u"DATABASE_URL is not set: give postgres://user:pass@host:5432/db or sqlite:////path/db.sqlite3"_s);
    const QString scheme = text.section(u':', 0, 0).toLower();
    if (scheme == u"sqlite"_s) {
        if (!text.startsWith(u"sqlite://"_s, Qt::CaseInsensitive))
            return failWith(error, u"DATABASE_URL for SQLite must look like sqlite:////absolute/path/db.sqlite3"_s);
        return parseSqlite(text, error);
    }
    if (scheme == u"postgres"_s || scheme == u"postgresql"_s || scheme == u"pgsql"_s || scheme == u"postgis"_s)
        return parseServerUrl(text, DatabaseConfig::Kind::Postgres, error);
    if (scheme == u"mysql"_s || scheme == u"mysqlgis"_s || scheme == u"mysql-connector"_s)
        return parseServerUrl(text, DatabaseConfig::Kind::Mysql, error);
    if (!text.contains(u"://"_s))
        return failWith(error, u"DATABASE_URL is not a URL: expected postgres://user:pass@host:5432/db or sqlite:////path/db.sqlite3"_s);
    return failWith(error, u"DATABASE_URL uses the unsupported scheme \"%1\": use postgres://, mysql:// or sqlite://"_s.arg(scheme));
}

QString DatabaseConfig::driverName() const
{
    switch (kind) {
    case Kind::Postgres: return u"QPSQL"_s;
    case Kind::Mysql: return u"QMYSQL"_s;
    case Kind::Sqlite: break;
    }
    return u"QSQLITE"_s;
}

QString DatabaseConfig::driverPackage() const
{
    switch (kind) {
    case Kind::Postgres: return u"libqt6sql6-psql"_s;
    case Kind::Mysql: return u"libqt6sql6-mysql"_s;
    case Kind::Sqlite: break;
    }
    return u"libqt6sql6-sqlite"_s;
}

QString DatabaseConfig::describe() const
{
    if (kind == Kind::Sqlite)
        return u"SQLite %1"_s.arg(name);
    QString text = u"%1 %2@%3:%4/%5"_s.arg(kind == Kind::Mysql ? u"MySQL"_s : u"PostgreSQL"_s, user.isEmpty() ? u"(default user)"_s : user, host)
                       .arg(port)
                       .arg(name);
    if (!sslMode.isEmpty())
        text += u" (sslmode=%1)"_s.arg(sslMode);
    return text;
}

} // namespace Orphanscope
