#include "DemoService.h"

#include "AnnouncementService.h"
#include "DrawService.h"
#include "ProgrammeSettings.h"
#include "WaveService.h"
#include "domain/Timestamp.h"
#include "store/Database.h"
#include "store/MetaStore.h"
#include "store/WaveRepository.h"

#include <limits>

namespace prakerja {

Result<int> DemoService::announceWave(const Session& session, const std::atomic<bool>* cancel)
{
    if (!MetaStore(m_db).isDemo())
        return makeError(QStringLiteral("not_demo"),
                         Error::tr("Hanya basis data demo yang dapat melanjutkan demo setelah seleksi"));
    for (Permission p : {Permission::ManageWaves, Permission::RunDraw})
        if (const Status s = session.require(p); !s)
            return s.error();
    auto programme = ProgrammeSettings::load(m_db);
    if (!programme)
        return programme.error();
    const auto go = [cancel](int) { return !cancel || !cancel->load(std::memory_order_relaxed); };
    WaveRepository repo(m_db);
    WaveService waves(m_db);
    if (!repo.exists(kWave)) {
        auto joins = repo.lateJoins(kWave, std::numeric_limits<qint64>::min());
        if (!joins)
            return joins.error();
        if (joins->count == 0)
            return makeError(QStringLiteral("no_joins"),
                             Error::tr("Belum ada pendaftar yang bergabung dengan gelombang %1: jalankan "
                                       "simulasi hari peluncuran dahulu")
                                 .arg(kWave));
        const qint64 now = Timestamp::nowMs();
        if (joins->latest >= now)
            return makeError(QStringLiteral("joins_after_now"),
                             Error::tr("Gelombang %1 belum dapat diumumkan: pendaftar terakhir bergabung pada "
                                       "%2, sesudah saat ini")
                                 .arg(kWave)
                                 .arg(Timestamp::toDisplayWib(joins->latest)));
        WaveDraft draft;
        draft.number = kWave;
        draft.name = QStringLiteral("Gelombang %1 (demo)").arg(kWave);
        draft.opensAt = joins->earliest - Timestamp::kMinute;
        draft.closesAt = joins->latest + 1;
        draft.announceAt = now;
        draft.trainingStartsAt = now + Timestamp::kDay;
        draft.quota = std::max<qint64>(1, joins->count * 2 / 3);
        draft.rules = WaveService::configuredRules(programme.value());
        if (auto created = waves.create(session, draft); !created)
            return created.error();
    }
    auto wave = repo.get(kWave);
    if (!wave)
        return wave.error();
    switch (wave->status) {
    case WaveStatus::Planned:
        if (const Status s = waves.open(session, kWave); !s)
            return s.error();
        [[fallthrough]];
    case WaveStatus::Open:
        if (const Status s = waves.close(session, kWave); !s)
            return s.error();
        [[fallthrough]];
    case WaveStatus::Closed:
        if (auto drawn = DrawService(m_db).draw(session, kWave, go); !drawn)
            return drawn.error();
        [[fallthrough]];
    case WaveStatus::Drawn:
        if (wave->closesAt >= Timestamp::nowMs())
            return makeError(QStringLiteral("closes_after_now"),
                             Error::tr("Gelombang %1 ditutup pada %2, sesudah saat ini: belum dapat diumumkan")
                                 .arg(kWave)
                                 .arg(Timestamp::toDisplayWib(wave->closesAt)));
        if (auto announced = AnnouncementService(m_db, programme->budget()).announce(session, kWave, go); !announced)
            return announced.error();
        [[fallthrough]];
    case WaveStatus::Announced:
        return kWave;
    default:
        return makeError(QStringLiteral("wave_state"),
                         Error::tr("Gelombang %1 dibatalkan: demo tidak dapat dilanjutkan").arg(kWave));
    }
}

} // namespace prakerja
