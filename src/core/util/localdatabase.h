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
    // For the files that hold the account's listing (the inventory and the scans' checkpoints, one
    // file): reads through a memory map, since a scan reads every stored file once, and deleted
    // rows not overwritten with zeros. Debian's SQLite is built with SECURE_DELETE, which made
    // discarding a million files' checkpoint write its 38 MB twice more; a listing holds no secret.
    bool tuneForListing(QString *error);
    const QSqlDatabase &db() const { return m_db; }

private:
    QString m_connectionName;
    QString m_named; // "the inventory /path", for messages
    QSqlDatabase m_db;
};

} // namespace Orphanscope
