#pragma once
// A proleptic Gregorian calendar date without time zone, cheap to copy and compare.
// Used for birth dates (from the NIK and the feed) and age computation.

#include <QString>
#include <compare>
#include <cstdint>
#include <optional>

namespace prakerja {

struct CivilDate
{
    int year = 0;
    int month = 0;
    int day = 0;

    static bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
    static int daysInMonth(int y, int m);
    static bool isValid(int y, int m, int d);
    bool isValid() const { return isValid(year, month, day); }

    // Days since 1970-01-01 (negative before).
    int64_t toDays() const;
    static CivilDate fromDays(int64_t days);
    // Compact integer yyyymmdd, the form stored in the database.
    int toYmd() const { return year * 10000 + month * 100 + day; }
    static CivilDate fromYmd(int ymd) { return {ymd / 10000, ymd / 100 % 100, ymd % 100}; }

    // Whole years completed on `at`.
    int ageOn(const CivilDate& at) const;

    // Strict "YYYY-MM-DD".
    static std::optional<CivilDate> parseIso(QStringView text);
    QString toIso() const;

    auto operator<=>(const CivilDate&) const = default;
};

} // namespace prakerja
