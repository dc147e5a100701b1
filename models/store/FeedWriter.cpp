#include "FeedWriter.h"

#include "Database.h"
#include "DrawInputs.h"
#include "SqliteStatement.h"
#include "domain/FeedReject.h"
#include "domain/Wave.h"

#include <sqlite3.h>

#include <algorithm>

namespace prakerja {

namespace {
// Columns of the stage timestamps in applicants, by event type.
const char* stageColumn(EventType type)
{
    switch (type) {
    case EventType::EmailVerified:
        return "email_verified_at";
    case EventType::NikVerified:
        return "nik_verified_at";
    case EventType::PhoneVerified:
        return "phone_verified_at";
    case EventType::TestCompleted:
        return "test_completed_at";
    default:
        return nullptr;
    }
}
// The stage's bit in applicant_draw.inputs, or 0.
qint64 drawInputBit(EventType type)
{
    switch (type) {
    case EventType::EmailVerified:
        return DrawInputs::kEmailVerified;
    case EventType::NikVerified:
        return DrawInputs::kNikVerified;
    case EventType::PhoneVerified:
        return DrawInputs::kPhoneVerified;
    default:
        return 0;
    }
}
// Column index in m_findByNik's result.
int stageIndex(EventType type)
{
    switch (type) {
    case EventType::EmailVerified:
        return 1;
    case EventType::NikVerified:
        return 2;
    case EventType::NikRejected:
        return 3;
    case EventType::PhoneVerified:
        return 4;
    case EventType::TestCompleted:
        return 5;
    default:
        return -1;
    }
}
} // namespace

FeedWriter::FeedWriter(Database& db) : m_db(db)
{
    sqlite3* h = db.native();
    m_insertApplicant = std::make_unique<SqliteStatement>(
        h,
        "INSERT INTO applicants (nik_bi, nik_ct, kk_bi, kk_ct, email_bi, email_ct, phone_bi, phone_ct, name_ct, sex,"
        " birth_date, province, regency, district, segment, registered_at, key_id)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    m_insertDraw = std::make_unique<SqliteStatement>(
        h, "INSERT INTO applicant_draw (applicant_id, nik_bi, kk, inputs) VALUES (?1, ?2, ?3, ?4)");
    m_markDraw = std::make_unique<SqliteStatement>(
        h, "UPDATE applicant_draw SET inputs = inputs | ?2 WHERE applicant_id = ?1");
    m_findByNik = std::make_unique<SqliteStatement>(
        h,
        "SELECT id, email_verified_at, nik_verified_at, nik_rejected_at, phone_verified_at, test_completed_at,"
        " email_bi, registered_at, joined_batch_at, last_wave, nik_reject_reason FROM applicants WHERE nik_bi = ?1");
    m_findByEmail = std::make_unique<SqliteStatement>(h, "SELECT id FROM applicants WHERE email_bi = ?1");
    m_findListed = std::make_unique<SqliteStatement>(h, "SELECT list FROM reference_lists WHERE nik_bi = ?1");
    m_insertEvent = std::make_unique<SqliteStatement>(
        h, "INSERT INTO events (applicant_id, type, at, wave, score, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    m_joinWave = std::make_unique<SqliteStatement>(
        h, "INSERT OR IGNORE INTO wave_members (wave, applicant_id, joined_at) VALUES (?1, ?2, ?3)");
    // A join counts only while its wave is open at the event's time (docs/feed.md, wave_not_open).
    m_waveWindow
        = std::make_unique<SqliteStatement>(h, "SELECT status, opens_at, closes_at FROM waves WHERE number = ?1");
    m_isMember
        = std::make_unique<SqliteStatement>(h, "SELECT 1 FROM wave_members WHERE wave = ?1 AND applicant_id = ?2");
    for (EventType t :
         {EventType::EmailVerified, EventType::NikVerified, EventType::PhoneVerified, EventType::TestCompleted}) {
        const QByteArray sql = QByteArray("UPDATE applicants SET ") + stageColumn(t)
            + (t == EventType::TestCompleted ? " = ?2, test_score = ?3" : " = ?2") + " WHERE id = ?1";
        m_stageUpdates.insert(static_cast<int>(t), std::make_shared<SqliteStatement>(h, sql.constData()));
    }
    m_stageUpdates.insert(static_cast<int>(EventType::NikRejected),
                          std::make_shared<SqliteStatement>(
                              h, "UPDATE applicants SET nik_rejected_at = ?2, nik_reject_reason = ?3 WHERE id = ?1"));
    m_stageUpdates.insert(
        static_cast<int>(EventType::JoinedBatch),
        std::make_shared<SqliteStatement>(h,
                                          "UPDATE applicants SET joined_batch_at = COALESCE(joined_batch_at, ?2),"
                                          " last_wave = MAX(COALESCE(last_wave, 0), ?3) WHERE id = ?1"));
    // The first purchase counts (revoke-expired reads it); a later one changes no row: a duplicate.
    m_stageUpdates.insert(
        static_cast<int>(EventType::TrainingBought),
        std::make_shared<SqliteStatement>(
            h, "UPDATE applicants SET training_bought_at = ?2 WHERE id = ?1 AND training_bought_at IS NULL"));
}

FeedWriter::~FeedWriter() = default;

Status FeedWriter::begin()
{
    return m_db.beginImmediate();
}

Status FeedWriter::commit()
{
    return m_db.commit();
}

void FeedWriter::rollback()
{
    m_db.rollback();
}

FeedWriter::Outcome FeedWriter::apply(const FeedRecord& record, Error* error)
{
    return record.type == EventType::Registered ? applyRegistered(record, error) : applyStage(record, error);
}

Error FeedWriter::storageError(const SqliteStatement& statement)
{
    const QString detail = statement.errorMessage();
    return makeError(QStringLiteral("storage"), QStringLiteral("Gagal menulis ke basis data: %1").arg(detail),
                     QStringLiteral("Writing to the database failed: %1").arg(detail));
}

bool FeedWriter::addEvent(qint64 applicantId, const FeedRecord& r, Error* error)
{
    m_insertEvent->bind(1, applicantId).bind(2, static_cast<qint64>(r.type)).bind(3, r.at);
    if (r.wave > 0)
        m_insertEvent->bind(4, r.wave);
    if (r.score >= 0)
        m_insertEvent->bind(5, r.score);
    m_insertEvent->bindText(6, r.reason);
    if (m_insertEvent->step() != SQLITE_DONE) {
        *error = storageError(*m_insertEvent);
        m_insertEvent->reset();
        return false;
    }
    return true;
}

FeedWriter::Outcome FeedWriter::applyRegistered(const FeedRecord& r, Error* error)
{
    SqliteStatement& ins = *m_insertApplicant;
    ins.bind(1, r.nikBi).bind(2, r.nikCt).bind(3, r.kkBi).bind(4, r.kkCt).bind(5, r.emailBi).bind(6, r.emailCt);
    ins.bind(7, r.phoneBi).bind(8, r.phoneCt).bind(9, r.nameCt).bind(10, static_cast<qint64>(r.sex));
    ins.bind(11, r.birthYmd).bind(12, r.district / 10000).bind(13, r.district / 100).bind(14, r.district);
    ins.bind(15, static_cast<qint64>(r.segment)).bind(16, r.at).bind(17, r.keyId);
    qint64 inputs
        = DrawInputs::pack(static_cast<int>(r.sex), r.district / 10000, static_cast<int>(r.segment), r.birthYmd);
    m_findListed->bind(1, r.nikBi);
    while (m_findListed->step() == SQLITE_ROW)
        inputs |= DrawInputs::listBit(static_cast<int>(m_findListed->columnInt(0)));
    m_findListed->reset();
    const int rc = ins.step();
    if (rc == SQLITE_DONE) {
        const qint64 id = sqlite3_last_insert_rowid(m_db.native());
        SqliteStatement& draw = *m_insertDraw;
        draw.bind(1, id).bind(2, r.nikBi).bind(4, inputs);
        if (r.kkBi.isEmpty())
            draw.bindNull(3);
        else
            draw.bindStatic(3, r.kkBi.constData(), static_cast<int>(std::min<qsizetype>(8, r.kkBi.size())));
        if (draw.step() != SQLITE_DONE) {
            *error = storageError(draw);
            draw.reset();
            return Outcome::Failed;
        }
        return addEvent(id, r, error) ? Outcome::Accepted : Outcome::Failed;
    }
    if ((rc & 0xff) != SQLITE_CONSTRAINT) {
        *error = storageError(ins);
        ins.reset();
        return Outcome::Failed;
    }
    ins.reset();
    // A constraint failed: a replay of the same registration, or a NIK/email taken by someone else.
    m_findByNik->bind(1, r.nikBi);
    if (m_findByNik->step() == SQLITE_ROW) {
        const bool same = m_findByNik->columnBlob(6) == r.emailBi && m_findByNik->columnInt(7) == r.at;
        m_findByNik->reset();
        if (same)
            return Outcome::Duplicate;
        *error = feedReject(QStringLiteral("nik_taken"), {});
        return Outcome::Rejected;
    }
    m_findByNik->reset();
    *error = feedReject(QStringLiteral("email_taken"), {});
    return Outcome::Rejected;
}

FeedWriter::Outcome FeedWriter::applyStage(const FeedRecord& r, Error* error)
{
    SqliteStatement& find = *m_findByNik;
    find.bind(1, r.nikBi);
    if (find.step() != SQLITE_ROW) {
        find.reset();
        *error = feedReject(QStringLiteral("unknown_nik"), {});
        return Outcome::Rejected;
    }
    const qint64 id = find.columnInt(0);
    bool duplicate = false;
    if (r.type == EventType::JoinedBatch) {
        find.reset();
        // A wave the console knows takes joins only while open, between its dates. A wave it does
        // not know yet is accepted: the draw reads only joins inside the wave's dates.
        m_waveWindow->bind(1, r.wave);
        if (m_waveWindow->step() == SQLITE_ROW) {
            const bool open = m_waveWindow->columnInt(0) == static_cast<int>(WaveStatus::Open)
                && r.at >= m_waveWindow->columnInt(1) && r.at <= m_waveWindow->columnInt(2);
            m_waveWindow->reset();
            if (!open) {
                // A replay of a join accepted while the wave was open stays a duplicate.
                m_isMember->bind(1, r.wave).bind(2, id);
                const bool member = m_isMember->step() == SQLITE_ROW;
                m_isMember->reset();
                if (member)
                    return Outcome::Duplicate;
                *error = feedReject(QStringLiteral("wave_not_open"), QStringLiteral("wave %1").arg(r.wave));
                return Outcome::Rejected;
            }
        } else {
            m_waveWindow->reset();
        }
        m_joinWave->bind(1, r.wave).bind(2, id).bind(3, r.at);
        if (m_joinWave->step() != SQLITE_DONE) {
            *error = storageError(*m_joinWave);
            m_joinWave->reset();
            return Outcome::Failed;
        }
        duplicate = sqlite3_changes(m_db.native()) == 0;
    } else if (r.type == EventType::NikRejected) {
        // A second rejection is news (the registry was asked again); the same one is a replay.
        duplicate = !find.columnIsNull(3) && find.columnInt(3) == r.at && find.columnText(10) == r.reason;
        find.reset();
    } else if (r.type == EventType::TrainingBought) {
        find.reset(); // decided by the update below
    } else {
        // Stages are reached once; the first event wins and later ones are replays.
        duplicate = !find.columnIsNull(stageIndex(r.type));
        find.reset();
    }
    if (duplicate)
        return Outcome::Duplicate;
    SqliteStatement& update = *m_stageUpdates.value(static_cast<int>(r.type));
    update.bind(1, id).bind(2, r.at);
    if (r.type == EventType::TestCompleted)
        update.bind(3, r.score);
    else if (r.type == EventType::NikRejected)
        update.bindText(3, r.reason);
    else if (r.type == EventType::JoinedBatch)
        update.bind(3, r.wave);
    if (update.step() != SQLITE_DONE) {
        *error = storageError(update);
        update.reset();
        return Outcome::Failed;
    }
    if (r.type == EventType::TrainingBought && sqlite3_changes(m_db.native()) == 0)
        return Outcome::Duplicate;
    if (const qint64 bit = drawInputBit(r.type)) {
        m_markDraw->bind(1, id).bind(2, bit);
        if (m_markDraw->step() != SQLITE_DONE) {
            *error = storageError(*m_markDraw);
            m_markDraw->reset();
            return Outcome::Failed;
        }
    }
    return addEvent(id, r, error) ? Outcome::Accepted : Outcome::Failed;
}

} // namespace prakerja
