#include "database/readonlyconnection.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

ReadOnlyConnection::ReadOnlyConnection(const DatabaseConfig &config)
    : m_config(config)
{
    static std::atomic<quint64> counter{0};
    m_name = u"orphanscope-readonly-%1"_s.arg(++counter);
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase(); // the last handle must be gone before removeDatabase()
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

QString ReadOnlyConnection::describe(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return text.section(u'\n', 0, 0);
}

bool ReadOnlyConnection::open(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(m_config.driverName())) {
        *error = u"The Qt %1 database driver is not installed (Debian: %2)"_s.arg(m_config.driverName(), m_config.driverPackage());
        return false;
    }
    if (m_config.kind == DatabaseConfig::Kind::Sqlite && !QFileInfo::exists(m_config.name)) {
        *error = u"The SQLite database %1 does not exist; check DATABASE_URL (sqlite:////absolute/path)"_s.arg(m_config.name);
        return false;
    }
    m_db = QSqlDatabase::addDatabase(m_config.driverName(), m_name);
    m_db.setDatabaseName(m_config.name);
    if (m_config.kind == DatabaseConfig::Kind::Sqlite) {
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_config.statementTimeoutSeconds * 1000));
    } else if (m_config.kind == DatabaseConfig::Kind::Mysql) {
        m_db.setHostName(m_config.host);
        m_db.setPort(m_config.port);
        m_db.setUserName(m_config.user);
        m_db.setPassword(m_config.password);
        // Read and write timeouts bound a statement that hangs; the server-side limit is set below.
        m_db.setConnectOptions(u"MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=%2;MYSQL_OPT_WRITE_TIMEOUT=%2"_s
                                   .arg(m_config.connectTimeoutSeconds)
                                   .arg(m_config.statementTimeoutSeconds + 10));
    } else {
        m_db.setHostName(m_config.host);
        m_db.setPort(m_config.port);
        m_db.setUserName(m_config.user);
        m_db.setPassword(m_config.password);
        // The session is read-only and time-limited from its first statement on.
        QString options = u"connect_timeout=%1;application_name=orphanscope;options='-c default_transaction_read_only=on -c statement_timeout=%2'"_s
                              .arg(m_config.connectTimeoutSeconds)
                              .arg(qint64(m_config.statementTimeoutSeconds) * 1000);
        if (!m_config.sslMode.isEmpty())
            options += u";sslmode="_s + m_config.sslMode;
        m_db.setConnectOptions(options);
    }
    if (!m_db.open()) {
        *error = u"Could not open the database (%1): %2"_s.arg(m_config.describe(), describe(m_db.lastError()));
        return false;
    }
    if (m_config.kind == DatabaseConfig::Kind::Postgres) {
        QSqlQuery check(m_db);
        if (!check.exec(u"SHOW default_transaction_read_only"_s) || !check.next() || check.value(0).toString() != u"on"_s) {
            *error = u"Could not make the database session read-only; refusing to go on"_s;
            return false;
        }
    } else if (m_config.kind == DatabaseConfig::Kind::Mysql) {
        return makeMysqlSessionReadOnly(error);
    } else {
        QSqlQuery(u"PRAGMA query_only = ON"_s, m_db);
    }
    return true;
}

bool ReadOnlyConnection::beginSnapshot(QString *error)
{
    QString statement;
    if (m_config.kind == DatabaseConfig::Kind::Postgres)
        statement = u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
    else if (m_config.kind == DatabaseConfig::Kind::Mysql)
        statement = u"START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY"_s;
    else
        return true;
    QSqlQuery begin(m_db);
    if (!begin.exec(statement)) {
        *error = u"Could not start a read-only transaction: %1"_s.arg(describe(begin.lastError()));
        return false;
    }
    return true;
}

void ReadOnlyConnection::endSnapshot()
{
    if (m_config.kind != DatabaseConfig::Kind::Sqlite)
        QSqlQuery(u"ROLLBACK"_s, m_db);
}

// MySQL and MariaDB: utf8mb4, read-only transactions, and a statement time limit (MariaDB
// calls it max_statement_time in seconds, MySQL max_execution_time in milliseconds).
bool ReadOnlyConnection::makeMysqlSessionReadOnly(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SET NAMES utf8mb4"_s) || !query.exec(u"SET SESSION TRANSACTION READ ONLY"_s)) {
        *error = u"Could not make the database session read-only (%1); refusing to go on"_s.arg(describe(query.lastError()));
        return false;
    }
    if (!query.exec(u"SET SESSION max_statement_time = %1"_s.arg(m_config.statementTimeoutSeconds)))
        query.exec(u"SET SESSION max_execution_time = %1"_s.arg(qint64(m_config.statementTimeoutSeconds) * 1000));
    if (!query.exec(u"SELECT @@session.transaction_read_only"_s) || !query.next() || query.value(0).toInt() != 1) {
        if (!query.exec(u"SELECT @@session.tx_read_only"_s) || !query.next() || query.value(0).toInt() != 1) {
            *error = u"Could not make the database session read-only; refusing to go on"_s;
            return false;
        }
    }
    return true;
}

} // namespace Orphanscope
