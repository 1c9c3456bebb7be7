#include "util/localdatabase.h"

#include "database/readonlyconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

LocalDatabase::LocalDatabase(const QString &kind)
{
    static std::atomic<quint64> counter{0};
    m_connectionName = u"orphanscope-%1-%2"_s.arg(kind).arg(++counter);
}

LocalDatabase::~LocalDatabase()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool LocalDatabase::open(const QString &path, const QString &what, QString *error, const QString &option)
{
    const QString named = what.arg(path);
    m_named = named;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = u"Cannot create the folder for %1; check its permissions or pass %2"_s.arg(named, option);
        return false;
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000"_s);
    if (!m_db.open()) {
        *error = u"Cannot open %1: %2"_s.arg(named, ReadOnlyConnection::describe(m_db.lastError()));
        return false;
    }
    QSqlQuery pragma(m_db);
    for (const QString &statement : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s}) {
        if (!pragma.exec(statement)) {
            *error = u"Cannot open %1: %2"_s.arg(named, ReadOnlyConnection::describe(pragma.lastError()));
            return false;
        }
    }
    return true;
}

bool LocalDatabase::tuneForListing(QString *error)
{
    QSqlQuery pragma(m_db);
    for (const QString &statement : {u"PRAGMA mmap_size=268435456"_s, u"PRAGMA secure_delete=OFF"_s}) {
        if (!pragma.exec(statement)) {
            *error = u"Cannot open %1: %2"_s.arg(m_named, ReadOnlyConnection::describe(pragma.lastError()));
            return false;
        }
    }
    return true;
}

} // namespace Orphanscope
