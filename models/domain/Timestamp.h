#pragma once
// Instants are UTC epoch milliseconds (qint64) everywhere in the core. This namespace parses
// the feed's ISO 8601 times (an offset is mandatory) and formats instants in WIB (UTC+7).

#include "CivilDate.h"

#include <QString>
#include <optional>

namespace prakerja::Timestamp {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// Western Indonesia Time has no daylight saving; a fixed offset is exact.
constexpr qint64 kWibOffset = 7 * kHour;

// "YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)"; nullopt if malformed or without an offset.
std::optional<qint64> parseIso8601(QStringView text);
// ISO 8601 in WIB, e.g. "2020-04-11T19:00:03+07:00".
QString toIsoWib(qint64 epochMs);
// For people: "11/04/2020 19.00.03 WIB" (Indonesian convention uses dots in times).
QString toDisplayWib(qint64 epochMs, bool withSeconds = true);
// Calendar date in WIB of an instant.
CivilDate dateWib(qint64 epochMs);
qint64 nowMs();
// Today in WIB, whatever this machine's time zone (dates people type and file names).
CivilDate todayWib();

} // namespace prakerja::Timestamp
