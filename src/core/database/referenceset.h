#pragma once

#include "cloudinary/resourcetype.h"

#include <QHash>
#include <QString>

#include <array>

namespace Orphanscope {

// Every (resource type, public id) the database references, each with whether a listed file
// matched it: what no file matched after a whole-account scan is a broken reference.
class ReferenceSet
{
public:
    // True when the pair was new.
    bool add(ResourceType type, const QString &publicId)
    {
        auto &ids = m_ids[indexOf(type)];
        const qsizetype before = ids.size();
        ids.insert(publicId, false);
        return ids.size() != before;
    }
    bool contains(ResourceType type, const QString &publicId) const { return m_ids[indexOf(type)].contains(publicId); }
    // contains(), and remembers that a listed file matched the reference.
    bool match(ResourceType type, const QString &publicId)
    {
        auto &ids = m_ids[indexOf(type)];
        const auto it = ids.find(publicId);
        if (it == ids.end())
            return false;
        it.value() = true;
        return true;
    }
    // The references of `types` that no listed file matched, as a set of their own (small, so
    // the whole set can be freed before the broken references are located).
    ReferenceSet unmatched(const QList<ResourceType> &types) const
    {
        ReferenceSet result;
        for (ResourceType type : types) {
            const auto &ids = m_ids[indexOf(type)];
            for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
                if (!it.value())
                    result.add(type, it.key());
            }
        }
        return result;
    }
    qsizetype size(ResourceType type) const { return m_ids[indexOf(type)].size(); }
    qsizetype size() const
    {
        qsizetype total = 0;
        for (const auto &ids : m_ids)
            total += ids.size();
        return total;
    }

private:
    std::array<QHash<QString, bool>, 3> m_ids;
};

} // namespace Orphanscope
