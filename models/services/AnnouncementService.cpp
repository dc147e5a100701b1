#include "AnnouncementService.h"

#include "WaveAccess.h"
#include "domain/Stage.h"
#include "domain/Timestamp.h"
#include "engine/SelectionEngine.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/EventLog.h"
#include "store/OutcomeStore.h"
#include "store/ParticipantStore.h"
#include "store/PoolLoader.h"
#include "store/WaveRepository.h"

namespace prakerja {

Result<AnnounceOutcome> AnnouncementService::announce(const Session& session, int number, const Progress& progress)
{
    WaveRepository repo(m_db);
    auto wave = WaveAccess::permitted(session, Permission::RunDraw, repo, number);
    if (!wave)
        return wave.error();
    if (wave->status != WaveStatus::Drawn)
        return WaveAccess::stateError(wave.value(),
                                      Error::tr("hanya gelombang yang sudah diundi yang dapat diumumkan"));
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    auto fail = [this](const Error& e) -> Result<AnnounceOutcome> {
        m_db.rollback();
        return e;
    };
    // Another administrator may have announced it meanwhile: checked again under the writer lock.
    if (auto now = repo.get(number); !now) {
        return fail(now.error());
    } else if (now->status != WaveStatus::Drawn) {
        return fail(makeError(QStringLiteral("wave_announced_elsewhere"),
                              Error::tr("Gelombang %1 baru saja diumumkan oleh operator lain (status %2);"
                                        " pengumuman ini tidak menulis apa pun")
                                  .arg(number)
                                  .arg(waveStatusName(now->status))));
    }
    auto stored = OutcomeStore(m_db).read(number);
    if (!stored)
        return fail(stored.error());
    SelectionPool& pool = stored.value();
    std::vector<quint8> previous = pool.status;

    // The re-check: the members' current state under the wave's rules.
    auto current = PoolLoader(m_db).loadIds(pool.id, std::vector<quint8>(pool.id.size(), 0),
                                            WaveAccess::scaled(progress, 0, 50));
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
    std::vector<quint32> selected;
    std::vector<quint64> familyKeys;
    for (size_t i = 0; i < pool.id.size(); ++i)
        if (pool.status[i] == static_cast<quint8>(OutcomeStatus::Selected)) {
            selected.push_back(pool.id[i]);
            familyKeys.push_back(pool.kk[i]);
        }
    if (s)
        s = ParticipantStore(m_db).addAnnounced(number, selected, familyKeys, at);
    if (s)
        s = EventLog(m_db).append(EventType::Selected, selected, at, number);
    if (s)
        s = repo.addLedger(
            {0, number, at, QStringLiteral("announce"), outcome.selected, m_budget.cost(outcome.selected)});
    if (s)
        s = repo.recordAnnouncement(number, at, outcome.selected);
    if (s)
        s = repo.setEntitlements(number, m_budget);
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
Result<RevokeOutcome> AnnouncementService::revokeExpired(const Session& session, qint64 now, int days)
{
    if (const Status s = session.require(Permission::RevokeParticipants); !s)
        return s.error();
    const qint64 window = static_cast<qint64>(days) * Timestamp::kDay;
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    RevokeOutcome outcome;
    ParticipantStore participants(m_db);
    const auto expired = participants.expiredWithoutPurchase(now, window);
    if (!expired) {
        m_db.rollback();
        return expired.error();
    }
    // Each revoked card returns what its holder has not used: the wave's commitment per
    // participant less purchases, incentives and surveys already paid.
    WaveRepository repo(m_db);
    QMap<int, qint64> costPerWave;
    for (const ParticipantRef& p : expired.value())
        if (!costPerWave.contains(p.wave))
            costPerWave.insert(p.wave, repo.committedPerParticipant(p.wave, m_budget.perParticipant()));
    auto returned = participants.revoke(expired.value(), now, costPerWave);
    Status s = returned ? Status::success() : Status(returned.error());
    QMap<int, qint64> perWave;
    for (const ParticipantRef& p : expired.value())
        ++perWave[p.wave];
    for (auto it = perWave.cbegin(); s && it != perWave.cend(); ++it) {
        const qint64 amount = returned->value(it.key());
        s = repo.addLedger({0, it.key(), now, QStringLiteral("revoke"), -it.value(), -amount});
        outcome.returned += amount;
    }
    outcome.revoked = expired->size();
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

} // namespace prakerja
