#include "cloudinary/listpagefields.h"

#include <QDateTime>
#include <QString>

namespace Orphanscope::ListPageFields {

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

int digits(std::string_view text, size_t from, size_t count, bool *ok)
{
    int value = 0;
    for (size_t i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

qint64 parseCreatedAt(std::string_view text)
{
    if (text.empty())
        return 0;
    if (text.size() == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == 'Z') {
        bool ok = true;
        const QDate date(digits(text, 0, 4, &ok), digits(text, 5, 2, &ok), digits(text, 8, 2, &ok));
        const int seconds = digits(text, 11, 2, &ok) * 3600 + digits(text, 14, 2, &ok) * 60 + digits(text, 17, 2, &ok);
        if (ok && date.isValid() && seconds < 86400)
            return (date.toJulianDay() - 2440588) * 86'400'000 + qint64(seconds) * 1000; // 2440588: the epoch's Julian day
    }
    const QDateTime when = QDateTime::fromString(fromUtf8(text), Qt::ISODate);
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

ResourceType typeNamed(std::string_view name, ResourceType requested)
{
    if (isLiteral(name, "image"))
        return ResourceType::Image;
    if (isLiteral(name, "video"))
        return ResourceType::Video;
    if (isLiteral(name, "raw"))
        return ResourceType::Raw;
    return resourceTypeFromName(fromUtf8(name)).value_or(requested);
}

} // namespace Orphanscope::ListPageFields
