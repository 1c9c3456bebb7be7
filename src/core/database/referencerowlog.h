#pragma once

#include "cloudinary/resourcetype.h"

#include <QList>
#include <QSet>
#include <QString>

#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace Orphanscope {

// Where a reference read found each CloudinaryField value: per table with an integer `id`, the
// id of the value's row beside a 32-bit hash of its public id (8 bytes a value). The
// broken-reference check then asks the database for the few rows whose hash is an unmatched
// reference's, by primary key, instead of searching every row of every reference table (a
// `LIKE` pass that took 0.23 s, on both cores, at the end of a million-row scan). A table read
// without an integer id is not logged; the check searches it as before.
class ReferenceRowLog
{
public:
    static quint32 hashOf(ResourceType type, std::string_view publicId);

    // Starts logging a table's values; the adds that follow belong to it.
    void beginTable(const QString &table, qsizetype expectedValues);
    void add(quint32 hash, qint64 id)
    {
        Table &table = m_tables.back();
        table.hashes.push_back(hash);
        if (table.wideIds.empty() && id >= 0 && id <= qint64(std::numeric_limits<quint32>::max()))
            table.ids.push_back(quint32(id));
        else
            addWide(table, id);
    }
    // The table begun last cannot be logged (a row without an integer id): it is dropped.
    void dropTable();

    // The ids of the rows of `table` whose value hashes to one of `hashes` (a superset of those
    // holding them; sorted, each once), or nullopt when the table was not logged.
    std::optional<QList<qint64>> candidates(const QString &table, const QSet<quint32> &hashes) const;

private:
    // Ids are kept in 32 bits while they fit (8 bytes a value, not 12), all in 64 after.
    struct Table
    {
        QString name;
        std::vector<quint32> hashes;
        std::vector<quint32> ids;
        std::vector<qint64> wideIds;
    };
    static void addWide(Table &table, qint64 id);
    std::vector<Table> m_tables; // the last one is being logged
};

} // namespace Orphanscope
