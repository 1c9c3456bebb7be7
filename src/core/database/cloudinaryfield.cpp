#include "database/cloudinaryfield.h"

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

bool consumePrefix(QStringView *rest, QStringView prefix)
{
    if (!rest->startsWith(prefix))
        return false;
    *rest = rest->mid(prefix.size());
    return true;
}

std::optional<ResourceType> consumeResourceTypeAndDelivery(QStringView *rest, QString *delivery)
{
    static constexpr std::pair<QStringView, ResourceType> types[] = {
        {u"image/", ResourceType::Image}, {u"raw/", ResourceType::Raw}, {u"video/", ResourceType::Video}};
    static constexpr QStringView deliveries[] = {u"upload/", u"private/", u"authenticated/"};
    for (const auto &[typePrefix, type] : types) {
        QStringView candidate = *rest;
        if (!consumePrefix(&candidate, typePrefix))
            continue;
        for (QStringView deliveryPrefix : deliveries) {
            if (consumePrefix(&candidate, deliveryPrefix)) {
                *delivery = deliveryPrefix.chopped(1).toString();
                *rest = candidate;
                return type;
            }
        }
    }
    return std::nullopt;
}

QString consumeVersion(QStringView *rest)
{
    if (rest->size() < 3 || rest->front() != u'v')
        return {};
    qsizetype i = 1;
    while (i < rest->size() && rest->at(i).isDigit() && rest->at(i).unicode() < 128)
        ++i;
    if (i == 1 || i >= rest->size() || rest->at(i) != u'/')
        return {};
    const QString version = rest->mid(1, i - 1).toString();
    *rest = rest->mid(i + 1);
    return version;
}

} // namespace

std::optional<CloudinaryFieldValue> parseCloudinaryField(QStringView value, ResourceType columnType)
{
    // Python's '.' does not match a newline, and '$' may match just before a final one: such a
    // value never came from CloudinaryField, so it is treated as unparseable.
    if (value.contains(u'\n'))
        return std::nullopt;

    CloudinaryFieldValue parsed;
    QStringView rest = value;
    if (const auto type = consumeResourceTypeAndDelivery(&rest, &parsed.deliveryType)) {
        parsed.resourceType = *type;
    } else {
        parsed.resourceType = columnType;
        parsed.deliveryType = u"upload"_s;
    }
    parsed.version = consumeVersion(&rest);

    // The lazy public id leaves the shortest suffix matching (\.[^.]+)?$, which can only
    // start at the last dot, and only when at least one character follows it.
    const qsizetype dot = rest.lastIndexOf(u'.');
    if (dot >= 0 && dot + 1 < rest.size()) {
        parsed.publicId = rest.left(dot).toString();
        parsed.format = rest.mid(dot + 1).toString();
    } else {
        parsed.publicId = rest.toString();
    }
    if (parsed.publicId.isEmpty())
        return std::nullopt;
    return parsed;
}

// Every delimiter is ASCII, so the bytes parse exactly as the UTF-16 text does.
std::optional<CloudinaryFieldView> parseCloudinaryFieldUtf8(std::string_view value, ResourceType columnType)
{
    if (value.find('\n') != std::string_view::npos)
        return std::nullopt;
    CloudinaryFieldView parsed;
    parsed.resourceType = columnType;
    std::string_view rest = value;
    static constexpr std::pair<std::string_view, ResourceType> types[] = {
        {"image/", ResourceType::Image}, {"raw/", ResourceType::Raw}, {"video/", ResourceType::Video}};
    static constexpr std::string_view deliveries[] = {"upload/", "private/", "authenticated/"};
    for (const auto &[typePrefix, type] : types) {
        if (!rest.starts_with(typePrefix))
            continue;
        const std::string_view afterType = rest.substr(typePrefix.size());
        const auto delivery = std::find_if(std::begin(deliveries), std::end(deliveries), [afterType](std::string_view d) { return afterType.starts_with(d); });
        if (delivery != std::end(deliveries)) {
            parsed.resourceType = type;
            rest = afterType.substr(delivery->size());
            break;
        }
    }
    if (rest.size() >= 3 && rest.front() == 'v') {
        size_t i = 1;
        while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9')
            ++i;
        if (i > 1 && i < rest.size() && rest[i] == '/')
            rest = rest.substr(i + 1);
    }
    const size_t dot = rest.rfind('.');
    if (dot != std::string_view::npos && dot + 1 < rest.size()) {
        parsed.publicId = rest.substr(0, dot);
        parsed.format = rest.substr(dot + 1);
    } else {
        parsed.publicId = rest;
    }
    if (parsed.publicId.empty())
        return std::nullopt;
    return parsed;
}

} // namespace Orphanscope
