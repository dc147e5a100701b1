#pragma once
// applicants.draw_inputs: the selection engine's per-applicant inputs packed into one integer,
// kept beside the columns it repeats so that loading a pool of ten million reads four columns
// per row instead of ten (docs/selection.md, "Loading the pool"). FeedWriter maintains it with
// every registration and verification, ReferenceImporter with every listed NIK; code that
// writes those columns or lists another way (tests, scratch pools, migrations) runs
// kRebuildSql afterwards.
//
// bits 0-1 sex, 2-8 province, 9-11 segment, 12 email verified, 13 NIK verified,
// 14 phone verified, 16-40 birth date as YYYYMMDD, 48 + (list - 1) on reference list `list`
// (dapodik 1, dtks 2, kemnaker 3, exclusion 4; SelectionPool::Reference in the same order).

#include <QtGlobal>

namespace prakerja::DrawInputs {

constexpr qint64 kEmailVerified = 1 << 12;
constexpr qint64 kNikVerified = 1 << 13;
constexpr qint64 kPhoneVerified = 1 << 14;

constexpr int kListShift = 48;
// The bit of reference list 1..4.
constexpr qint64 listBit(int list)
{
    return qint64(1) << (kListShift + list - 1);
}

constexpr qint64 pack(int sex, int province, int segment, int birthYmd)
{
    return static_cast<qint64>(sex & 3) | static_cast<qint64>(province & 0x7f) << 2
        | static_cast<qint64>(segment & 7) << 9 | static_cast<qint64>(birthYmd) << 16;
}
constexpr int sex(qint64 v)
{
    return static_cast<int>(v & 3);
}
constexpr int province(qint64 v)
{
    return static_cast<int>(v >> 2 & 0x7f);
}
constexpr int segment(qint64 v)
{
    return static_cast<int>(v >> 9 & 7);
}
constexpr int birthYmd(qint64 v)
{
    return static_cast<int>(v >> 16 & 0x1ffffff);
}
// SelectionPool::Reference bits.
constexpr quint8 lists(qint64 v)
{
    return static_cast<quint8>(v >> kListShift & 15);
}

// The column's value computed from the columns it repeats, as SQL over applicants.
// (SQLite gives &, |, << and >> one precedence, left to right: every term is parenthesised.)
#define PRAKERJA_DRAW_INPUTS_EXPRESSION                                                                                \
    "((sex & 3) | ((province & 127) << 2) | ((segment & 7) << 9) | ((email_verified_at IS NOT NULL) << 12)"            \
    " | ((nik_verified_at IS NOT NULL) << 13) | ((phone_verified_at IS NOT NULL) << 14) | (birth_date << 16)"          \
    " | (SELECT COALESCE(SUM(1 << (47 + r.list)), 0) FROM reference_lists r WHERE r.nik_bi = applicants.nik_bi))"
inline constexpr const char* kExpressionSql = PRAKERJA_DRAW_INPUTS_EXPRESSION;
// Recomputes the column for every applicant.
inline constexpr const char* kRebuildSql = "UPDATE applicants SET draw_inputs = " PRAKERJA_DRAW_INPUTS_EXPRESSION;

} // namespace prakerja::DrawInputs
