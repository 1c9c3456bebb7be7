#pragma once

#include "database/databaseconfig.h"
#include "database/deliveryurlscanner.h"
#include "database/referencerowlog.h"
#include "database/referenceset.h"
#include "database/referencespec.h"
#include "scan/scantypes.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <atomic>
#include <functional>

namespace Orphanscope {

class ReadOnlyConnection;

struct ReferenceReadResult
{
    bool ok = false;
    QString error;
    ReferenceSet references;
    ReferenceSummary summary;
    QStringList absentTables; // with setSkipAbsentTables(): reference tables this database lacks
    // Where the values were, for the broken-reference check: one log per database read, in the
    // order of the site's databases.
    std::vector<ReferenceRowLog> rowLogs;
};

// Reads every reference in the reference columns, read-only and forward-only: CloudinaryField
// values, and in text columns the candidates of every delivery URL (DeliveryUrlScanner).
// Use it from one thread: the connection is opened, used and removed in read(), under a name of
// its own. The read either covers every row or fails: a partial read never yields a result.
class ReferenceReader
{
public:
    using WarningSink = std::function<void(const QString &)>;

    // urls: the account whose delivery URLs count, for text columns.
    ReferenceReader(DatabaseConfig config, QList<ReferenceSpec> specs, DeliveryUrlScanner::Options urls = {});

    // cancel may be set from any thread; rowsRead is updated as rows stream in.
    ReferenceReadResult read(const std::atomic_bool &cancel, std::atomic<qint64> *rowsRead,
                             const WarningSink &warn) const;

    // Reads the CloudinaryField columns again and returns where each value in `unmatched`
    // (ReferenceSet::unmatched()) is stored: the broken references of a whole-account scan. With
    // the row log of this database's read, a logged table is asked only for the rows that may
    // hold them, by id. A partial read fails, as read() does. On `connection` when one is given
    // (opened here if it is not open yet, and left open), else on a connection of its own.
    std::optional<QList<BrokenReference>> locate(const ReferenceSet &unmatched, const ReferenceRowLog *log,
                                                 const std::atomic_bool &cancel, QString *error,
                                                 ReadOnlyConnection *connection = nullptr) const;
    // What locate() on `connection` does before its read, done ahead: opens it and checks the
    // reference columns on it (the server's first queries on a new connection are its slowest).
    // Holds no transaction open afterwards.
    bool prepare(ReadOnlyConnection &connection, QString *error) const;

    // Opens the database and checks every table and column; for "Test connection". With absent
    // tables skipped, those the database lacks are listed in absentTables.
    bool check(QString *error, QStringList *absentTables = nullptr) const;

    // One of several databases of a site need not have every reference table: those it lacks
    // are listed in the result instead of failing the read (a missing column still fails it).
    void setSkipAbsentTables(bool skip) { m_skipAbsentTables = skip; }
    // --reference-all-text: every text-like column of the database is also searched for URLs.
    void setAddAllTextColumns(bool add) { m_addAllTextColumns = add; }

    static constexpr int MaxDetailedWarnings = 20;

private:
    bool checkColumns(QSqlDatabase &db, QList<ReferenceSpec> *specs, QStringList *absentTables, QString *error) const;
    // What a pass over the tables does with each value: collect references, or locate those
    // in `unmatched`.
    struct Pass
    {
        const ReferenceSet *unmatched = nullptr;
        QList<BrokenReference> broken;
        QStringList fragments; // every unmatched id; empty when there are too many to filter by
        const ReferenceRowLog *log = nullptr;
        QSet<quint32> hashes; // ReferenceRowLog::hashOf every unmatched id
    };
    // At most this many rows of a logged table are asked for by id; past it, the table is
    // searched as one that was not logged.
    static constexpr qsizetype MaxRowsById = 10'000;
    // A few unmatched ids are looked for in SQL (LIKE on each), so the second pass returns the
    // rows that may hold them instead of every row; a superset, checked exactly as always.
    static constexpr qsizetype MaxFilteredIds = 50;
    QString rowFilter(QSqlDriver *driver, const QList<ReferenceSpec> &specs, const Pass &pass) const;
    static QString idFilter(QSqlDriver *driver, const QList<qint64> &ids);
    bool readAll(ReferenceReadResult &result, const std::atomic_bool &cancel, std::atomic<qint64> *rowsRead,
                 const WarningSink &warn, Pass *pass, ReadOnlyConnection *connection = nullptr) const;
    static void reserveReferences(QSqlDatabase &db, const QList<ReferenceSpec> &specs, ReferenceSet &references);
    bool readTable(QSqlDatabase &db, const QString &table, const QList<ReferenceSpec> &specs,
                   const std::atomic_bool &cancel, std::atomic<qint64> *rowsRead, const WarningSink &warn,
                   ReferenceReadResult &result, Pass *pass) const;

    DatabaseConfig m_config;
    QList<ReferenceSpec> m_specs;
    DeliveryUrlScanner m_urls;
    bool m_skipAbsentTables = false;
    bool m_addAllTextColumns = false;
};

} // namespace Orphanscope
