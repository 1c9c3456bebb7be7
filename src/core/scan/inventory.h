#pragma once

#include "cloudinary/cloudinaryresource.h"
#include "util/localdatabase.h"

#include <QString>

#include <array>
#include <functional>
#include <optional>

namespace Orphanscope {

class StringPool;

// Which upload times the stored files of one type are complete for: every file created in
// [from, until) was listed (from empty: since the account began).
struct InventoryCoverage
{
    std::optional<qint64> fromMSecs;
    qint64 untilMSecs = 0;
    qint64 orphans = 0; // found by that scan and older than its overlap: the next one looks them up again

    bool covers(std::optional<qint64> windowFromMSecs) const
    {
        return !fromMSecs || (windowFromMSecs && *fromMSecs <= *windowFromMSecs);
    }
};

// The local copy of one account's file list that makes incremental scans possible: a SQLite
// file of Orphanscope's own (never the site's database), keyed by cloud name. A scan changes it
// once its listing is done (the listed pages wait in the scan's checkpoint meanwhile), inside
// one transaction that is committed only when the scan completed, so the stored files always
// match the stored coverage. Use it in one thread only.
class Inventory
{
public:
    explicit Inventory(QString path);
    ~Inventory();
    Inventory(const Inventory &) = delete;
    Inventory &operator=(const Inventory &) = delete;

    // <data dir>/orphanscope/inventory/<cloud name>.sqlite3, shared by the app and the CLI.
    static QString defaultPath(const QString &cloudName);

    // Opens (creating it if needed). `accountKey` names the account and API endpoint; a file
    // kept for another one is emptied and `*reset` set.
    bool open(const QString &accountKey, bool *reset, QString *error);
    // Starts the scan's transaction: what follows until commit() or rollback() is one change.
    bool beginUpdate(QString *error);

    std::optional<InventoryCoverage> coverage(ResourceType type) const;
    qint64 count(ResourceType type, std::optional<qint64> fromMSecs) const;

    bool clear(ResourceType type, QString *error);
    bool store(const ResourceList &resources, QString *error); // inserts or replaces
    bool remove(const ResourceList &resources, QString *error);

    // Hands the stored files of `type` created at or after `fromMSecs` to `consume`, `batchSize`
    // at a time, so a million of them never sit in memory at once.
    bool read(ResourceType type, std::optional<qint64> fromMSecs, StringPool &pool, int batchSize,
              const std::function<void(const ResourceList &)> &consume, QString *error) const;

    bool commit(const std::array<std::optional<InventoryCoverage>, 3> &coverage, QString *error);
    void rollback();

private:
    bool exec(const QString &statement, QString *error);
    bool run(class QSqlQuery &query, bool batch, QString *error);

    QString m_path;
    LocalDatabase m_file;
    bool m_inTransaction = false;
};

} // namespace Orphanscope
