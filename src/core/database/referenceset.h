#pragma once

#include "cloudinary/resourcetype.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <array>

namespace Orphanscope {

// Every (resource type, public id) the database references, each with whether a listed file
// matched it: what no file matched after a whole-account scan is a broken reference. Candidates
// taken from URLs in text (addCandidate) keep files like any reference, but an unmatched one is
// not a broken reference: most candidates of a URL are suffixes of its path that name no file.
class ReferenceSet
{
public:
    // True when the pair was new.
    bool add(ResourceType type, const QString &publicId) { return insert(type, publicId, FromField); }
    bool addCandidate(ResourceType type, const QString &publicId) { return insert(type, publicId, 0); }
    bool contains(ResourceType type, const QString &publicId) const { return m_ids[indexOf(type)].contains(publicId); }
    // contains(), and remembers that a listed file matched the reference.
    bool match(ResourceType type, const QString &publicId)
    {
        auto &ids = m_ids[indexOf(type)];
        const auto it = ids.find(publicId);
        if (it == ids.end())
            return false;
        it.value() |= Matched;
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
                if ((it.value() & (FromField | Matched)) == FromField)
                    result.add(type, it.key());
            }
        }
        return result;
    }
    // Adds every entry of other, keeping what each side knew of it.
    void unite(const ReferenceSet &other)
    {
        for (int i = 0; i < 3; ++i) {
            for (auto it = other.m_ids[i].cbegin(); it != other.m_ids[i].cend(); ++it)
                m_ids[i][it.key()] |= it.value();
        }
    }
    // Distinct (type, public id) pairs from CloudinaryField columns.
    qsizetype fieldCount() const
    {
        qsizetype count = 0;
        for (const auto &ids : m_ids)
            count += std::count_if(ids.cbegin(), ids.cend(), [](quint8 flags) { return flags & FromField; });
        return count;
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
    enum Flag : quint8 { Matched = 1, FromField = 2 };
    bool insert(ResourceType type, const QString &publicId, quint8 flags)
    {
        auto &ids = m_ids[indexOf(type)];
        const qsizetype before = ids.size();
        ids[publicId] |= flags; // one lookup; a new entry starts as 0
        return ids.size() != before;
    }

    std::array<QHash<QString, quint8>, 3> m_ids;
};

} // namespace Orphanscope
