#pragma once

#include "resourcetype.h"

#include <QSet>
#include <QString>

#include <array>

namespace Orphanscope {

// Every (resource type, public id) the database references.
class ReferenceSet
{
public:
    // True when the pair was new.
    bool add(ResourceType type, const QString &publicId)
    {
        QSet<QString> &ids = m_ids[indexOf(type)];
        const qsizetype before = ids.size();
        ids.insert(publicId);
        return ids.size() != before;
    }
    bool contains(ResourceType type, const QString &publicId) const { return m_ids[indexOf(type)].contains(publicId); }
    qsizetype size(ResourceType type) const { return m_ids[indexOf(type)].size(); }
    qsizetype size() const
    {
        qsizetype total = 0;
        for (const auto &ids : m_ids)
            total += ids.size();
        return total;
    }

private:
    std::array<QSet<QString>, 3> m_ids;
};

} // namespace Orphanscope
