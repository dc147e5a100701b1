#include "WaveJob.h"

#include "domain/IndonesianFormat.h"

namespace prakerja {

WaveJob::WaveJob(const Workspace& workspace, const Session& session, QObject* parent)
    : QObject(parent), m_session(session), m_host(workspace.paths(), workspace.keys())
{
    qRegisterMetaType<WaveJobResult>();
}

WaveJob::~WaveJob() = default;

bool WaveJob::start(Kind kind, int wave, const std::optional<WaveDraft>& draft, const std::optional<RuleSet>& rules,
                    const std::optional<RuleSet>& compareRules)
{
    if (busy())
        return false;
    auto work = [=, session = m_session](Database& db, JobProgress& job) -> Result<WaveJobResult> {
        WaveJobResult r;
        r.kind = kind;
        r.wave = wave;
        const auto report = job.callback(); // the draw stops at its next step when asked
        // The programme's budget as the database holds it now (another seat may have changed it).
        const auto programme = ProgrammeSettings::load(db);
        if (!programme)
            return programme.error();
        WaveService waves(db);
        DrawService draws(db);
        AnnouncementService announcements(db, programme->budget());
        BudgetService budgets(db, programme->budget());
        switch (kind) {
        case Kind::Refresh: {
            auto list = waves.list(session);
            if (!list)
                return list.error();
            r.waves = list.value();
            r.defaultRules = WaveService::configuredRules(programme.value());
            auto view = budgets.budget(session);
            if (view)
                r.budget = view.value();
            break;
        }
        case Kind::Budget: { // unlike Refresh, a budget that cannot be read is a failure
            auto view = budgets.budget(session);
            if (!view)
                return view.error();
            r.budget = view.value();
            break;
        }
        case Kind::Create: {
            auto w = waves.create(session, *draft);
            if (!w)
                return w.error();
            r.wave = w->number;
            r.message = QObject::tr("Gelombang %1 dibuat").arg(w->number);
            break;
        }
        case Kind::Open:
        case Kind::Close:
        case Kind::Cancel: {
            const Status s = kind == Kind::Open ? waves.open(session, wave)
                : kind == Kind::Close           ? waves.close(session, wave)
                                                : waves.cancel(session, wave);
            if (!s)
                return s.error();
            r.message = kind == Kind::Open ? QObject::tr("Gelombang %1 dibuka").arg(wave)
                : kind == Kind::Close      ? QObject::tr("Gelombang %1 ditutup").arg(wave)
                                           : QObject::tr("Gelombang %1 dibatalkan").arg(wave);
            break;
        }
        case Kind::DryRun: {
            auto a = draws.dryRun(session, wave, rules, report);
            if (!a)
                return a.error();
            r.draw = a.value();
            if (compareRules) {
                auto b = draws.dryRun(session, wave, compareRules, report);
                if (!b)
                    return b.error();
                r.compare = b.value();
            }
            break;
        }
        case Kind::Draw:
        case Kind::Results: {
            auto d = kind == Kind::Draw ? draws.draw(session, wave, report) : draws.results(session, wave, report);
            if (!d)
                return d.error();
            r.draw = d.value();
            break;
        }
        case Kind::Announce: {
            auto a = announcements.announce(session, wave, report);
            if (!a)
                return a.error();
            r.message = QObject::tr("Gelombang %1 diumumkan: %2 peserta, anggaran terikat %3; %4 ditarik saat "
                                    "pemeriksaan ulang, %5 pengganti")
                            .arg(QString::number(wave), IndonesianFormat::number(a->selected),
                                 IndonesianFormat::rupiah(a->selected * programme->budget().perParticipant()),
                                 IndonesianFormat::number(a->withdrawn), IndonesianFormat::number(a->replacements));
            break;
        }
        case Kind::Verify: {
            auto v = draws.verify(session, wave, report);
            if (!v)
                return v.error();
            r.message
                = v->matches ? QObject::tr("Cocok: %1").arg(v->detail) : QObject::tr("TIDAK COCOK: %1").arg(v->detail);
            r.ok = v->matches;
            return r;
        }
        }
        r.ok = true;
        return r;
    };
    m_job = m_host.start<WaveJobResult>(
        this, std::move(work),
        [this, kind, wave](const Result<WaveJobResult>& r) {
            if (r) {
                Q_EMIT finished(r.value());
                return;
            }
            WaveJobResult failed;
            failed.kind = kind;
            failed.wave = wave;
            failed.code = r.error().code;
            failed.message = r.error().message();
            Q_EMIT finished(failed);
        },
        [this](int percent) { Q_EMIT progress(percent); });
    return true;
}

} // namespace prakerja
