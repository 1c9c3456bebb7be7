#include "cloudinary/listpagefields.h"

#include "util/civildate.h"

#include <QDateTime>
#include <QString>

#include <array>

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

bool isValidDate(int year, int month, int day)
{
    static constexpr std::array<int, 12> Days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= Days[size_t(month - 1)] + (month == 2 && leap);
}

} // namespace

qint64 parseCreatedAt(std::string_view text)
{
    if (text.empty())
        return 0;
    if (text.size() == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == 'Z') {
        bool ok = true;
        const int year = digits(text, 0, 4, &ok);
        const int month = digits(text, 5, 2, &ok);
        const int day = digits(text, 8, 2, &ok);
        const int hours = digits(text, 11, 2, &ok);
        const int minutes = digits(text, 14, 2, &ok);
        const int seconds = digits(text, 17, 2, &ok);
        if (ok && isValidDate(year, month, day) && hours < 24 && minutes < 60 && seconds < 60)
            return CivilDate::daysSinceEpoch(year, month, day) * 86'400'000 + qint64(hours * 3600 + minutes * 60 + seconds) * 1000;
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
