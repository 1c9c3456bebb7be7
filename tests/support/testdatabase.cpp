#include "testdatabase.h"

#include "database/databaseconfig.h"

QString testPostgresUrl()
{
    return qEnvironmentVariable("ORPHANSCOPE_TEST_DATABASE_URL");
}

bool testPostgresAvailable()
{
    if (!testPostgresUrl().isEmpty())
        return true;
    if (qEnvironmentVariableIsSet("CI"))
        qFatal("CI runs need ORPHANSCOPE_TEST_DATABASE_URL (scripts/test starts PostgreSQL)");
    return false;
}

QString testMysqlUrl()
{
    return qEnvironmentVariable("ORPHANSCOPE_TEST_MYSQL_URL");
}

bool testMysqlAvailable()
{
    if (!testMysqlUrl().isEmpty())
        return true;
    if (qEnvironmentVariableIsSet("CI"))
        qFatal("CI runs need ORPHANSCOPE_TEST_MYSQL_URL (scripts/test starts MariaDB)");
    return false;
}

QSqlDatabase openAdminConnection(const QString &databaseUrl, const QString &connectionName)
{
    QString error;
    const auto config = Orphanscope::DatabaseConfig::fromUrl(databaseUrl, &error);
    if (!config)
        qFatal("%s", qPrintable(error));
    QSqlDatabase db = QSqlDatabase::addDatabase(config->driverName(), connectionName);
    db.setHostName(config->host);
    db.setPort(config->port);
    db.setDatabaseName(config->name);
    db.setUserName(config->user);
    db.setPassword(config->password);
    db.open();
    return db;
}
