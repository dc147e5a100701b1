#include "DrawService.h"

#include "WaveAccess.h"
#include "domain/Timestamp.h"
#include "engine/DrawPipeline.h"
#include "engine/SelectionEngine.h"
#include "security/Crypto.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/OutcomeStore.h"
#include "store/PoolLoader.h"
#include "store/StreamingPass.h"
#include "store/WaveRepository.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QScopeGuard>

#include <algorithm>

namespace prakerja {

Result<DrawOutcome> DrawService::dryRun(const Session& session, int number, const std::optional<RuleSet>& rules,
                                        const Progress& progress)
{
    return run(session, number, rules, false, progress);
}
Result<DrawOutcome> DrawService::draw(const Session& session, int number, const Progress& progress)
{
    return run(session, number, std::nullopt, true, progress);
}
Result<DrawOutcome> DrawService::run(const Session& session, int number, const std::optional<RuleSet>& rulesOverride,
                                     bool write, const Progress& progress)
{
    WaveRepository repo(m_db);
    auto wave = WaveAccess::permitted(session, Permission::RunDraw, repo, number);
    if (!wave)
        return wave.error();
    if (write && wave->status != WaveStatus::Closed)
        return WaveAccess::stateError(wave.value(), Error::tr("hanya gelombang yang ditutup yang dapat diundi"));
    if (!write && (wave->status == WaveStatus::Cancelled || wave->status == WaveStatus::Announced))
        return WaveAccess::stateError(wave.value(), Error::tr("uji coba memerlukan gelombang yang belum diumumkan"));
    if (write && repo.earlierWaveDrawn(number))
        return makeError(QStringLiteral("earlier_wave_pending"),
                         Error::tr("Gelombang sebelumnya sudah diundi tetapi belum diumumkan"));
    const RuleSet rules = rulesOverride.value_or(wave->rules);
    auto seed = wave->seed.isEmpty() ? repo.unsealSeed(number) : Result<QByteArray>(wave->seed);
    if (!seed)
        return seed.error();

    DrawOutcome outcome;
    outcome.wave = number;
    outcome.dryRun = !write;
    const StreamingPass pass(m_db);
    QElapsedTimer timer;
    timer.start();
    auto pool = PoolLoader(m_db).load(wave.value(), WaveAccess::scaled(progress, 0, 40));
    if (!pool)
        return pool.error();
    outcome.loadMs = DrawPipeline::lapMs(timer);
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
    if (write) {
        // Another administrator (another seat or process) may have drawn this wave while this one
        // loaded its pool: checked again under the writer lock, so one draw wins and the other
        // writes nothing.
        auto now = repo.get(number);
        if (!now)
            return now.error();
        if (now->status != WaveStatus::Closed)
            return makeError(QStringLiteral("wave_drawn_elsewhere"),
                             Error::tr("Gelombang %1 baru saja diundi oleh operator lain (status %2); undian ini"
                                       " tidak menulis apa pun")
                                 .arg(number)
                                 .arg(waveStatusName(now->status)));
    }
    // A draw writes the pool's inputs on this thread while the engine evaluates and ranks.
    DrawPipeline::Alongside writeInputs;
    if (write)
        writeInputs = [&](const std::function<bool()>& keepGoing) {
            OutcomeStore store(m_db);
            Status s = store.remove(number);
            if (s)
                s = store.writeInputs(number, pool.value(), keepGoing);
            outcome.inputsMs = DrawPipeline::lapMs(timer);
            return s;
        };
    const DrawPipeline::Ranked ranked = DrawPipeline::rank(pool.value(), rules, closing, seed.value(), wave->quota,
                                                           WaveAccess::scaled(progress, 40, 75), writeInputs);
    timer.restart();
    outcome.evaluateMs = ranked.evaluateMs;
    outcome.rankMs = ranked.rankMs;
    // A failed write stops the engine too; its error is the one to report.
    if (!ranked.alongside && !isCancelled(ranked.alongside.error()))
        return ranked.alongside.error();
    if (ranked.cancelled)
        return cancelledError();
    const SelectionEngine::DrawResult& result = ranked.result;
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
    Status s;
    OutcomeStore::WriteTimes times;
    outcome.report = DrawPipeline::reportWhile(
        pool.value(), wave->quota, closing,
        [&] {
            return OutcomeStore(m_db).writeResults(number, pool.value(), WaveAccess::scaled(progress, 75, 99), &times);
        },
        s);
    outcome.resultsMs = times.resultsMs;
    outcome.selectionsMs = times.selectionsMs;
    pool.value().releaseEvaluationInputs();
    QElapsedTimer phase;
    phase.start();
    if (s)
        s = repo.recordDraw(number, seed.value(), Timestamp::nowMs(), outcome.pool, outcome.selected,
                            outcome.provinceQuotas);
    outcome.recordMs = DrawPipeline::lapMs(phase);
    if (s)
        s = AuditLog(m_db).append(session, QStringLiteral("wave.draw"), QStringLiteral("wave:%1").arg(number),
                                  QStringLiteral("pool=%1 ranked=%2 selected=%3 seed=%4")
                                      .arg(outcome.pool)
                                      .arg(outcome.ranked)
                                      .arg(outcome.selected)
                                      .arg(QString::fromLatin1(seed->toHex())));
    outcome.auditMs = DrawPipeline::lapMs(phase);
    if (s && progress && !progress(99))
        s = cancelledError();
    if (s)
        s = m_db.commitWithBackgroundCheckpoint();
    outcome.commitMs = DrawPipeline::lapMs(phase);
    if (!s)
        return s.error();
    outcome.writeMs = DrawPipeline::lapMs(timer);
    if (progress)
        progress(100);
    return outcome;
}
Result<DrawOutcome> DrawService::results(const Session& session, int number, const Progress& progress)
{
    WaveRepository repo(m_db);
    auto wave
        = WaveAccess::drawn(session, repo, number, Error::tr("hanya gelombang yang sudah diundi yang memiliki hasil"));
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
Result<VerifyOutcome> DrawService::verify(const Session& session, int number, const Progress& progress)
{
    WaveRepository repo(m_db);
    auto wave = WaveAccess::drawn(session, repo, number,
                                  Error::tr("hanya gelombang yang sudah diundi yang dapat diverifikasi"));
    if (!wave)
        return wave.error();
    VerifyOutcome v;
    if (Crypto::sha256(wave->seed) != wave->seedCommitment) {
        v.detail = Error::tr("benih yang dibuka tidak cocok dengan komitmen yang diumumkan");
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
            v.detail = describe(
                Error::tr("pendaftar %1: tersimpan %2 peringkat %3 (%4), undian ulang %5 peringkat %6 (%7)"));
            break;
        }
    }
    // The per-applicant rows must agree with the packed outcome, both ways.
    if (v.firstDifferingApplicant < 0) {
        auto selections = OutcomeStore(m_db).selections(number); // applicant -> (status, rank)
        if (!selections)
            return selections.error();
        QMap<quint32, QPair<int, quint32>>& rows = selections.value();
        for (size_t i = 0; i < s.id.size() && v.firstDifferingApplicant < 0; ++i) {
            const auto st = static_cast<OutcomeStatus>(s.status[i]);
            const bool listed = st == OutcomeStatus::Selected || st == OutcomeStatus::Withdrawn;
            const auto it = rows.constFind(s.id[i]);
            if (listed != (it != rows.cend()) || (listed && (it->first != s.status[i] || it->second != s.rank[i]))) {
                v.firstDifferingApplicant = s.id[i];
                v.detail = Error::tr("pendaftar %1: tabel seleksi tidak sesuai dengan hasil tersimpan").arg(s.id[i]);
            }
            rows.remove(s.id[i]);
        }
        if (v.firstDifferingApplicant < 0 && !rows.isEmpty()) {
            v.firstDifferingApplicant = rows.firstKey();
            v.detail = Error::tr("pendaftar %1: ada di tabel seleksi tetapi tidak di kumpulan").arg(rows.firstKey());
        }
    }
    qint64 selected = 0;
    for (quint8 st : s.status)
        selected += st == static_cast<quint8>(OutcomeStatus::Selected);
    if (v.firstDifferingApplicant < 0 && selected != wave->selectedCount) {
        v.detail = Error::tr("gelombang mencatat %1 terpilih, hasil tersimpan memuat %2")
                       .arg(wave->selectedCount)
                       .arg(selected);
    }
    v.matches = v.firstDifferingApplicant < 0 && v.detail.isEmpty();
    if (v.matches) {
        v.detail = Error::tr("%1 anggota, %2 terpilih: hasil tersimpan sama dengan undian ulang")
                       .arg(QLocale(QLocale::Indonesian).toString(v.members))
                       .arg(QLocale(QLocale::Indonesian).toString(selected));
    }
    const Status a
        = AuditLog(m_db).append(session, QStringLiteral("wave.verify"), QStringLiteral("wave:%1").arg(number),
                                v.matches ? QStringLiteral("match")
                                    : v.firstDifferingApplicant < 0
                                    ? QStringLiteral("mismatch")
                                    : QStringLiteral("mismatch at applicant %1").arg(v.firstDifferingApplicant));
    if (!a)
        return a.error();
    return v;
}
Status DrawService::exportPool(const Session& session, int number, const QString& path)
{
    WaveRepository repo(m_db);
    auto wave = WaveAccess::permitted(session, Permission::ExportData, repo, number);
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
        return makeError(QStringLiteral("output"), file.errorString());
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
        return makeError(QStringLiteral("output"), file.errorString());
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
        return makeError(QStringLiteral("output"), metaFile.errorString());
    metaFile.write(QJsonDocument(meta).toJson());
    if (!metaFile.commit())
        return makeError(QStringLiteral("output"), metaFile.errorString());
    return AuditLog(m_db).append(session, QStringLiteral("wave.export"), QStringLiteral("wave:%1").arg(number),
                                 QStringLiteral("members=%1 file=%2").arg(p.id.size()).arg(path));
}

} // namespace prakerja
