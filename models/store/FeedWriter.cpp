#include "FeedWriter.h"

#include "Database.h"
#include "DrawInputs.h"
#include "NativeStatement.h"
#include "PostgresCommitDetector.h"
#include "PostgresCopy.h"
#include "domain/Budget.h"
#include "domain/FeedReject.h"
#include "domain/Training.h"
#include "domain/Wave.h"

#include <QSet>
#include <QtEndian>
#include <libpq-fe.h>
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
    m_insertApplicant = std::make_unique<NativeStatement>(
        db,
        "INSERT INTO applicants (nik_bi, nik_ct, kk_bi, kk_ct, email_bi, email_ct, phone_bi, phone_ct, name_ct, sex,"
        " birth_date, province, regency, district, segment, registered_at, key_id)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        // PostgreSQL: a taken NIK or email must not abort the batch's transaction; no row back is
        // SQLite's constraint failure.
        "INSERT INTO applicants (nik_bi, nik_ct, kk_bi, kk_ct, email_bi, email_ct, phone_bi, phone_ct, name_ct, sex,"
        " birth_date, province, regency, district, segment, registered_at, key_id)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"
        " ON CONFLICT DO NOTHING RETURNING id");
    m_insertDraw = std::make_unique<NativeStatement>(
        db, "INSERT INTO applicant_draw (applicant_id, nik_bi, kk, inputs) VALUES (?1, ?2, ?3, ?4)");
    m_markDraw = std::make_unique<NativeStatement>(
        db, "UPDATE applicant_draw SET inputs = inputs | ?2 WHERE applicant_id = ?1");
    m_findByNik = std::make_unique<NativeStatement>(
        db,
        "SELECT id, email_verified_at, nik_verified_at, nik_rejected_at, phone_verified_at, test_completed_at,"
        " email_bi, registered_at, joined_batch_at, last_wave, nik_reject_reason FROM applicants WHERE nik_bi = ?1");
    m_findByEmail = std::make_unique<NativeStatement>(db, "SELECT id FROM applicants WHERE email_bi = ?1");
    m_findListed = std::make_unique<NativeStatement>(db, "SELECT list FROM reference_lists WHERE nik_bi = ?1");
    m_insertEvent = std::make_unique<NativeStatement>(
        db, "INSERT INTO events (applicant_id, type, at, wave, score, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    m_joinWave = std::make_unique<NativeStatement>(
        db, "INSERT OR IGNORE INTO wave_members (wave, applicant_id, joined_at) VALUES (?1, ?2, ?3)");
    // A join counts only while its wave is open at the event's time (docs/feed.md, wave_not_open).
    m_waveWindow
        = std::make_unique<NativeStatement>(db, "SELECT status, opens_at, closes_at FROM waves WHERE number = ?1");
    m_isMember
        = std::make_unique<NativeStatement>(db, "SELECT 1 FROM wave_members WHERE wave = ?1 AND applicant_id = ?2");
    for (EventType t :
         {EventType::EmailVerified, EventType::NikVerified, EventType::PhoneVerified, EventType::TestCompleted}) {
        const QByteArray sql = QByteArray("UPDATE applicants SET ") + stageColumn(t)
            + (t == EventType::TestCompleted ? " = ?2, test_score = ?3" : " = ?2") + " WHERE id = ?1";
        m_stageUpdates.insert(static_cast<int>(t), std::make_shared<NativeStatement>(db, sql.constData()));
    }
    m_stageUpdates.insert(static_cast<int>(EventType::NikRejected),
                          std::make_shared<NativeStatement>(
                              db, "UPDATE applicants SET nik_rejected_at = ?2, nik_reject_reason = ?3 WHERE id = ?1"));
    m_stageUpdates.insert(
        static_cast<int>(EventType::JoinedBatch),
        std::make_shared<NativeStatement>(db,
                                          "UPDATE applicants SET joined_batch_at = COALESCE(joined_batch_at, ?2),"
                                          " last_wave = MAX(COALESCE(last_wave, 0), ?3) WHERE id = ?1",
                                          "UPDATE applicants SET joined_batch_at = COALESCE(joined_batch_at, ?2),"
                                          " last_wave = GREATEST(COALESCE(last_wave, 0), ?3) WHERE id = ?1"));
    // What the events past selection read and write (docs/feed.md, "The money").
    m_participant = std::make_unique<NativeStatement>(
        db,
        "SELECT p.wave, p.status, p.announced_at, p.spent, p.purchases, p.completions, p.first_completed_at,"
        " p.incentive_months, p.surveys_done, w.training_credit, w.monthly_incentive, w.survey_incentive"
        " FROM participants p LEFT JOIN waves w ON w.number = p.wave WHERE p.applicant_id = ?1");
    m_findTraining = std::make_unique<NativeStatement>(
        db,
        "SELECT t.id, t.platform_id, t.status FROM trainings t JOIN platforms p ON p.id = t.platform_id"
        " WHERE p.code = ?1 AND t.code = ?2");
    m_trainingChanges = std::make_unique<NativeStatement>(
        db, "SELECT at, old_value FROM training_history WHERE training_id = ?1 AND field = 'status' ORDER BY at, id");
    m_findPurchase = std::make_unique<NativeStatement>(
        db, "SELECT id, bought_at, completed_at FROM purchases WHERE applicant_id = ?1 AND training_id = ?2");
    m_insertPurchase = std::make_unique<NativeStatement>(
        db,
        "INSERT INTO purchases (applicant_id, wave, training_id, platform_id, price, bought_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    m_completePurchase = std::make_unique<NativeStatement>(
        db, "UPDATE purchases SET completed_at = ?2, certificate = ?3 WHERE id = ?1");
    m_spend = std::make_unique<NativeStatement>(
        db,
        "UPDATE participants SET spent = spent + ?2, purchases = purchases + 1,"
        " first_purchase_at = COALESCE(first_purchase_at, ?3) WHERE applicant_id = ?1");
    m_complete = std::make_unique<NativeStatement>(
        db,
        "UPDATE participants SET completions = completions + 1,"
        " first_completed_at = COALESCE(first_completed_at, ?2) WHERE applicant_id = ?1");
    m_insertPayout = std::make_unique<NativeStatement>(db,
                                                       "INSERT INTO payouts (applicant_id, kind, number, wave, at, "
                                                       "amount, channel) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                                       " ON CONFLICT (applicant_id, kind, number) DO NOTHING");
    m_payIncentive = std::make_unique<NativeStatement>(
        db,
        "UPDATE participants SET incentives = incentives + ?2, incentive_months = incentive_months + 1"
        " WHERE applicant_id = ?1");
    m_paySurvey = std::make_unique<NativeStatement>(
        db, "UPDATE participants SET surveys = surveys + ?2, surveys_done = surveys_done + 1 WHERE applicant_id = ?1");
    m_countBare = std::make_unique<NativeStatement>(
        db, "INSERT INTO purchases (applicant_id, wave, bought_at) VALUES (?1, ?2, ?3)");
    m_updateActuals = std::make_unique<NativeStatement>(
        db,
        "INSERT INTO wave_actuals (wave, spent, incentives, surveys) VALUES (?1, ?2, ?3, ?4)"
        " ON CONFLICT (wave) DO UPDATE SET spent = wave_actuals.spent + excluded.spent,"
        " incentives = wave_actuals.incentives + excluded.incentives,"
        " surveys = wave_actuals.surveys + excluded.surveys");
    // The first purchase counts (revoke-expired reads it); a later one changes no row: a duplicate.
    m_stageUpdates.insert(
        static_cast<int>(EventType::TrainingBought),
        std::make_shared<NativeStatement>(
            db, "UPDATE applicants SET training_bought_at = ?2 WHERE id = ?1 AND training_bought_at IS NULL"));
}

FeedWriter::~FeedWriter()
{
    if (m_notifyPending && !m_db.inTransaction())
        m_db.exec(
            QStringLiteral("SELECT pg_notify('%1', '')").arg(QLatin1StringView(PostgresCommitDetector::kChannel)));
}

Status FeedWriter::begin()
{
    m_stageDirty = false;
    m_actualDeltas.clear();
    m_trainings.clear();
    return m_db.beginImmediate();
}

Status FeedWriter::commit()
{
    for (auto it = m_actualDeltas.cbegin(); it != m_actualDeltas.cend(); ++it) {
        m_updateActuals->bind(1, it.key()).bind(2, it->spent).bind(3, it->incentives).bind(4, it->surveys);
        if (m_updateActuals->step() != SQLITE_DONE) {
            const QString message = m_updateActuals->errorMessage();
            rollback();
            return makeError(QStringLiteral("sql"), message);
        }
    }
    m_actualDeltas.clear();
    if (m_db.isPostgres()) {
        // Delivered at the commit, only if it commits.
        if (!m_sinceNotify.isValid() || m_sinceNotify.elapsed() >= 1000) {
            auto notified = m_db.exec(
                QStringLiteral("SELECT pg_notify('%1', '')").arg(QLatin1StringView(PostgresCommitDetector::kChannel)));
            if (!notified) {
                rollback();
                return notified.error();
            }
            m_sinceNotify.start();
            m_notifyPending = false;
        } else {
            m_notifyPending = true;
        }
    }
    return m_db.commit();
}

void FeedWriter::rollback()
{
    m_stageReady = false; // created in the transaction that is rolled back, perhaps
    m_stageDirty = false;
    m_actualDeltas.clear();
    m_trainings.clear();
    m_db.rollback();
}

void FeedWriter::applyAll(const std::vector<const FeedRecord*>& records, std::vector<Outcome>& outcomes,
                          std::vector<Error>& errors)
{
    const size_t n = records.size();
    outcomes.assign(n, Outcome::Failed);
    errors.assign(n, Error());
    for (size_t i = 0; i < n;) {
        size_t end = i;
        if (m_db.isPostgres())
            while (end < n && records[end]->type == EventType::Registered)
                ++end;
        if (end - i >= kCopyRun) {
            if (!applyRegistrations(records.data() + i, end - i, outcomes.data() + i, errors.data() + i))
                return;
            i = end;
            continue;
        }
        end = std::max(end, i + 1);
        for (; i < end; ++i) {
            outcomes[i] = apply(*records[i], &errors[i]);
            if (outcomes[i] == Outcome::Failed)
                return;
        }
    }
}

namespace {

template <typename T> void appendBigEndian(QByteArray& buffer, T value)
{
    char raw[sizeof(T)];
    qToBigEndian(value, raw);
    buffer.append(raw, sizeof(T));
}

constexpr Oid kByteaArrayOid = 1001;

// A bytea[] parameter in PostgreSQL's binary array format.
QByteArray byteaArray(const std::vector<const QByteArray*>& items)
{
    QByteArray out;
    appendBigEndian<qint32>(out, 1); // dimensions
    appendBigEndian<qint32>(out, 0); // no NULLs
    appendBigEndian<quint32>(out, 17); // bytea
    appendBigEndian<qint32>(out, static_cast<qint32>(items.size()));
    appendBigEndian<qint32>(out, 1); // lower bound
    for (const QByteArray* item : items) {
        appendBigEndian<qint32>(out, static_cast<qint32>(item->size()));
        out.append(*item);
    }
    return out;
}

// A statement with one bytea[] parameter, binary results; null with `error` set on failure.
PGresult* execWithArray(PGconn* conn, const char* sql, const QByteArray& array, QString& error)
{
    const char* values[] = {array.constData()};
    const int lengths[] = {static_cast<int>(array.size())};
    const int formats[] = {1};
    const Oid types[] = {kByteaArrayOid};
    PGresult* r = PQexecParams(conn, sql, 1, types, values, lengths, formats, 1);
    if (PQresultStatus(r) == PGRES_TUPLES_OK)
        return r;
    error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    PQclear(r);
    return nullptr;
}

qint64 binaryInt(const PGresult* r, int row, int column)
{
    return qFromBigEndian<qint64>(PQgetvalue(r, row, column));
}

QByteArray binaryBytes(const PGresult* r, int row, int column)
{
    return QByteArray(PQgetvalue(r, row, column), PQgetlength(r, row, column));
}

QString execCommand(PGconn* conn, const char* sql)
{
    PGresult* r = PQexec(conn, sql);
    QString error;
    if (PQresultStatus(r) != PGRES_COMMAND_OK)
        error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    PQclear(r);
    return error;
}

} // namespace

bool FeedWriter::applyRegistrations(const FeedRecord* const* records, size_t count, Outcome* outcomes, Error* errors)
{
    PGconn* conn = m_db.postgres();
    const auto fail = [&](const QString& detail) {
        std::fill(outcomes, outcomes + count, Outcome::Failed);
        errors[0] = makeError(QStringLiteral("storage"), Error::tr("Gagal menulis ke basis data: %1").arg(detail));
        return false;
    };
    // The run's rows, in their order (seq), in a staging table of this connection: only
    // ciphertexts and blind indexes, as in applicants.
    if (!m_stageReady) {
        if (const QString e = execCommand(
                conn,
                "CREATE TEMPORARY TABLE IF NOT EXISTS feed_registrations (seq BIGINT NOT NULL, nik_bi BYTEA, nik_ct "
                "BYTEA,"
                " kk_bi BYTEA, kk_ct BYTEA, email_bi BYTEA, email_ct BYTEA, phone_bi BYTEA, phone_ct BYTEA,"
                " name_ct BYTEA, sex BIGINT, birth_date BIGINT, province BIGINT, regency BIGINT, district BIGINT,"
                " segment BIGINT, registered_at BIGINT, key_id BIGINT) ON COMMIT DELETE ROWS");
            !e.isEmpty())
            return fail(e);
        m_stageReady = true;
    } else if (m_stageDirty) {
        if (const QString e = execCommand(conn, "TRUNCATE feed_registrations"); !e.isEmpty())
            return fail(e);
    }
    m_stageDirty = true;
    {
        PostgresCopy copy(m_db,
                          "COPY feed_registrations (seq, nik_bi, nik_ct, kk_bi, kk_ct, email_bi, email_ct, phone_bi,"
                          " phone_ct, name_ct, sex, birth_date, province, regency, district, segment, registered_at,"
                          " key_id) FROM STDIN (FORMAT binary)");
        if (const Status s = copy.start(); !s)
            return fail(s.error().message());
        for (size_t i = 0; i < count; ++i) {
            const FeedRecord& r = *records[i];
            copy.row(18);
            copy.add(static_cast<qint64>(i));
            for (const QByteArray* b :
                 {&r.nikBi, &r.nikCt, &r.kkBi, &r.kkCt, &r.emailBi, &r.emailCt, &r.phoneBi, &r.phoneCt, &r.nameCt})
                copy.add(QByteArrayView(*b));
            copy.add(static_cast<qint64>(r.sex));
            copy.add(static_cast<qint64>(r.birthYmd));
            copy.add(static_cast<qint64>(r.district / 10000));
            copy.add(static_cast<qint64>(r.district / 100));
            copy.add(static_cast<qint64>(r.district));
            copy.add(static_cast<qint64>(r.segment));
            copy.add(r.at);
            copy.add(static_cast<qint64>(r.keyId));
        }
        if (const Status s = copy.finish(); !s)
            return fail(s.error().message());
    }
    // The sort by seq in memory (a batch's rows are tens of megabytes; the default 4 MB spills to
    // disk), for this transaction only.
    if (const QString e = execCommand(conn, "SET LOCAL work_mem = '256MB'"); !e.isEmpty())
        return fail(e);
    // In the run's order, so that the first of two registrations with one NIK or email is the one
    // that stays, as one INSERT after the other would have it (and the ids follow the order).
    PGresult* inserted = PQexecParams(
        conn,
        "INSERT INTO applicants (nik_bi, nik_ct, kk_bi, kk_ct, email_bi, email_ct, phone_bi, phone_ct, name_ct, sex,"
        " birth_date, province, regency, district, segment, registered_at, key_id)"
        " SELECT nik_bi, nik_ct, kk_bi, kk_ct, email_bi, email_ct, phone_bi, phone_ct, name_ct, sex, birth_date,"
        " province, regency, district, segment, registered_at, key_id FROM feed_registrations ORDER BY seq"
        " ON CONFLICT DO NOTHING RETURNING id, nik_bi, email_bi",
        0, nullptr, nullptr, nullptr, nullptr, 1);
    if (PQresultStatus(inserted) != PGRES_TUPLES_OK) {
        const QString e = QString::fromUtf8(PQresultErrorMessage(inserted)).trimmed();
        PQclear(inserted);
        return fail(e);
    }
    // An inserted row is the first of the run with its NIK and email: a later one with both the
    // same finds the NIK taken, and an earlier one that failed on that email leaves it taken.
    QHash<std::pair<QByteArray, QByteArray>, qint64> insertedIds;
    QSet<qint64> runIds;
    for (int row = 0; row < PQntuples(inserted); ++row) {
        const qint64 id = binaryInt(inserted, row, 0);
        insertedIds.insert({binaryBytes(inserted, row, 1), binaryBytes(inserted, row, 2)}, id);
        runIds.insert(id);
    }
    PQclear(inserted);
    std::vector<qint64> ids(count, 0);
    std::vector<const QByteArray*> acceptedNiks, failedNiks;
    for (size_t i = 0; i < count; ++i) {
        const auto it = insertedIds.find({records[i]->nikBi, records[i]->emailBi});
        if (it != insertedIds.end()) {
            ids[i] = *it;
            insertedIds.erase(it);
            acceptedNiks.push_back(&records[i]->nikBi);
        } else {
            failedNiks.push_back(&records[i]->nikBi);
        }
    }
    // Who held a failed row's NIK before this run (rows of the run are judged in order below).
    struct Holder
    {
        QByteArray emailBi;
        qint64 registeredAt = 0;
    };
    QHash<QByteArray, Holder> before;
    if (!failedNiks.empty()) {
        QString e;
        PGresult* r = execWithArray(conn,
                                    "SELECT id, nik_bi, email_bi, registered_at FROM applicants"
                                    " WHERE nik_bi = ANY($1::bytea[])",
                                    byteaArray(failedNiks), e);
        if (!r)
            return fail(e);
        for (int row = 0; row < PQntuples(r); ++row)
            if (!runIds.contains(binaryInt(r, row, 0)))
                before.insert(binaryBytes(r, row, 1), {binaryBytes(r, row, 2), binaryInt(r, row, 3)});
        PQclear(r);
    }
    // The reference lists of the accepted NIKs, for their draw rows.
    QHash<QByteArray, qint64> listBits;
    if (!acceptedNiks.empty()) {
        QString e;
        PGresult* r = execWithArray(conn, "SELECT nik_bi, list FROM reference_lists WHERE nik_bi = ANY($1::bytea[])",
                                    byteaArray(acceptedNiks), e);
        if (!r)
            return fail(e);
        for (int row = 0; row < PQntuples(r); ++row)
            listBits[binaryBytes(r, row, 0)] |= DrawInputs::listBit(static_cast<int>(binaryInt(r, row, 1)));
        PQclear(r);
    }
    // The judgement apply() makes after a failed insert: the NIK's holder at that moment (an
    // earlier row of the run, or a row from before) registered the same way is a replay, another
    // registration is nik_taken; a NIK nobody held means the email was taken.
    QHash<QByteArray, Holder> run;
    for (size_t i = 0; i < count; ++i) {
        const FeedRecord& r = *records[i];
        if (ids[i] != 0) {
            run.insert(r.nikBi, {r.emailBi, r.at});
            outcomes[i] = Outcome::Accepted;
            continue;
        }
        const Holder* holder = nullptr;
        if (const auto it = run.constFind(r.nikBi); it != run.constEnd())
            holder = &*it;
        else if (const auto old = before.constFind(r.nikBi); old != before.constEnd())
            holder = &*old;
        if (!holder) {
            outcomes[i] = Outcome::Rejected;
            errors[i] = feedReject(QStringLiteral("email_taken"), {});
        } else if (holder->emailBi == r.emailBi && holder->registeredAt == r.at) {
            outcomes[i] = Outcome::Duplicate;
        } else {
            outcomes[i] = Outcome::Rejected;
            errors[i] = feedReject(QStringLiteral("nik_taken"), {});
        }
    }
    if (acceptedNiks.empty())
        return true;
    // The accepted rows' draw rows, then their registration events, in the run's order.
    const auto copyAccepted = [&](const char* sql, int columns, const auto& addRow) {
        PostgresCopy copy(m_db, sql);
        Status s = copy.start();
        for (size_t i = 0; s && i < count; ++i) {
            if (ids[i] == 0)
                continue;
            copy.row(columns);
            copy.add(ids[i]);
            addRow(copy, *records[i]);
        }
        return s ? copy.finish() : s;
    };
    Status s
        = copyAccepted("COPY applicant_draw (applicant_id, nik_bi, kk, inputs) FROM STDIN (FORMAT binary)", 4,
                       [&](PostgresCopy& copy, const FeedRecord& r) {
                           copy.add(QByteArrayView(r.nikBi));
                           copy.add(QByteArrayView(r.kkBi).first(std::min<qsizetype>(8, r.kkBi.size())));
                           copy.add(static_cast<qint64>(DrawInputs::pack(static_cast<int>(r.sex), r.district / 10000,
                                                                         static_cast<int>(r.segment), r.birthYmd)
                                                        | listBits.value(r.nikBi)));
                       });
    if (s)
        s = copyAccepted("COPY events (applicant_id, type, at, wave, score, reason) FROM STDIN (FORMAT binary)", 6,
                         [](PostgresCopy& copy, const FeedRecord& r) {
                             copy.add(static_cast<qint64>(r.type));
                             copy.add(r.at);
                             if (r.wave > 0)
                                 copy.add(static_cast<qint64>(r.wave));
                             else
                                 copy.addNull();
                             if (r.score >= 0)
                                 copy.add(static_cast<qint64>(r.score));
                             else
                                 copy.addNull();
                             copy.addText(r.reason);
                         });
    if (!s)
        return fail(s.error().message());
    return true;
}

FeedWriter::Outcome FeedWriter::apply(const FeedRecord& record, Error* error)
{
    return record.type == EventType::Registered ? applyRegistered(record, error) : applyStage(record, error);
}

Error FeedWriter::storageError(const NativeStatement& statement)
{
    const QString detail = statement.errorMessage();
    return makeError(QStringLiteral("storage"), Error::tr("Gagal menulis ke basis data: %1").arg(detail));
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
    NativeStatement& ins = *m_insertApplicant;
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
    int rc = ins.step();
    qint64 id = 0;
    if (m_db.isPostgres()) {
        // RETURNING id: a row is the insert, none a conflict.
        if (rc == SQLITE_ROW) {
            id = ins.columnInt(0);
            ins.reset();
            rc = SQLITE_DONE;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_CONSTRAINT;
        }
    } else if (rc == SQLITE_DONE) {
        id = ins.lastInsertId();
    }
    if (rc == SQLITE_DONE) {
        NativeStatement& draw = *m_insertDraw;
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
    NativeStatement& find = *m_findByNik;
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
        duplicate = m_joinWave->changes() == 0;
    } else if (r.type == EventType::NikRejected) {
        // A second rejection is news (the registry was asked again); the same one is a replay.
        duplicate = !find.columnIsNull(3) && find.columnInt(3) == r.at && find.columnText(10) == r.reason;
        find.reset();
    } else if (r.type == EventType::TrainingBought && r.bare) {
        find.reset();
        return applyBareBought(id, r, error);
    } else if (r.type == EventType::TrainingBought || r.type == EventType::TrainingCompleted
               || r.type == EventType::IncentivePaid || r.type == EventType::SurveyCompleted) {
        find.reset();
        return applyMoney(id, r, error);
    } else {
        // Stages are reached once; the first event wins and later ones are replays.
        duplicate = !find.columnIsNull(stageIndex(r.type));
        find.reset();
    }
    if (duplicate)
        return Outcome::Duplicate;
    NativeStatement& update = *m_stageUpdates.value(static_cast<int>(r.type));
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

bool FeedWriter::run(NativeStatement& statement, Error* error)
{
    if (statement.step() == SQLITE_DONE)
        return true;
    *error = storageError(statement);
    statement.reset();
    return false;
}

bool FeedWriter::addEvent(qint64 applicantId, const FeedRecord& r, int wave, qint64 ordinal, Error* error)
{
    m_insertEvent->bind(1, applicantId).bind(2, static_cast<qint64>(r.type)).bind(3, r.at);
    if (wave > 0)
        m_insertEvent->bind(4, wave);
    m_insertEvent->bind(5, ordinal);
    return run(*m_insertEvent, error);
}

bool FeedWriter::TrainingRef::publishedAt(qint64 at) const
{
    // The status at `at` is the one before the first change after it, or the current one.
    for (const auto& [changedAt, before] : changes)
        if (changedAt > at)
            return before == TrainingRules::statusName(TrainingStatus::Published);
    return status == static_cast<int>(TrainingStatus::Published);
}

const FeedWriter::TrainingRef* FeedWriter::training(const QString& platform, const QString& code, Error* error)
{
    const QString key = platform + u'\n' + code;
    if (auto it = m_trainings.constFind(key); it != m_trainings.constEnd())
        return it->get();
    auto ref = std::make_shared<TrainingRef>();
    m_findTraining->bindText(1, platform).bindText(2, code);
    const int rc = m_findTraining->step();
    if (rc == SQLITE_ROW) {
        ref->id = m_findTraining->columnInt(0);
        ref->platformId = m_findTraining->columnInt(1);
        ref->status = static_cast<int>(m_findTraining->columnInt(2));
    }
    m_findTraining->reset();
    m_lookupFailed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    if (m_lookupFailed) {
        *error = storageError(*m_findTraining);
        return nullptr;
    }
    if (ref->id > 0) {
        m_trainingChanges->bind(1, ref->id);
        while (m_trainingChanges->step() == SQLITE_ROW)
            ref->changes.emplace_back(m_trainingChanges->columnInt(0), m_trainingChanges->columnText(1));
        m_trainingChanges->reset();
    }
    m_trainings.insert(key, ref);
    return ref->id > 0 ? ref.get() : nullptr;
}

FeedWriter::Outcome FeedWriter::applyBareBought(qint64 id, const FeedRecord& r, Error* error)
{
    // An old feed's purchase without its training: the first purchase counts, as before.
    NativeStatement& update = *m_stageUpdates.value(static_cast<int>(EventType::TrainingBought));
    update.bind(1, id).bind(2, r.at);
    if (!run(update, error))
        return Outcome::Failed;
    if (update.changes() == 0)
        return Outcome::Duplicate;
    int wave = 0;
    m_participant->bind(1, id);
    if (m_participant->step() == SQLITE_ROW)
        wave = static_cast<int>(m_participant->columnInt(0));
    m_participant->reset();
    if (wave > 0) {
        m_spend->bind(1, id).bind(2, 0).bind(3, r.at);
        if (!run(*m_spend, error))
            return Outcome::Failed;
    }
    m_countBare->bind(1, id).bind(2, wave).bind(3, r.at);
    if (!run(*m_countBare, error))
        return Outcome::Failed;
    return addEvent(id, r, wave, 1, error) ? Outcome::Accepted : Outcome::Failed;
}

FeedWriter::Outcome FeedWriter::applyMoney(qint64 id, const FeedRecord& r, Error* error)
{
    NativeStatement& p = *m_participant;
    p.bind(1, id);
    const int prc = p.step();
    if (prc != SQLITE_ROW) {
        p.reset();
        if (prc != SQLITE_DONE) {
            *error = storageError(p);
            return Outcome::Failed;
        }
        *error = feedReject(QStringLiteral("not_participant"));
        return Outcome::Rejected;
    }
    const Budget defaults;
    const int wave = static_cast<int>(p.columnInt(0));
    const bool active = p.columnInt(1) == 1;
    const qint64 announcedAt = p.columnInt(2);
    const qint64 spent = p.columnInt(3);
    const qint64 purchases = p.columnInt(4);
    const qint64 completions = p.columnInt(5);
    const qint64 firstCompleted = p.columnIsNull(6) ? -1 : p.columnInt(6);
    const qint64 months = p.columnInt(7);
    const qint64 surveys = p.columnInt(8);
    const qint64 credit = p.columnIsNull(9) ? defaults.trainingCredit : p.columnInt(9);
    const qint64 monthly = p.columnIsNull(10) ? defaults.monthlyIncentive : p.columnInt(10);
    const qint64 survey = p.columnIsNull(11) ? defaults.surveyIncentive : p.columnInt(11);
    p.reset();
    const auto reject = [error](const char* code, const QString& detail = {}) {
        *error = feedReject(QString::fromLatin1(code), detail);
        return Outcome::Rejected;
    };

    switch (r.type) {
    case EventType::TrainingBought: {
        if (!active || r.at < announcedAt)
            return reject("not_participant");
        const TrainingRef* t = training(r.platform, r.training, error);
        if (!t && m_lookupFailed)
            return Outcome::Failed;
        if (!t || !t->publishedAt(r.at))
            return reject("training_not_published");
        m_findPurchase->bind(1, id).bind(2, t->id);
        const bool bought = m_findPurchase->step() == SQLITE_ROW;
        m_findPurchase->reset();
        if (bought)
            return Outcome::Duplicate; // the same training again: the first purchase wins
        if (r.price > credit - spent)
            return reject("over_credit", QStringLiteral("%1 > %2").arg(r.price).arg(credit - spent));
        m_insertPurchase->bind(1, id)
            .bind(2, wave)
            .bind(3, t->id)
            .bind(4, t->platformId)
            .bind(5, r.price)
            .bind(6, r.at);
        if (!run(*m_insertPurchase, error))
            return Outcome::Failed;
        m_spend->bind(1, id).bind(2, r.price).bind(3, r.at);
        if (!run(*m_spend, error))
            return Outcome::Failed;
        // The first purchase stops the 30-day clock (revoke-expired reads it).
        NativeStatement& first = *m_stageUpdates.value(static_cast<int>(EventType::TrainingBought));
        first.bind(1, id).bind(2, r.at);
        if (!run(first, error))
            return Outcome::Failed;
        m_actualDeltas[wave].spent += r.price;
        return addEvent(id, r, wave, purchases + 1, error) ? Outcome::Accepted : Outcome::Failed;
    }
    case EventType::TrainingCompleted: {
        const TrainingRef* t = training(r.platform, r.training, error);
        if (!t && m_lookupFailed)
            return Outcome::Failed;
        if (!t)
            return reject("not_bought");
        m_findPurchase->bind(1, id).bind(2, t->id);
        if (m_findPurchase->step() != SQLITE_ROW) {
            m_findPurchase->reset();
            return reject("not_bought");
        }
        const qint64 purchase = m_findPurchase->columnInt(0);
        const qint64 boughtAt = m_findPurchase->columnInt(1);
        const bool completed = !m_findPurchase->columnIsNull(2);
        m_findPurchase->reset();
        if (completed)
            return Outcome::Duplicate;
        if (r.at < boughtAt)
            return reject("not_bought", QStringLiteral("completed before it was bought"));
        m_completePurchase->bind(1, purchase).bind(2, r.at).bindText(3, r.certificate);
        if (!run(*m_completePurchase, error))
            return Outcome::Failed;
        m_complete->bind(1, id).bind(2, r.at);
        if (!run(*m_complete, error))
            return Outcome::Failed;
        return addEvent(id, r, wave, completions + 1, error) ? Outcome::Accepted : Outcome::Failed;
    }
    case EventType::IncentivePaid: {
        if (!active)
            return reject("not_participant");
        if (firstCompleted < 0 || firstCompleted > r.at)
            return reject("not_completed");
        if (r.amount > monthly)
            return reject("amount_over_rule", QStringLiteral("%1 > %2").arg(r.amount).arg(monthly));
        m_insertPayout->bind(1, id).bind(2, 1).bind(3, r.month).bind(4, wave).bind(5, r.at).bind(6, r.amount);
        m_insertPayout->bindText(7, r.channel);
        if (!run(*m_insertPayout, error))
            return Outcome::Failed;
        if (m_insertPayout->changes() == 0)
            return Outcome::Duplicate; // each month once
        m_payIncentive->bind(1, id).bind(2, r.amount);
        if (!run(*m_payIncentive, error))
            return Outcome::Failed;
        m_actualDeltas[wave].incentives += r.amount;
        return addEvent(id, r, wave, months + 1, error) ? Outcome::Accepted : Outcome::Failed;
    }
    case EventType::SurveyCompleted: {
        if (!active)
            return reject("not_participant");
        m_insertPayout->bind(1, id).bind(2, 2).bind(3, r.number).bind(4, wave).bind(5, r.at).bind(6, survey);
        m_insertPayout->bindText(7, QStringLiteral(""));
        if (!run(*m_insertPayout, error))
            return Outcome::Failed;
        if (m_insertPayout->changes() == 0)
            return Outcome::Duplicate;
        m_paySurvey->bind(1, id).bind(2, survey);
        if (!run(*m_paySurvey, error))
            return Outcome::Failed;
        m_actualDeltas[wave].surveys += survey;
        return addEvent(id, r, wave, surveys + 1, error) ? Outcome::Accepted : Outcome::Failed;
    }
    default:
        break;
    }
    return reject("unknown_event");
}

} // namespace prakerja
