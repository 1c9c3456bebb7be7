#pragma once

#include "cloudinary/resourcetype.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <string_view>

namespace Orphanscope {

class PublicIdTable;

// Every (resource type, public id) the database references, each with whether a listed file
// matched it: what no file matched after a whole-account scan is a broken reference. Candidates
// taken from URLs in text (addCandidate) keep files like any reference, but an unmatched one is
// not a broken reference: most candidates of a URL are suffixes of its path that name no file.
//
// Public ids are kept as UTF-8 bytes and looked up in flat open-addressing tables
// (PublicIdTable), so a listed page is matched straight from its response bytes: up to 22 bytes
// inline in a table slot, longer ones in an arena the slot points into. Copies share the data until
// one of them changes (like Qt's containers).
class ReferenceSet
{
public:
    ReferenceSet();
    ~ReferenceSet();
    ReferenceSet(const ReferenceSet &other);
    ReferenceSet &operator=(const ReferenceSet &other);
    ReferenceSet(ReferenceSet &&other) noexcept;
    ReferenceSet &operator=(ReferenceSet &&other) noexcept;

    // True when the pair was new.
    bool add(ResourceType type, std::string_view publicId) { return insert(type, publicId, FromField); }
    bool add(ResourceType type, const QString &publicId) { return add(type, utf8(publicId.toUtf8())); }
    bool addCandidate(ResourceType type, std::string_view publicId) { return insert(type, publicId, 0); }
    bool addCandidate(ResourceType type, const QString &publicId) { return addCandidate(type, utf8(publicId.toUtf8())); }

    bool contains(ResourceType type, std::string_view publicId) const;
    bool contains(ResourceType type, const QString &publicId) const { return contains(type, utf8(publicId.toUtf8())); }
    // Starts loading where the id would be, for a match() of it a few ids later: a page's ids
    // are looked up one after the other, each a cache miss in a million-entry table otherwise.
    void prefetch(ResourceType type, std::string_view publicId) const;
    // contains(), and remembers that a listed file matched the reference.
    bool match(ResourceType type, std::string_view publicId);
    bool match(ResourceType type, const QString &publicId) { return match(type, utf8(publicId.toUtf8())); }

    // A page's ids matched one after the other, each hashed once: prefetch() an id's slot some
    // places ahead of its match. A Lookup holds a view of the id and the hash of the table it was
    // made for (a copy of a shared set hashes with a seed of its own, so match() hashes again
    // when the set was copied meanwhile).
    struct Lookup
    {
        ResourceType type = ResourceType::Image;
        std::string_view publicId;
        quint64 hash = 0;
        const PublicIdTable *table = nullptr;
    };
    Lookup lookup(ResourceType type, std::string_view publicId) const;
    void prefetch(const Lookup &lookup) const;
    bool match(const Lookup &lookup);

    // The references of `types` that no listed file matched, as a set of their own (small, so
    // the whole set can be freed before the broken references are located).
    ReferenceSet unmatched(const QList<ResourceType> &types) const;
    // Every public id of a type, as UTF-8 (for a small set: the unmatched references).
    QList<QByteArray> ids(ResourceType type) const;
    // Adds every entry of other, keeping what each side knew of it. Into an empty set, the other
    // set is taken whole (a site of one database: no second pass over a million references).
    void unite(const ReferenceSet &other);
    void unite(ReferenceSet &&other);
    // Distinct (type, public id) pairs from CloudinaryField columns.
    qsizetype fieldCount() const;
    qsizetype size(ResourceType type) const;
    // Room for `count` more references of a type without growing the table on the way.
    void reserve(ResourceType type, qsizetype count);
    qsizetype size() const;

private:
    static std::string_view utf8(const QByteArray &bytes) { return {bytes.constData(), size_t(bytes.size())}; }
    enum Flag : quint8 { Matched = 1, FromField = 2 };
    bool insert(ResourceType type, std::string_view publicId, quint8 flags);
    void detach();

    struct Data;
    std::shared_ptr<Data> d;
};

} // namespace Orphanscope
