#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Orphanscope {

// A SQLite file of Orphanscope's own (the inventory, a scan's checkpoint, the decisions), never the site's
// database: opened under a connection name of its own, its folder made, a writer that holds it
// waited for two seconds, with a write-ahead log; closed and removed with the object. Use it in
// the thread that opened it.
class LocalDatabase
{
public:
    explicit LocalDatabase(const QString &kind); // names the connection: orphanscope-KIND-N
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    // `what` names the file in messages: "the inventory %1", "the scan's checkpoint %1";
    // `option` is the one that names another file.
    bool open(const QString &path, const QString &what, QString *error, const QString &option = QStringLiteral("--inventory"));
    const QSqlDatabase &db() const { return m_db; }

private:
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace Orphanscope
