#include "database/databaseconfig.h"

#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

class TestDatabaseConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPostgres_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("sslMode");
        QTest::newRow("full") << u"postgres://u:p@db.example.org:6543/app?sslmode=require"_s << u"db.example.org"_s << 6543 << u"app"_s << u"u"_s << u"p"_s << u"require"_s;
        QTest::newRow("postgresql scheme, default port") << u"postgresql://u:p@h/app"_s << u"h"_s << 5432 << u"app"_s << u"u"_s << u"p"_s << QString();
        QTest::newRow("no host") << u"postgres:///app"_s << u"localhost"_s << 5432 << u"app"_s << QString() << QString() << QString();
        QTest::newRow("encoded password") << u"postgres://u:p%40ss%2Fw%3Ard@h:5432/app"_s << u"h"_s << 5432 << u"app"_s << u"u"_s << u"p@ss/w:rd"_s << QString();
        QTest::newRow("pgsql scheme") << u"pgsql://u@h:1/d"_s << u"h"_s << 1 << u"d"_s << u"u"_s << QString() << QString();
        QTest::newRow("unknown params ignored") << u"postgres://u:p@h/d?application_name=x"_s << u"h"_s << 5432 << u"d"_s << u"u"_s << u"p"_s << QString();
    }
    void parsesPostgres()
    {
        QFETCH(QString, url);
        QString error;
        const auto config = DatabaseConfig::fromUrl(url, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->kind, DatabaseConfig::Kind::Postgres);
        QCOMPARE(config->driverName(), u"QPSQL"_s);
        QTEST(config->host, "host");
        QTEST(config->port, "port");
        QTEST(config->name, "name");
        QTEST(config->user, "user");
        QTEST(config->password, "password");
        QTEST(config->sslMode, "sslMode");
    }

    void parsesMysql_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::newRow("dj-database-url form") << u"mysql://app:s3cret@db.example.org:3307/site"_s << u"db.example.org"_s << 3307 << u"site"_s << u"s3cret"_s;
        QTest::newRow("default port") << u"mysql://app:pw123@h/site"_s << u"h"_s << 3306 << u"site"_s << u"pw123"_s;
        QTest::newRow("encoded password") << u"mysql://app:p%40ss@h/site"_s << u"h"_s << 3306 << u"site"_s << u"p@ss"_s;
        QTest::newRow("mysqlgis scheme") << u"mysqlgis://app:pw123@h/site"_s << u"h"_s << 3306 << u"site"_s << u"pw123"_s;
    }
    void parsesMysql()
    {
        QFETCH(QString, url);
        QString error;
        const auto config = DatabaseConfig::fromUrl(url, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->kind, DatabaseConfig::Kind::Mysql);
        QCOMPARE(config->driverName(), u"QMYSQL"_s);
        QCOMPARE(config->driverPackage(), u"libqt6sql6-mysql"_s);
        QTEST(config->host, "host");
        QTEST(config->port, "port");
        QTEST(config->name, "name");
        QTEST(config->password, "password");
        QVERIFY(!config->describe().contains(config->password));
        QVERIFY(config->describe().startsWith(u"MySQL "_s));
    }

    void parsesSqlite_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("path");
        QTest::newRow("absolute") << u"sqlite:////srv/app/db.sqlite3"_s << u"/srv/app/db.sqlite3"_s;
        QTest::newRow("relative") << u"sqlite:///db.sqlite3"_s << u"db.sqlite3"_s;
        QTest::newRow("encoded space") << u"sqlite:////tmp/my%20db.sqlite3"_s << u"/tmp/my db.sqlite3"_s;
    }
    void parsesSqlite()
    {
        QFETCH(QString, url);
        QString error;
        const auto config = DatabaseConfig::fromUrl(url, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->kind, DatabaseConfig::Kind::Sqlite);
        QTEST(config->name, "path");
    }

    void connectTimeoutFromUrl()
    {
        QString error;
        const auto config = DatabaseConfig::fromUrl(u"postgres://u@h/d?connect_timeout=3"_s, &error);
        QVERIFY(config);
        QCOMPARE(config->connectTimeoutSeconds, 3);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << u"DATABASE_URL is not set"_s;
        QTest::newRow("oracle") << u"oracle://u:p@h/d"_s << u"unsupported scheme \"oracle\""_s;
        QTest::newRow("mysql without database") << u"mysql://u:p@h:3306/"_s << u"mysql://user:pass@host:3306/DBNAME"_s;
        QTest::newRow("not a url") << u"just-text"_s << u"is not a URL"_s;
        QTest::newRow("no database") << u"postgres://u:p@h:5432/"_s << u"missing the database name"_s;
        QTest::newRow("bad sslmode") << u"postgres://u:p@h/d?sslmode=always"_s << u"unknown sslmode \"always\""_s;
        QTest::newRow("bad timeout") << u"postgres://u:p@h/d?connect_timeout=soon"_s << u"invalid connect_timeout"_s;
        QTest::newRow("sqlite memory") << u"sqlite://:memory:"_s << u"names no SQLite file"_s;
        QTest::newRow("sqlite empty") << u"sqlite://"_s << u"names no SQLite file"_s;
        QTest::newRow("bad port") << u"postgres://u:PASSWORD@h:99999/d"_s << u"not a valid URL"_s;
        QTest::newRow("bad host") << u"postgres://u:PASSWORD@h^st/d"_s << u"not a valid URL"_s;
    }
    void rejects()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!DatabaseConfig::fromUrl(url, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(!error.contains(u"PASSWORD"_s), qPrintable(error));
    }

    void describeHidesPassword()
    {
        QString error;
        const auto config = DatabaseConfig::fromUrl(u"postgres://admin:S3CRET@h:5432/app?sslmode=require"_s, &error);
        QVERIFY(config);
        QVERIFY(!config->describe().contains(u"S3CRET"_s));
        QCOMPARE(config->describe(), u"PostgreSQL admin@h:5432/app (sslmode=require)"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseConfig)
#include "tst_databaseconfig.moc"
