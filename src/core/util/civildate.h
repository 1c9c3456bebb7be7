#pragma once

#include <QtGlobal>

namespace Orphanscope::CivilDate {

// Proleptic Gregorian dates and days since 1970-01-01, counted in 400-year eras of 146,097 days
// with the year starting in March (so a leap day ends it), for the upload times of a million
// files: QDate's conversions were a tenth of reading a listed page's fields and most of writing a
// report's dates. Years as astronomers count them (0 is 1 BC; QDate has no year 0).
struct Date
{
    int year;
    int month; // 1-12
    int day;   // 1-31
};

constexpr qint64 daysSinceEpoch(int year, int month, int day)
{
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

constexpr Date fromDaysSinceEpoch(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const int dayOfEra = int(days - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int shiftedMonth = (5 * dayOfYear + 2) / 153; // 0 is March
    const int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    return {int(qint64(yearOfEra) + era * 400) + (month <= 2), month, day};
}

static_assert(daysSinceEpoch(1970, 1, 1) == 0 && daysSinceEpoch(2000, 3, 1) == 11017);
static_assert(fromDaysSinceEpoch(11017).year == 2000 && fromDaysSinceEpoch(11017).month == 3 && fromDaysSinceEpoch(11016).day == 29);

} // namespace Orphanscope::CivilDate
