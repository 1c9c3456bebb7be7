#include "database/referenceset.h"

#include "database/publicidtable.h"

#include <algorithm>

namespace Orphanscope {

struct ReferenceSet::Data
{
    std::array<PublicIdTable, 3> ids;
    IdArena arena;

    Data() = default;
    Data(const Data &other)
    {
        for (int i = 0; i < 3; ++i) {
            ids[i].reserve(other.ids[i].size());
            other.ids[i].forEach([this, i](const IdSlot &slot) { ids[i].insert(slot.view(), slot.flags(), arena); });
        }
    }
};

ReferenceSet::ReferenceSet()
    : d(std::make_shared<Data>())
{
}

ReferenceSet::~ReferenceSet() = default;
ReferenceSet::ReferenceSet(const ReferenceSet &other) = default;
ReferenceSet &ReferenceSet::operator=(const ReferenceSet &other) = default;
ReferenceSet::ReferenceSet(ReferenceSet &&other) noexcept
    : d(std::exchange(other.d, std::make_shared<Data>()))
{
}
ReferenceSet &ReferenceSet::operator=(ReferenceSet &&other) noexcept
{
    std::swap(d, other.d);
    return *this;
}

void ReferenceSet::detach()
{
    if (d.use_count() > 1)
        d = std::make_shared<Data>(*d);
}

bool ReferenceSet::insert(ResourceType type, std::string_view publicId, quint8 flags)
{
    detach();
    return d->ids[indexOf(type)].insert(publicId, flags, d->arena).second;
}

bool ReferenceSet::contains(ResourceType type, std::string_view publicId) const
{
    return d->ids[indexOf(type)].find(publicId) != nullptr;
}

void ReferenceSet::prefetch(ResourceType type, std::string_view publicId) const
{
    d->ids[indexOf(type)].prefetch(publicId);
}

bool ReferenceSet::match(ResourceType type, std::string_view publicId)
{
    return match(lookup(type, publicId));
}

ReferenceSet::Lookup ReferenceSet::lookup(ResourceType type, std::string_view publicId) const
{
    const PublicIdTable &table = d->ids[indexOf(type)];
    return {type, publicId, table.hash(publicId), &table};
}

void ReferenceSet::prefetch(const Lookup &lookup) const
{
    d->ids[indexOf(lookup.type)].prefetch(lookup.hash);
}

bool ReferenceSet::match(const Lookup &lookup)
{
    const ResourceType type = lookup.type;
    const std::string_view publicId = lookup.publicId;
    PublicIdTable &table = d->ids[indexOf(type)];
    IdSlot *slot = lookup.table == &table ? table.find(publicId, lookup.hash) : table.find(publicId);
    if (!slot)
        return false;
    if (slot->flags() & Matched)
        return true;
    if (d.use_count() > 1) {
        detach();
        slot = d->ids[indexOf(type)].find(publicId); // in the copy, hashed with its own seed
    }
    slot->addFlags(Matched);
    return true;
}

ReferenceSet ReferenceSet::unmatched(const QList<ResourceType> &types) const
{
    ReferenceSet result;
    for (ResourceType type : types) {
        d->ids[indexOf(type)].forEach([&result, type](const IdSlot &slot) {
            if ((slot.flags() & (FromField | Matched)) == FromField)
                result.add(type, slot.view());
        });
    }
    return result;
}

QList<QByteArray> ReferenceSet::ids(ResourceType type) const
{
    QList<QByteArray> ids;
    d->ids[indexOf(type)].forEach([&ids](const IdSlot &slot) { ids.append(QByteArray(slot.view().data(), qsizetype(slot.view().size()))); });
    return ids;
}

void ReferenceSet::unite(const ReferenceSet &other)
{
    if (other.d == d)
        return;
    if (size() == 0) {
        d = other.d; // shared until one side changes
        return;
    }
    detach();
    for (int i = 0; i < 3; ++i) {
        d->ids[i].reserve(d->ids[i].size() + other.d->ids[i].size()); // grown once, not rehashed on the way
        other.d->ids[i].forEach([this, i](const IdSlot &slot) { insert(AllResourceTypes[i], slot.view(), slot.flags()); });
    }
}

void ReferenceSet::unite(ReferenceSet &&other)
{
    if (size() == 0)
        std::swap(d, other.d); // nothing to merge: the other set's tables become this one's
    else
        unite(std::as_const(other));
}

qsizetype ReferenceSet::fieldCount() const
{
    qsizetype count = 0;
    for (const PublicIdTable &ids : d->ids)
        ids.forEach([&count](const IdSlot &slot) { count += (slot.flags() & FromField) ? 1 : 0; });
    return count;
}

void ReferenceSet::reserve(ResourceType type, qsizetype count)
{
    detach();
    PublicIdTable &ids = d->ids[indexOf(type)];
    ids.reserve(ids.size() + size_t(std::max<qsizetype>(0, count)));
}

qsizetype ReferenceSet::size(ResourceType type) const
{
    return qsizetype(d->ids[indexOf(type)].size());
}

qsizetype ReferenceSet::size() const
{
    qsizetype total = 0;
    for (const PublicIdTable &ids : d->ids)
        total += qsizetype(ids.size());
    return total;
}

} // namespace Orphanscope
