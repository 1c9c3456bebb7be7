#include "database/referencerowlog.h"

#include "util/bytehash.h"

#include <algorithm>

namespace Orphanscope {

quint32 ReferenceRowLog::hashOf(ResourceType type, std::string_view publicId)
{
    return quint32(hashBytes(publicId, hashSeed(quint64(indexOf(type)))));
}

void ReferenceRowLog::beginTable(const QString &table, qsizetype expectedValues)
{
    m_tables.push_back({table, {}, {}, {}});
    m_tables.back().hashes.reserve(size_t(std::max<qsizetype>(expectedValues, 0)));
    m_tables.back().ids.reserve(size_t(std::max<qsizetype>(expectedValues, 0)));
}

void ReferenceRowLog::dropTable()
{
    if (!m_tables.empty())
        m_tables.pop_back();
}

void ReferenceRowLog::addWide(Table &table, qint64 id)
{
    if (table.wideIds.empty()) {
        table.wideIds.assign(table.ids.cbegin(), table.ids.cend());
        table.ids = {};
    }
    table.wideIds.push_back(id);
}

std::optional<QList<qint64>> ReferenceRowLog::candidates(const QString &table, const QSet<quint32> &hashes) const
{
    const auto logged = std::find_if(m_tables.cbegin(), m_tables.cend(), [&table](const Table &t) { return t.name == table; });
    if (logged == m_tables.cend())
        return std::nullopt;
    QList<qint64> ids;
    for (size_t i = 0; i < logged->hashes.size(); ++i) {
        if (hashes.contains(logged->hashes[i]))
            ids.append(logged->wideIds.empty() ? qint64(logged->ids[i]) : logged->wideIds[i]);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace Orphanscope
