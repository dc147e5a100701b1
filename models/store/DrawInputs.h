#pragma once
// applicant_draw: the selection engine's per-applicant inputs in a narrow table of their own,
// one row per applicant (id, NIK blind index, the family card's first 8 blind-index bytes, and
// `inputs`, the rest packed into one integer). Loading a pool of ten million then walks rows of
// about 40 bytes instead of the applicants' 500 (docs/selection.md, "Loading the pool").
// FeedWriter writes the row at registration and sets the verification bits, ReferenceImporter
// sets the list bits, KeyRotationService rewrites the blind-index copies; code that writes
// applicants or reference lists another way (tests, scratch pools, migrations) runs
// kRebuildSql afterwards.
//
// inputs: bits 0-1 sex, 2-8 province, 9-11 segment, 12 email verified, 13 NIK verified,
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

// `inputs` computed from the applicant's columns, as SQL over applicants.
// (SQLite gives &, |, << and >> one precedence, left to right: every term is parenthesised.)
#define PRAKERJA_DRAW_INPUTS_EXPRESSION                                                                                \
    "((sex & 3) | ((province & 127) << 2) | ((segment & 7) << 9) | (CASE WHEN email_verified_at IS NULL THEN 0 ELSE "  \
    "1 END << 12)"                                                                                                     \
    " | (CASE WHEN nik_verified_at IS NULL THEN 0 ELSE 1 END << 13) | (CASE WHEN phone_verified_at IS NULL THEN 0 "    \
    "ELSE 1 END << 14) | (birth_date << 16)"                                                                           \
    " | (SELECT CAST(COALESCE(SUM(CAST(1 AS BIGINT) << CAST(47 + r.list AS INTEGER)), 0) AS BIGINT) FROM "             \
    "reference_lists r WHERE r.nik_bi = applicants.nik_bi))"
inline constexpr const char* kExpressionSql = PRAKERJA_DRAW_INPUTS_EXPRESSION;
// Rewrites every applicant's row from the applicants and the reference lists.
inline constexpr const char* kRebuildSql
    = "INSERT OR REPLACE INTO applicant_draw (applicant_id, nik_bi, kk, inputs)"
      " SELECT id, nik_bi, substr(kk_bi, 1, 8), " PRAKERJA_DRAW_INPUTS_EXPRESSION " FROM applicants";
// How many applicants' rows are missing or differ from what kRebuildSql would write (tests).
inline constexpr const char* kDriftSql
    = "SELECT COUNT(*) FROM applicants LEFT JOIN applicant_draw d ON d.applicant_id = applicants.id"
      " WHERE d.applicant_id IS NULL OR d.nik_bi IS DISTINCT FROM applicants.nik_bi"
      " OR d.kk IS DISTINCT FROM substr(applicants.kk_bi, 1, 8) OR d.inputs <> " PRAKERJA_DRAW_INPUTS_EXPRESSION;

} // namespace prakerja::DrawInputs
