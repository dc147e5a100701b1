#include "WaveService.h"

#include "WaveAccess.h"
#include "domain/Timestamp.h"
#include "security/Crypto.h"
#include "services/Settings.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/OutcomeStore.h"

namespace prakerja {

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
            Error::tr("Kuota harus positif dan tanggal berurutan: buka < tutup <= pengumuman <= pelatihan"));
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
    if (repo.exists(w.number)) {
        m_db.rollback();
        return makeError(QStringLiteral("wave_exists"), Error::tr("Gelombang %1 sudah ada").arg(w.number));
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
        s = WaveAccess::stateError(wave.value(), Error::tr("tidak dapat menjadi %1").arg(waveStatusName(to)));
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

} // namespace prakerja
