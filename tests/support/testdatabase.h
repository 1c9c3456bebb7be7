#pragma once

#include <QSqlDatabase>
#include <QString>

// The PostgreSQL server scripts/test starts ($ORPHANSCOPE_TEST_DATABASE_URL), or empty.
QString testPostgresUrl();

// Whether that server is there. Outside CI its absence lets a test skip; under CI (where
// scripts/test always starts it) its absence is fatal, so no test skips silently there.
bool testPostgresAvailable();

// The MariaDB server scripts/test starts ($ORPHANSCOPE_TEST_MYSQL_URL), or empty; and whether it
// is there (fatal under CI, as for PostgreSQL).
QString testMysqlUrl();
bool testMysqlAvailable();

// A writable connection for a test's own set-up (views, kills), opened from a DATABASE_URL.
QSqlDatabase openAdminConnection(const QString &databaseUrl, const QString &connectionName);
