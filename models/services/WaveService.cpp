#include "WaveService.h"

#include "domain/IndonesianFormat.h"
#include "domain/Stage.h"
#include "domain/Timestamp.h"
#include "engine/SelectionEngine.h"
#include "security/Crypto.h"
#include "services/Settings.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/OutcomeStore.h"
#include "store/PoolLoader.h"
#include "store/StageTotals.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QScopeGuard>

#include <algorithm>
#include <atomic>
#include <thread>

namespace prakerja {

namespace {

Error stateError(const Wave& wave, const QString& wantedEn, const QString& wantedId)
{
    return makeError(
        QStringLiteral("wave_state"),
        QStringLiteral("Gelombang %1 berstatus %2; %3").arg(wave.number).arg(waveStatusName(wave.status), wantedId),
        QStringLiteral("Wave %1 is %2; %3").arg(wave.number).arg(waveStatusName(wave.status), wantedEn));
}

// The permission check and the wave, for the calls that act on one wave.
Result<Wave> permittedWave(const Session& session, Permission permission, WaveRepository& repo, int number)
{
    if (const Status s = session.require(permission); !s)
        return s.error();
    return repo.get(number);
}

// A wave that `session` may view and that has been drawn; `wantedEn`/`wantedId` say what for.
Result<Wave> drawnWave(const Session& session, WaveRepository& repo, int number, const QString& wantedEn,
                       const QString& wantedId)
{
    auto wave = permittedWave(session, Permission::ViewWaves, repo, number);
    if (wave && wave->status != WaveStatus::Drawn && wave->status != WaveStatus::Announced)
        return stateError(wave.value(), wantedEn, wantedId);
    return wave;
}

double msSince(QElapsedTimer& t)
{
    const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
    t.restart();
    return ms;
}

// Maps a sub-step's 0-100 into [from, to] of the caller's progress.
WaveService::Progress scaled(const WaveService::Progress& progress, int from, int to)
{
    if (!progress)
        return {};
    return [progress, from, to](int p) { return progress(from + (to - from) * p / 100); };
}

} // namespace

RuleSet WaveService::configuredRules(const ProgrammeSettings& programme)
{
    RuleSet r;
    r.requirePhoneVerified = programme.value(Settings::Key::WaveRequirePhoneVerified).toBool();
    r.familyCardCap = programme.value(Settings::Key::WaveFamilyCardCap).toInt();
    return r;
}

Result<Wave> WaveService::create(const Session& session, const WaveDraft& draft)
{
    if (const Status s = session.require(Permission::ManageWaves); !s)
        return s.error();
    if (const Status s = draft.rules.validate(); !s)
        return s.error();
    if (draft.quota <= 0 || draft.closesAt <= draft.opensAt || draft.announceAt < draft.closesAt
        || draft.trainingStartsAt < draft.announceAt)
        return makeError(
            QStringLiteral("invalid_wave"),
            QStringLiteral("Kuota harus positif dan tanggal berurutan: buka < tutup <= pengumuman <= pelatihan"),
            QStringLiteral("Quota must be positive and dates in order: opens < closes <= announce <= training"));
    WaveRepository repo(m_db);
    Wave w;
    w.number = draft.number > 0 ? draft.number : repo.nextNumber();
    w.name = draft.name.isEmpty() ? QStringLiteral("Gelombang %1").arg(w.number) : draft.name;
    w.opensAt = draft.opensAt;
    w.closesAt = draft.closesAt;
    w.announceAt = draft.announceAt;
    w.trainingStartsAt = draft.trainingStartsAt;
    w.quota = draft.quota;
    w.rollOver = draft.rollOver;
    w.rules = draft.rules;
    w.createdAt = Timestamp::nowMs();
    QByteArray seed = Crypto::randomBytes(32);
    w.seedCommitment = Crypto::sha256(seed);
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM waves WHERE number = ?"), {w.number}).toInt() > 0) {
        m_db.rollback();
        return makeError(QStringLiteral("wave_exists"), QStringLiteral("Gelombang %1 sudah ada").arg(w.number),
                         QStringLiteral("Wave %1 already exists").arg(w.number));
    }
    Status s = repo.insert(w, seed);
    Crypto::wipe(seed);
    if (s)
        s = AuditLog(m_db).append(
            session, QStringLiteral("wave.create"), QStringLiteral("wave:%1").arg(w.number),
            QStringLiteral("quota=%1 commitment=%2 rules=%3")
                .arg(w.quota)
                .arg(QString::fromLatin1(w.seedCommitment.toHex()), QString::fromUtf8(w.rules.toJson())));
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    return w;
}

Result<QList<Wave>> WaveService::list(const Session& session)
{
    if (const Status s = session.require(Permission::ViewWaves); !s)
        return s.error();
    WaveRepository repo(m_db);
    auto waves = repo.list();
    if (!waves)
        return waves;
    // Before the draw the table shows the pool as it grows (the wave's own members).
    for (Wave& w : waves.value())
        if (w.status == WaveStatus::Open || w.status == WaveStatus::Closed)
            w.liveMembers = repo.memberCount(w.number, w.closesAt);
    return waves;
}

Result<LateJoins> WaveService::check(const Session& session, int number)
{
    if (const Status s = session.require(Permission::ViewWaves); !s)
        return s.error();
    WaveRepository repo(m_db);
    auto wave = repo.get(number);
    if (!wave)
        return wave.error();
    return repo.lateJoins(number, wave->closesAt);
}

Result<Wave> WaveService::get(const Session& session, int number)
{
    if (const Status s = session.require(Permission::ViewWaves); !s)
        return s.error();
    return WaveRepository(m_db).get(number);
}

Status WaveService::transition(const Session& session, int number, WaveStatus to, const char* action)
{
    if (const Status s = session.require(Permission::ManageWaves); !s)
        return s;
    if (const Status s = m_db.beginImmediate(); !s)
        return s;
    WaveRepository repo(m_db);
    auto wave = repo.get(number);
    Status s = wave ? Status::success() : Status(wave.error());
    if (s && !waveTransitionAllowed(wave->status, to))
        s = stateError(wave.value(), QStringLiteral("it cannot become %1").arg(waveStatusName(to)),
                       QStringLiteral("tidak dapat menjadi %1").arg(waveStatusName(to)));
    if (s)
        s = repo.setStatus(number, to);
    if (s)
        s = AuditLog(m_db).append(session, QString::fromLatin1(action), QStringLiteral("wave:%1").arg(number),
                                  QStringLiteral("%1 -> %2").arg(waveStatusName(wave->status), waveStatusName(to)));
    if (s)
        s = m_db.commit();
    if (!s)
        m_db.rollback();
    return s;
}

Status WaveService::open(const Session& session, int number)
{
    return transition(session, number, WaveStatus::Open, "wave.open");
}

Status WaveService::close(const Session& session, int number)
{
    return transition(session, number, WaveStatus::Closed, "wave.close");
}

Status WaveService::cancel(const Session& session, int number)
{
    if (const Status s = transition(session, number, WaveStatus::Cancelled, "wave.cancel"); !s)
        return s;
    // A cancelled drawn wave's outcome is void; drop it so that nothing reads it as a pool.
    if (const Status s = m_db.beginImmediate(); !s)
        return s;
    if (const Status s = OutcomeStore(m_db).remove(number); !s) {
        m_db.rollback();
        return s;
    }
    return m_db.commit();
}

Result<DrawOutcome> WaveService::dryRun(const Session& session, int number, const std::optional<RuleSet>& rules,
                                        const Progress& progress)
{
    return run(session, number, rules, false, progress);
}

Result<DrawOutcome> WaveService::draw(const Session& session, int number, const Progress& progress)
{
    return run(session, number, std::nullopt, true, progress);
}

Result<DrawOutcome> WaveService::run(const Session& session, int number, const std::optional<RuleSet>& rulesOverride,
                                     bool write, const Progress& progress)
{
    WaveRepository repo(m_db);
    auto wave = permittedWave(session, Permission::RunDraw, repo, number);
    if (!wave)
        return wave.error();
    if (write && wave->status != WaveStatus::Closed)
        return stateError(wave.value(), QStringLiteral("only a closed wave can be drawn"),
                          QStringLiteral("hanya gelombang yang ditutup yang dapat diundi"));
    if (!write && (wave->status == WaveStatus::Cancelled || wave->status == WaveStatus::Announced))
        return stateError(wave.value(), QStringLiteral("a dry run needs a wave not yet announced"),
                          QStringLiteral("uji coba memerlukan gelombang yang belum diumumkan"));
    if (write
        && m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM waves WHERE number < ? AND status = ?"),
                       {number, static_cast<int>(WaveStatus::Drawn)})
                .toInt()
            > 0)
        return makeError(QStringLiteral("earlier_wave_pending"),
                         QStringLiteral("Gelombang sebelumnya sudah diundi tetapi belum diumumkan"),
                         QStringLiteral("An earlier wave is drawn but not yet announced"));
    const RuleSet rules = rulesOverride.value_or(wave->rules);
    auto seed = wave->seed.isEmpty() ? repo.unsealSeed(number) : Result<QByteArray>(wave->seed);
    if (!seed)
        return seed.error();

    DrawOutcome outcome;
    outcome.wave = number;
    outcome.dryRun = !write;
    // The draw streams through the tables once: a small page cache is as fast and keeps the
    // memory per pool member to the engine's arrays (the connection's ingest-sized cache is restored).
    // Reading through a memory map instead of read() copies halves the scan of the applicants
    // (measured at 10M); the map is file cache, not the process's own memory.
    const QVariant cacheSize = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    const QVariant mmapSize = m_db.scalar(QStringLiteral("PRAGMA mmap_size"));
    m_db.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    m_db.exec(QStringLiteral("PRAGMA mmap_size = 68719476736"));
    const auto restoreCache = qScopeGuard([&] {
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
        m_db.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(mmapSize.toLongLong()));
    });
    QElapsedTimer timer;
    timer.start();
    auto pool = PoolLoader(m_db).load(wave.value(), scaled(progress, 0, 40));
    if (!pool)
        return pool.error();
    outcome.loadMs = msSince(timer);
    const CivilDate closing = Timestamp::dateWib(wave->closesAt);
    // A draw takes the write lock now and writes the pool's inputs on this thread while the
    // engine evaluates and ranks on another: the two halves of the work overlap, and nothing is
    // committed unless both succeed.
    if (write) {
        if (const Status s = m_db.beginImmediate(); !s)
            return s.error();
    }
    const auto rollbackUnlessCommitted = qScopeGuard([&] {
        if (write && m_db.inTransaction())
            m_db.rollback();
    });
    std::atomic<bool> stop{false};
    SelectionEngine::DrawResult result;
    bool engineCancelled = false;
    const auto rank = [&] {
        QElapsedTimer engineTimer;
        engineTimer.start();
        SelectionEngine::evaluate(pool.value(), rules, closing);
        outcome.evaluateMs = msSince(engineTimer);
        if (progress && !progress(45)) {
            engineCancelled = true;
        } else {
            const Progress ranking = scaled(progress, 45, 75);
            result = SelectionEngine::draw(pool.value(), seed.value(), wave->quota, rules,
                                           [&](int percent) { return !stop && (!ranking || ranking(percent)); });
            engineCancelled = result.cancelled;
        }
        outcome.rankMs = msSince(engineTimer);
        if (engineCancelled)
            stop = true;
    };
    Status inputs;
    if (write) {
        std::thread engine(rank);
        OutcomeStore store(m_db);
        inputs = store.remove(number);
        if (inputs)
            inputs = store.writeInputs(number, pool.value(), [&] { return !stop.load(); });
        outcome.inputsMs = msSince(timer);
        if (!inputs)
            stop = true; // the engine's next progress check ends it
        engine.join();
        timer.restart();
    } else {
        rank();
    }
    // A failed write stops the engine too; its error is the one to report.
    if (!inputs && !isCancelled(inputs.error()))
        return inputs.error();
    if (engineCancelled || !inputs)
        return cancelledError();
    outcome.engineBytes = pool->bytesUsed();
    outcome.pool = pool->size();
    outcome.ranked = result.ranked;
    outcome.selected = result.selected;
    outcome.provinceQuotas = result.provinceQuotas;
    for (size_t i = 0; i < pool->id.size(); ++i)
        if (pool->status[i] == static_cast<quint8>(OutcomeStatus::Selected))
            outcome.selectedIds.push_back(pool->id[i]);
    if (!write) {
        outcome.report = DrawReport::from(pool.value(), wave->quota, closing);
        const Status s
            = AuditLog(m_db).append(session, QStringLiteral("wave.dry_run"), QStringLiteral("wave:%1").arg(number),
                                    QStringLiteral("pool=%1 selected=%2 rules=%3")
                                        .arg(outcome.pool)
                                        .arg(outcome.selected)
                                        .arg(QString::fromUtf8(rules.toJson())));
        if (!s)
            return s.error();
        return outcome;
    }
    // The charts' report reads the pool while the results are written (both only read it).
    std::thread reporter([&] { outcome.report = DrawReport::from(pool.value(), wave->quota, closing); });
    Status s = OutcomeStore(m_db).writeResults(number, pool.value(), scaled(progress, 75, 99));
    reporter.join();
    pool.value().releaseEvaluationInputs();
    if (s)
        s = repo.recordDraw(number, seed.value(), Timestamp::nowMs(), outcome.pool, outcome.selected,
                            outcome.provinceQuotas);
    if (s)
        s = AuditLog(m_db).append(session, QStringLiteral("wave.draw"), QStringLiteral("wave:%1").arg(number),
                                  QStringLiteral("pool=%1 ranked=%2 selected=%3 seed=%4")
                                      .arg(outcome.pool)
                                      .arg(outcome.ranked)
                                      .arg(outcome.selected)
                                      .arg(QString::fromLatin1(seed->toHex())));
    if (s && progress && !progress(99))
        s = cancelledError();
    if (s)
        s = m_db.commitWithBackgroundCheckpoint();
    if (!s)
        return s.error();
    outcome.writeMs = msSince(timer);
    if (progress)
        progress(100);
    return outcome;
}

Result<AnnounceOutcome> WaveService::announce(const Session& session, int number, const Progress& progress)
{
    WaveRepository repo(m_db);
    auto wave = permittedWave(session, Permission::RunDraw, repo, number);
    if (!wave)
        return wave.error();
    if (wave->status != WaveStatus::Drawn)
        return stateError(wave.value(), QStringLiteral("only a drawn wave can be announced"),
                          QStringLiteral("hanya gelombang yang sudah diundi yang dapat diumumkan"));
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    auto fail = [this](const Error& e) -> Result<AnnounceOutcome> {
        m_db.rollback();
        return e;
    };
    auto stored = OutcomeStore(m_db).read(number);
    if (!stored)
        return fail(stored.error());
    SelectionPool& pool = stored.value();
    std::vector<quint8> previous = pool.status;

    // The re-check: the members' current state under the wave's rules.
    auto current = PoolLoader(m_db).loadIds(pool.id, std::vector<quint8>(pool.id.size(), 0), scaled(progress, 0, 50));
    if (!current)
        return fail(current.error());
    SelectionEngine::evaluate(current.value(), wave->rules, Timestamp::dateWib(wave->closesAt));
    AnnounceOutcome outcome;
    size_t j = 0;
    for (size_t i = 0; i < pool.id.size(); ++i) {
        const auto status = static_cast<OutcomeStatus>(pool.status[i]);
        const bool ranked = pool.rank[i] > 0 && status != OutcomeStatus::Withdrawn;
        while (j < current->id.size() && current->id[j] < pool.id[i])
            ++j;
        const auto now = j < current->id.size() && current->id[j] == pool.id[i]
            ? static_cast<Eligibility>(current->reason[j])
            : Eligibility::NikNotVerified; // the applicant row is gone
        if (!ranked || now == Eligibility::Eligible)
            continue;
        pool.status[i] = static_cast<quint8>(OutcomeStatus::Withdrawn);
        pool.reason[i] = static_cast<quint8>(now);
        if (status == OutcomeStatus::Selected)
            outcome.withdrawals.append({pool.id[i], now});
    }
    if (progress && !progress(60))
        return fail(cancelledError());
    const auto result = SelectionEngine::draw(pool, wave->seed, wave->quota, wave->rules);
    outcome.selected = result.selected;
    outcome.withdrawn = outcome.withdrawals.size();
    for (size_t i = 0; i < pool.id.size(); ++i)
        if (pool.status[i] == static_cast<quint8>(OutcomeStatus::Selected)
            && previous[i] != static_cast<quint8>(OutcomeStatus::Selected))
            ++outcome.replacements;

    Status s = OutcomeStore(m_db).writeResults(number, pool);
    const qint64 at = Timestamp::nowMs();
    if (s) {
        QSqlQuery participant(m_db.sql()), event(m_db.sql());
        participant.prepare(QStringLiteral(
            "INSERT INTO participants (applicant_id, wave, kk, announced_at, status) VALUES (?, ?, ?, ?, 1)"));
        event.prepare(QStringLiteral("INSERT INTO events (applicant_id, type, at, wave) VALUES (?, ?, ?, ?)"));
        for (size_t i = 0; s && i < pool.id.size(); ++i) {
            if (pool.status[i] != static_cast<quint8>(OutcomeStatus::Selected))
                continue;
            participant.addBindValue(static_cast<qint64>(pool.id[i]));
            participant.addBindValue(number);
            participant.addBindValue(static_cast<qint64>(pool.kk[i]));
            participant.addBindValue(at);
            event.addBindValue(static_cast<qint64>(pool.id[i]));
            event.addBindValue(static_cast<int>(EventType::Selected));
            event.addBindValue(at);
            event.addBindValue(number);
            if (!participant.exec())
                s = sqlError(participant);
            else if (!event.exec())
                s = sqlError(event);
        }
    }
    if (s) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO stage_totals (stage, total) VALUES (?, ?)"
                                          " ON CONFLICT (stage) DO UPDATE SET total = total + excluded.total"),
                           {static_cast<int>(EventType::Selected), outcome.selected});
        if (!q)
            s = q.error();
    }
    if (s)
        s = repo.addLedger(
            {0, number, at, QStringLiteral("announce"), outcome.selected, m_budget.cost(outcome.selected)});
    if (s)
        s = repo.recordAnnouncement(number, at, outcome.selected);
    if (s) {
        QStringList withdrawn;
        for (const auto& w : outcome.withdrawals)
            withdrawn << QStringLiteral("%1:%2").arg(w.first).arg(eligibilityName(w.second));
        s = AuditLog(m_db).append(
            session, QStringLiteral("wave.announce"), QStringLiteral("wave:%1").arg(number),
            QStringLiteral("selected=%1 withdrawn=%2 replacements=%3 committed=%4 withdrawals=[%5]")
                .arg(outcome.selected)
                .arg(outcome.withdrawn)
                .arg(outcome.replacements)
                .arg(m_budget.cost(outcome.selected))
                .arg(withdrawn.join(u' ')));
    }
    if (s && progress && !progress(99))
        s = cancelledError();
    if (s)
        s = m_db.commitWithBackgroundCheckpoint();
    if (!s)
        return fail(s.error());
    return outcome;
}

Result<DrawOutcome> WaveService::results(const Session& session, int number, const Progress& progress)
{
    WaveRepository repo(m_db);
    auto wave = drawnWave(session, repo, number, QStringLiteral("only a drawn wave has results"),
                          QStringLiteral("hanya gelombang yang sudah diundi yang memiliki hasil"));
    if (!wave)
        return wave.error();
    auto stored = OutcomeStore(m_db).read(number);
    if (!stored)
        return stored.error();
    if (progress && !progress(40))
        return cancelledError();
    SelectionPool& pool = stored.value();
    if (const Status s = PoolLoader(m_db).fillProfile(pool); !s)
        return s.error();
    if (progress && !progress(90))
        return cancelledError();
    DrawOutcome outcome;
    outcome.wave = number;
    outcome.pool = pool.size();
    outcome.report = DrawReport::from(pool, wave->quota, Timestamp::dateWib(wave->closesAt));
    outcome.ranked
        = static_cast<qint64>(std::count_if(pool.rank.begin(), pool.rank.end(), [](quint32 r) { return r > 0; }));
    outcome.selected = outcome.report.selected;
    outcome.provinceQuotas = repo.provinceQuotas(number);
    return outcome;
}

Result<VerifyOutcome> WaveService::verify(const Session& session, int number, const Progress& progress)
{
    WaveRepository repo(m_db);
    auto wave = drawnWave(session, repo, number, QStringLiteral("only a drawn wave can be verified"),
                          QStringLiteral("hanya gelombang yang sudah diundi yang dapat diverifikasi"));
    if (!wave)
        return wave.error();
    VerifyOutcome v;
    if (Crypto::sha256(wave->seed) != wave->seedCommitment) {
        v.detail = QStringLiteral("the revealed seed does not match the published commitment");
        v.detailId = QStringLiteral("benih yang dibuka tidak cocok dengan komitmen yang diumumkan");
        return v;
    }
    auto stored = OutcomeStore(m_db).read(number);
    if (!stored)
        return stored.error();
    if (progress && !progress(30))
        return cancelledError();
    SelectionPool rerun = stored.value();
    SelectionEngine::draw(rerun, wave->seed, wave->quota, wave->rules);
    if (progress && !progress(80))
        return cancelledError();
    const SelectionPool& s = stored.value();
    v.members = s.size();
    for (size_t i = 0; i < s.id.size(); ++i) {
        if (s.status[i] != rerun.status[i] || s.rank[i] != rerun.rank[i] || s.reason[i] != rerun.reason[i]) {
            v.firstDifferingApplicant = s.id[i];
            const auto describe = [&](const QString& format) {
                return format.arg(s.id[i])
                    .arg(outcomeStatusName(static_cast<OutcomeStatus>(s.status[i])))
                    .arg(s.rank[i])
                    .arg(eligibilityName(static_cast<Eligibility>(s.reason[i])))
                    .arg(outcomeStatusName(static_cast<OutcomeStatus>(rerun.status[i])))
                    .arg(rerun.rank[i])
                    .arg(eligibilityName(static_cast<Eligibility>(rerun.reason[i])));
            };
            v.detail = describe(QStringLiteral("applicant %1: stored %2 rank %3 (%4), re-run %5 rank %6 (%7)"));
            v.detailId = describe(
                QStringLiteral("pendaftar %1: tersimpan %2 peringkat %3 (%4), undian ulang %5 peringkat %6 (%7)"));
            break;
        }
    }
    // The per-applicant rows must agree with the packed outcome, both ways.
    if (v.firstDifferingApplicant < 0) {
        QMap<quint32, QPair<int, quint32>> rows; // applicant -> (status, rank)
        auto q = m_db.exec(
            QStringLiteral("SELECT applicant_id, status, rank FROM selections WHERE wave = ? ORDER BY applicant_id"),
            {number});
        if (!q)
            return q.error();
        while (q.value().next())
            rows.insert(static_cast<quint32>(q->value(0).toLongLong()),
                        {q->value(1).toInt(), static_cast<quint32>(q->value(2).toLongLong())});
        for (size_t i = 0; i < s.id.size() && v.firstDifferingApplicant < 0; ++i) {
            const auto st = static_cast<OutcomeStatus>(s.status[i]);
            const bool listed = st == OutcomeStatus::Selected || st == OutcomeStatus::Withdrawn;
            const auto it = rows.constFind(s.id[i]);
            if (listed != (it != rows.cend()) || (listed && (it->first != s.status[i] || it->second != s.rank[i]))) {
                v.firstDifferingApplicant = s.id[i];
                v.detail = QStringLiteral("applicant %1: the selections table disagrees with the stored outcome")
                               .arg(s.id[i]);
                v.detailId
                    = QStringLiteral("pendaftar %1: tabel seleksi tidak sesuai dengan hasil tersimpan").arg(s.id[i]);
            }
            rows.remove(s.id[i]);
        }
        if (v.firstDifferingApplicant < 0 && !rows.isEmpty()) {
            v.firstDifferingApplicant = rows.firstKey();
            v.detail = QStringLiteral("applicant %1: in the selections table but not in the pool").arg(rows.firstKey());
            v.detailId
                = QStringLiteral("pendaftar %1: ada di tabel seleksi tetapi tidak di kumpulan").arg(rows.firstKey());
        }
    }
    qint64 selected = 0;
    for (quint8 st : s.status)
        selected += st == static_cast<quint8>(OutcomeStatus::Selected);
    if (v.firstDifferingApplicant < 0 && selected != wave->selectedCount) {
        v.detail = QStringLiteral("the wave records %1 selected, the outcome holds %2")
                       .arg(wave->selectedCount)
                       .arg(selected);
        v.detailId = QStringLiteral("gelombang mencatat %1 terpilih, hasil tersimpan memuat %2")
                         .arg(wave->selectedCount)
                         .arg(selected);
    }
    v.matches = v.firstDifferingApplicant < 0 && v.detail.isEmpty();
    if (v.matches) {
        v.detail = QStringLiteral("%1 members, %2 selected: the stored outcome matches the re-run")
                       .arg(v.members)
                       .arg(selected);
        v.detailId = QStringLiteral("%1 anggota, %2 terpilih: hasil tersimpan sama dengan undian ulang")
                         .arg(QLocale(QLocale::Indonesian).toString(v.members))
                         .arg(QLocale(QLocale::Indonesian).toString(selected));
    }
    const Status a
        = AuditLog(m_db).append(session, QStringLiteral("wave.verify"), QStringLiteral("wave:%1").arg(number),
                                v.matches ? QStringLiteral("match") : v.detail);
    if (!a)
        return a.error();
    return v;
}

Status WaveService::exportPool(const Session& session, int number, const QString& path)
{
    WaveRepository repo(m_db);
    auto wave = permittedWave(session, Permission::ExportData, repo, number);
    if (!wave)
        return wave.error();
    const bool drawn = wave->status == WaveStatus::Drawn || wave->status == WaveStatus::Announced;
    Result<SelectionPool> pool = drawn ? OutcomeStore(m_db).read(number) : PoolLoader(m_db).load(wave.value());
    if (!pool)
        return pool.error();
    if (!drawn)
        SelectionEngine::evaluate(pool.value(), wave->rules, Timestamp::dateWib(wave->closesAt));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("output"), file.errorString(), file.errorString());
    file.write("applicant_id,blind_id,family_key,family_prior,province,tier,eligibility,status,rank\n");
    QByteArray line;
    const SelectionPool& p = pool.value();
    for (size_t i = 0; i < p.id.size(); ++i) {
        line.clear();
        line += QByteArray::number(p.id[i]) + ',';
        line += QByteArray(reinterpret_cast<const char*>(p.nikBi[i].data()), 16).toHex() + ',';
        line += QByteArray::number(p.kk[i], 16).rightJustified(16, '0') + ',';
        line += QByteArray::number(p.kkPrior[i]) + ',' + QByteArray::number(p.province[i]) + ','
            + QByteArray::number(p.tier[i]) + ',';
        line += eligibilityName(static_cast<Eligibility>(p.reason[i])).toLatin1() + ',';
        if (drawn)
            line += outcomeStatusName(static_cast<OutcomeStatus>(p.status[i])).toLatin1() + ','
                + QByteArray::number(p.rank[i]);
        else
            line += ',';
        line += '\n';
        file.write(line);
    }
    if (!file.commit())
        return makeError(QStringLiteral("output"), file.errorString(), file.errorString());
    QJsonObject meta;
    meta.insert(QStringLiteral("wave"), wave->number);
    meta.insert(QStringLiteral("name"), wave->name);
    meta.insert(QStringLiteral("status"), waveStatusName(wave->status));
    meta.insert(QStringLiteral("closes_at"), Timestamp::toIsoWib(wave->closesAt));
    meta.insert(QStringLiteral("quota"), wave->quota);
    meta.insert(QStringLiteral("roll_over"), rollOverName(wave->rollOver));
    meta.insert(QStringLiteral("rules"), QJsonDocument::fromJson(wave->rules.toJson()).object());
    meta.insert(QStringLiteral("seed_commitment_sha256"), QString::fromLatin1(wave->seedCommitment.toHex()));
    if (drawn)
        meta.insert(QStringLiteral("seed"), QString::fromLatin1(wave->seed.toHex()));
    meta.insert(QStringLiteral("members"), static_cast<qint64>(p.id.size()));
    QSaveFile metaFile(path + QStringLiteral(".json"));
    if (!metaFile.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("output"), metaFile.errorString(), metaFile.errorString());
    metaFile.write(QJsonDocument(meta).toJson());
    if (!metaFile.commit())
        return makeError(QStringLiteral("output"), metaFile.errorString(), metaFile.errorString());
    return AuditLog(m_db).append(session, QStringLiteral("wave.export"), QStringLiteral("wave:%1").arg(number),
                                 QStringLiteral("members=%1 file=%2").arg(p.id.size()).arg(path));
}

Result<RevokeOutcome> WaveService::revokeExpired(const Session& session, qint64 now, int days)
{
    if (const Status s = session.require(Permission::RevokeParticipants); !s)
        return s.error();
    const qint64 window = static_cast<qint64>(days) * Timestamp::kDay;
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    RevokeOutcome outcome;
    QMap<int, qint64> perWave;
    auto q = m_db.exec(
        QStringLiteral("SELECT p.applicant_id, p.wave FROM participants p JOIN applicants a ON a.id = p.applicant_id"
                       " WHERE p.status = 1 AND p.announced_at + ? <= ?"
                       " AND (a.training_bought_at IS NULL OR a.training_bought_at > p.announced_at + ?)"),
        {window, now, window});
    if (!q) {
        m_db.rollback();
        return q.error();
    }
    QList<qint64> ids;
    while (q.value().next()) {
        ids << q->value(0).toLongLong();
        ++perWave[q->value(1).toInt()];
    }
    q.value().finish();
    Status s;
    for (qint64 id : ids) {
        auto u = m_db.exec(QStringLiteral("UPDATE participants SET status = 2, revoked_at = ? WHERE applicant_id = ?"),
                           {now, id});
        if (!u) {
            s = u.error();
            break;
        }
    }
    WaveRepository repo(m_db);
    for (auto it = perWave.cbegin(); s && it != perWave.cend(); ++it) {
        s = repo.addLedger({0, it.key(), now, QStringLiteral("revoke"), -it.value(), -m_budget.cost(it.value())});
        outcome.returned += m_budget.cost(it.value());
    }
    outcome.revoked = ids.size();
    if (s)
        s = AuditLog(m_db).append(
            session, QStringLiteral("participant.revoke_expired"), QStringLiteral("participants"),
            QStringLiteral("revoked=%1 returned=%2 days=%3").arg(outcome.revoked).arg(outcome.returned).arg(days));
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    return outcome;
}

Result<BudgetView> WaveService::budget(const Session& session)
{
    if (const Status s = session.require(Permission::ViewWaves); !s)
        return s.error();
    WaveRepository repo(m_db);
    BudgetView view;
    view.budget = m_budget;
    view.ledger = repo.ledger();
    view.activeParticipants
        = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM participants WHERE status = 1")).toLongLong();
    // The pool still available, approximated from the maintained stage totals (never a scan):
    // NIK-verified applicants who are not yet participants.
    const StageTotals totals = StageTotals::read(m_db);
    const qint64 poolRemaining = totals.value(EventType::NikVerified) - view.activeParticipants;
    qint64 quota = Wave::kDefaultQuota;
    if (auto waves = repo.list(); waves && !waves->isEmpty())
        quota = waves->last().quota;
    view.forecast = BudgetForecast::compute(m_budget, repo.committed(), quota, poolRemaining);
    return view;
}

} // namespace prakerja
