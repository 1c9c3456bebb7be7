#pragma once

#include "cloudinary/resourcetype.h"

#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace Orphanscope::ListPageFields {

// The names and values of a listed page's fields as the Admin API spells them, read straight from
// the response's bytes (listpageparser.cpp walks the document, this names what it finds).

// Whether `text` is `name`, a literal of at most 16 characters, compared as one or two words
// loaded from each (overlapping when shorter than two words): GCC calls memcmp for a comparison of
// known size, which was 5% of the scan thread for the 14 million field names of a million files.
template<size_t N>
bool isLiteral(std::string_view text, const char (&name)[N])
{
    constexpr size_t Length = N - 1;
    static_assert(Length <= 16);
    if (text.size() != Length)
        return false;
    const auto same = [&]<typename Word>(size_t at) {
        Word a;
        Word b;
        std::memcpy(&a, text.data() + at, sizeof(Word));
        std::memcpy(&b, name + at, sizeof(Word));
        return a == b;
    };
    if constexpr (Length >= 8)
        return same.template operator()<quint64>(0) && same.template operator()<quint64>(Length - 8);
    else if constexpr (Length >= 4)
        return same.template operator()<quint32>(0) && same.template operator()<quint32>(Length - 4);
    else
        return std::equal(text.begin(), text.end(), name);
}

enum class Field { PublicId, Format, ResourceType, AssetFolder, Folder, SecureUrl, Url, Bytes, Version, Width, Height, CreatedAt, Other };

// The field a key names when it is spelt plainly, read from the body just after the key's opening
// quote: each known name is compared together with the quote that must close it, so the key need
// not be unescaped first (unescaping 14 keys a file was a tenth of a page's parse). Other for any
// other key, and for a known name spelt with an escape (the caller unescapes those). Reads up to
// 16 bytes from `key`: the parser's input is padded well past its end.
inline Field knownFieldAt(const char *key)
{
    const auto is = [key]<size_t N>(const char (&quoted)[N]) { return isLiteral(std::string_view(key, N - 1), quoted); };
    switch (key[0]) {
    case 'p': return is("public_id\"") ? Field::PublicId : Field::Other;
    case 'f': return is("format\"") ? Field::Format : is("folder\"") ? Field::Folder : Field::Other;
    case 'r': return is("resource_type\"") ? Field::ResourceType : Field::Other;
    case 'a': return is("asset_folder\"") ? Field::AssetFolder : Field::Other;
    case 's': return is("secure_url\"") ? Field::SecureUrl : Field::Other;
    case 'u': return is("url\"") ? Field::Url : Field::Other;
    case 'b': return is("bytes\"") ? Field::Bytes : Field::Other;
    case 'v': return is("version\"") ? Field::Version : Field::Other;
    case 'w': return is("width\"") ? Field::Width : Field::Other;
    case 'h': return is("height\"") ? Field::Height : Field::Other;
    case 'c': return is("created_at\"") ? Field::CreatedAt : Field::Other;
    default: return Field::Other;
    }
}

// The field an unescaped key names (one that was spelt with an escape in the body): knownFieldAt
// on a copy closed by its quote. A key holding a quote itself names none.
inline Field fieldOf(std::string_view key)
{
    char quoted[32] = {}; // room for the longest name, its quote and knownFieldAt's reads
    if (key.size() >= 16 || key.find('"') != std::string_view::npos)
        return Field::Other;
    std::memcpy(quoted, key.data(), key.size());
    quoted[key.size()] = '"';
    return knownFieldAt(quoted);
}

// A resource_type as the API spells it, without a QString per file; anything else is the type
// that was asked for (as resourceTypeFromName's fallback was).
ResourceType typeNamed(std::string_view name, ResourceType requested);

// "2024-06-25T08:58:23Z", the form the Admin API uses, read directly from the bytes; anything
// else goes through the general parser. 0 for nothing readable.
qint64 parseCreatedAt(std::string_view text);

} // namespace Orphanscope::ListPageFields
