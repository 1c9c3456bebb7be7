#include "cloudinary/deliveryurlshape.h"

#include <algorithm>
#include <charconv>

namespace Orphanscope {

namespace {

// What follows the prefix up to the version, by indexOf(type).
constexpr std::array<std::string_view, 3> Markers{"image/upload/v", "video/upload/v", "raw/upload/v"};

} // namespace

DeliveryUrlShape::DeliveryUrlShape(std::string_view prefix)
    : m_prefix(prefix)
{
    if (m_prefix.empty())
        return;
    for (ResourceType type : AllResourceTypes)
        m_heads[size_t(indexOf(type))] = std::string(prefix).append(Markers[size_t(indexOf(type))]);
}

std::optional<std::string_view> DeliveryUrlShape::prefixOf(std::string_view url, ResourceType type)
{
    const size_t at = url.find(Markers[size_t(indexOf(type))]);
    if (at == std::string_view::npos)
        return std::nullopt;
    return url.substr(0, at);
}

bool DeliveryUrlShape::matches(std::string_view url, ResourceType type, qint64 version, std::string_view publicId,
                               std::string_view format) const
{
    if (m_prefix.empty())
        return false;
    const std::string &head = m_heads[size_t(indexOf(type))];
    if (!url.starts_with(head))
        return false;
    url.remove_prefix(head.size());
    const size_t limit = std::min<size_t>(url.size(), 18); // 18 digits cannot overflow
    size_t digits = 0;
    qint64 read = 0;
    for (unsigned digit; digits < limit && (digit = unsigned(url[digits]) - '0') < 10; ++digits)
        read = read * 10 + qint64(digit);
    // What follows the digits must be the slash (checked below): a 19th digit is not.
    if (digits == 0 || (url[0] == '0' && digits > 1) || read != version)
        return false;
    url.remove_prefix(digits);
    if (!url.starts_with('/'))
        return false;
    url.remove_prefix(1);
    if (!url.starts_with(publicId))
        return false;
    url.remove_prefix(publicId.size());
    if (format.empty())
        return url.empty();
    return url.size() == format.size() + 1 && url.front() == '.' && url.substr(1) == format;
}

void DeliveryUrlShape::write(std::string &out, ResourceType type, qint64 version, std::string_view publicId,
                             std::string_view format) const
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, version).ptr;
    out.assign(m_heads[size_t(indexOf(type))]).append(digits, size_t(end - digits)).append("/").append(publicId);
    if (!format.empty())
        out.append(".").append(format);
}

} // namespace Orphanscope
