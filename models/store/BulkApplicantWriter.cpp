#include "BulkApplicantWriter.h"

#include "Database.h"
#include "DrawInputs.h"

#include <sqlite3.h>

namespace prakerja {

namespace {

const char kStandIn[] = {'\0'};

void bindView(NativeStatement& s, int index, QByteArrayView value, bool required)
{
    if (!value.isEmpty())
        s.bindStatic(index, value.data(), static_cast<int>(value.size()));
    else if (required)
        s.bindStatic(index, kStandIn, 1);
    else
        s.bindNull(index);
}

void bindOptional(NativeStatement& s, int index, const std::optional<qint64>& value)
{
    if (value)
        s.bind(index, *value);
    else
        s.bindNull(index);
}

} // namespace

BulkApplicantWriter::BulkApplicantWriter(Database& db)
    : m_db(db)
    , m_applicant(db,
                  "INSERT INTO applicants (id, nik_bi, nik_ct, kk_bi, kk_ct, email_bi, email_ct, phone_bi, phone_ct,"
                  " name_ct, sex, birth_date, province, regency, district, segment, registered_at,"
                  " email_verified_at, nik_verified_at, phone_verified_at, joined_batch_at, last_wave, key_id)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,"
                  " ?20, ?21, ?22, ?23)")
    , m_drawRow(db, "INSERT INTO applicant_draw (applicant_id, nik_bi, kk, inputs) VALUES (?1, ?2, ?3, ?4)")
    , m_member(db, "INSERT INTO wave_members (wave, applicant_id, joined_at) VALUES (?1, ?2, ?3)")
    , m_event(db, "INSERT INTO events (applicant_id, type, at, wave, reason) VALUES (?1, ?2, ?3, ?4, ?5)")
    , m_reference(db,
                  "INSERT INTO reference_lists (list, nik_bi, nik_ct, key_id, added_at) VALUES (?1, ?2, x'00', 1, ?3)"
                  " ON CONFLICT DO NOTHING",
                  "INSERT INTO reference_lists (list, nik_bi, nik_ct, key_id, added_at)"
                  " VALUES (?1, ?2, '\\x00'::bytea, 1, ?3) ON CONFLICT DO NOTHING")
{ }

bool BulkApplicantWriter::applicant(const BulkApplicant& a)
{
    NativeStatement& s = m_applicant;
    s.bind(1, a.id);
    bindView(s, 2, a.nikBi, true);
    bindView(s, 3, a.nikCt, true);
    bindView(s, 4, a.kkBi, false);
    bindView(s, 5, a.kkCt, false);
    bindView(s, 6, a.emailBi, true);
    bindView(s, 7, a.emailCt, true);
    bindView(s, 8, a.phoneBi, false);
    bindView(s, 9, a.phoneCt, false);
    bindView(s, 10, a.nameCt, true);
    s.bind(11, a.sex).bind(12, a.birthDate).bind(13, a.province).bind(14, a.regency).bind(15, a.district);
    s.bind(16, a.segment).bind(17, a.registeredAt);
    bindOptional(s, 18, a.emailVerifiedAt);
    bindOptional(s, 19, a.nikVerifiedAt);
    bindOptional(s, 20, a.phoneVerifiedAt);
    bindOptional(s, 21, a.joinedBatchAt);
    bindOptional(s, 22, a.lastWave);
    s.bind(23, a.keyId);
    return done(s);
}

bool BulkApplicantWriter::drawRow(qint64 applicantId, QByteArrayView nikBi, QByteArrayView kk, qint64 inputs)
{
    m_drawRow.bind(1, applicantId);
    bindView(m_drawRow, 2, nikBi, true);
    bindView(m_drawRow, 3, kk, false);
    m_drawRow.bind(4, inputs);
    return done(m_drawRow);
}

bool BulkApplicantWriter::waveMember(qint64 wave, qint64 applicantId, qint64 joinedAt)
{
    m_member.bind(1, wave).bind(2, applicantId).bind(3, joinedAt);
    return done(m_member);
}

bool BulkApplicantWriter::event(qint64 applicantId, EventType type, qint64 at, qint64 wave, const char* reason)
{
    m_event.bind(1, applicantId).bind(2, static_cast<qint64>(type)).bind(3, at);
    if (wave > 0)
        m_event.bind(4, wave);
    if (reason)
        m_event.bindText(5, QString::fromLatin1(reason));
    return done(m_event);
}

bool BulkApplicantWriter::referenceEntry(int list, QByteArrayView nikBi, qint64 addedAt)
{
    m_reference.bind(1, list);
    bindView(m_reference, 2, nikBi, true);
    m_reference.bind(3, addedAt);
    return done(m_reference);
}

// DrawInputs::kRebuildSql in PostgreSQL's words: a boolean is no integer there, the list bits
// need a 64-bit shift, and INSERT OR REPLACE is an upsert on the key.
constexpr const char* kRebuildPostgres
    = "INSERT INTO applicant_draw (applicant_id, nik_bi, kk, inputs)"
      " SELECT id, nik_bi, substr(kk_bi, 1, 8), ((sex & 3) | ((province & 127) << 2) | ((segment & 7) << 9)"
      " | ((email_verified_at IS NOT NULL)::int::bigint << 12) | ((nik_verified_at IS NOT NULL)::int::bigint << 13)"
      " | ((phone_verified_at IS NOT NULL)::int::bigint << 14) | (birth_date << 16)"
      " | (SELECT COALESCE(SUM(1::bigint << (47 + r.list)::int), 0)::bigint FROM reference_lists r"
      " WHERE r.nik_bi = applicants.nik_bi)) FROM applicants"
      " ON CONFLICT (applicant_id) DO UPDATE SET nik_bi = excluded.nik_bi, kk = excluded.kk, inputs = excluded.inputs";

bool BulkApplicantWriter::rebuildDrawRows()
{
    const auto rebuilt = m_db.exec(QString::fromLatin1(m_db.isPostgres() ? kRebuildPostgres : DrawInputs::kRebuildSql));
    if (!rebuilt)
        m_error = rebuilt.error().message();
    return rebuilt.ok();
}

bool BulkApplicantWriter::done(NativeStatement& statement)
{
    if (statement.step() == SQLITE_DONE)
        return true;
    m_error = statement.errorMessage();
    return false;
}

} // namespace prakerja
