#pragma once

#include "database/readonlyconnection.h"
#include "database/referencereader.h"

#include <memory>
#include <vector>

namespace Orphanscope {

// The references of every database of a site (production and staging sharing one Cloudinary
// account; Django's several DATABASES): each database is read by its own ReferenceReader on a
// thread of its own, in its own read-only snapshot, at the same time, and the references are
// the union. A reference table may live in some of the databases only, but not in none. Every
// warning, table and broken reference names its database. With one database it is exactly a
// ReferenceReader.
class SiteReferenceReader
{
public:
    SiteReferenceReader(QList<DatabaseConfig> databases, QList<ReferenceSpec> specs, DeliveryUrlScanner::Options urls = {},
                        bool allTextColumns = false);

    ReferenceReadResult read(const std::atomic_bool &cancel, std::atomic<qint64> *rowsRead, const ReferenceReader::WarningSink &warn) const;
    // Opens every database and checks its reference columns, for "Test connections": each
    // database opens, each column that a database's table has is text, and each reference
    // table exists in at least one database. The message says so, or names what is wrong.
    bool check(QString *message) const;

    // Connections kept open between calls, one per database in the site's order; a missing or
    // null one is opened when it is needed. Use them on one thread only.
    using Connections = std::vector<std::unique_ptr<ReadOnlyConnection>>;

    // Where the unmatched references are stored (ReferenceReader::locate), each database with the
    // row log its read left (ReferenceReadResult::rowLogs; empty: every table is searched). With
    // `connections`, on those (opened where needed, and left open).
    std::optional<QList<BrokenReference>> locate(const ReferenceSet &unmatched, const std::vector<ReferenceRowLog> &rowLogs,
                                                 const std::atomic_bool &cancel, QString *error,
                                                 Connections *connections = nullptr) const;
    // Opens a connection to every database and checks its reference columns on it
    // (ReferenceReader::prepare), so that a locate() on them later starts at once.
    bool prepare(Connections *connections, QString *error) const;

    // How a database is named in messages: its name, or the SQLite file's name.
    static QString label(const DatabaseConfig &config);

private:
    QList<ReferenceReader> readers() const;
    // The connection to database `i` in `connections` (made when missing), or null without them.
    ReadOnlyConnection *connectionTo(Connections *connections, qsizetype i) const;
    // The error for a reference table none of the databases has, or an empty string.
    QString tableMissingEverywhere(const std::vector<QStringList> &absentTables) const;

    QList<DatabaseConfig> m_databases;
    QList<ReferenceSpec> m_specs;
    DeliveryUrlScanner::Options m_urls;
    bool m_allTextColumns = false;
};

} // namespace Orphanscope
