#pragma once

#include "cloudinary/resourcetype.h"

#include <QtGlobal>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace Orphanscope {

// The delivery URL a listed file has when nothing unusual happened:
// <prefix><type>/upload/v<version>/<public id>[.<format>], the prefix the same for every file of
// an account ("https://res.cloudinary.com/<cloud>/"). Such a URL is not stored (a listed page's
// files, the checkpoint's pages): the file's other fields give it back. A URL of another shape is
// kept as it is.
class DeliveryUrlShape
{
public:
    // No prefix: matches no URL.
    DeliveryUrlShape() = default;
    explicit DeliveryUrlShape(std::string_view prefix);

    // What precedes "<type>/upload/v" in `url`, or nothing when it has no such part (cheap: a list
    // whose first URLs have none asks again for the next ones).
    static std::optional<std::string_view> prefixOf(std::string_view url, ResourceType type);

    std::string_view prefix() const { return m_prefix; }

    // Whether `url` is the one write() gives, checked in place (every listed file comes here): the
    // type's head, the version's digits read rather than written, then the public id and format.
    // A version write() would not spell this way (a sign, leading zeros, more than 18 digits) does
    // not match: the URL is then stored as it is, which is always right.
    bool matches(std::string_view url, ResourceType type, qint64 version, std::string_view publicId,
                 std::string_view format) const;
    // The URL into `out` (replacing what it held).
    void write(std::string &out, ResourceType type, qint64 version, std::string_view publicId, std::string_view format) const;

private:
    std::string m_prefix;
    std::array<std::string, 3> m_heads; // <prefix><type>/upload/v, by indexOf(type)
};

} // namespace Orphanscope
