#pragma once

#include "database/databaseconfig.h"
#include "database/deliveryurlscanner.h"
#include "database/referencespec.h"

#include <QList>
#include <QSqlDatabase>

#include <atomic>

namespace Orphanscope {

// What one text-like column holds, from reading every value of it once.
struct DiscoveredColumn
{
    QString table;
    QString column;
    enum class Verdict { Nothing, CloudinaryField, UrlsInText } verdict = Verdict::Nothing;
    ResourceType type = ResourceType::Image; // of a CloudinaryField column
    qint64 values = 0;                       // non-empty values
    qint64 fieldValues = 0;                  // values that look like a stored CloudinaryField
    qint64 urlValues = 0;                    // other values with delivery URLs in them
    qint64 urls = 0;
    QString sampleRow;                       // id (or position) of a row that references a file

    ReferenceSpec spec() const;
};

// Whole-database discovery: reads every text-like column of every table once, read-only (char,
// varchar, text, json and jsonb in PostgreSQL; CHAR, VARCHAR, the TEXT family and JSON in MySQL and
// MariaDB; TEXT in SQLite), and says which hold CloudinaryField
// values (60% or more of their values look like one) and which embed delivery URLs of the account.
// Blocking: run it off the GUI thread.
class ReferenceDiscovery
{
public:
    ReferenceDiscovery(DatabaseConfig config, DeliveryUrlScanner::Options urls);

    // Every column, with its verdict; progress(done, total) after each column.
    std::optional<QList<DiscoveredColumn>> discover(const std::atomic_bool &cancel, const std::function<void(int, int)> &progress,
                                                   QString *error) const;

    // The text-like columns of every table whose names can be referenced (TABLE.COLUMN:text).
    static QList<ReferenceSpec> textColumns(QSqlDatabase &db);
    // The same, opening the database read-only; for the coverage check before deleting.
    static std::optional<QList<ReferenceSpec>> textColumns(const DatabaseConfig &config, QString *error);

private:
    DatabaseConfig m_config;
    DeliveryUrlScanner m_urls;
};

} // namespace Orphanscope
