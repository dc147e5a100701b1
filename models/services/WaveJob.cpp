#include "WaveJob.h"

#include "domain/IndonesianFormat.h"

#include <QPointer>
#include <QtConcurrent>

namespace prakerja {

WaveJob::WaveJob(const Workspace& workspace, const Session& session, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_session(session)
{
    qRegisterMetaType<WaveJobResult>();
    connect(&m_watcher, &QFutureWatcher<WaveJobResult>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

WaveJob::~WaveJob()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

bool WaveJob::start(Kind kind, int wave, const std::optional<WaveDraft>& draft, const std::optional<RuleSet>& rules,
                    const std::optional<RuleSet>& compareRules)
{
    if (busy())
        return false;
    m_cancel = false;
    QPointer<WaveJob> self(this);
    auto report = [this, self](int percent) {
        // Progress crosses to the GUI thread by a queued call; the draw stops when asked.
        QMetaObject::invokeMethod(
            this,
            [self, percent] {
                if (self)
                    Q_EMIT self->progress(percent);
            },
            Qt::QueuedConnection);
        return !m_cancel.load();
    };
    const Session session = m_session;
    const Workspace* workspace = &m_workspace;
    m_watcher.setFuture(QtConcurrent::run([=]() -> WaveJobResult {
        WaveJobResult r;
        r.kind = kind;
        r.wave = wave;
        // The worker's own connection, used only on this thread.
        auto db = workspace->openConnection();
        if (!db) {
            r.message = db.error().message();
            return r;
        }
        // The programme's budget as the database holds it now (another seat may have changed it).
        const auto programme = ProgrammeSettings::load(*db.value());
        if (!programme) {
            r.message = programme.error().message();
            return r;
        }
        WaveService waves(*db.value(), programme->budget());
        auto fail = [&r](const Error& e) {
            r.ok = false;
            r.message = e.message();
            return r;
        };
        switch (kind) {
        case Kind::Refresh: {
            auto list = waves.list(session);
            if (!list)
                return fail(list.error());
            r.waves = list.value();
            r.defaultRules = WaveService::configuredRules(programme.value());
            auto view = waves.budget(session);
            if (view)
                r.budget = view.value();
            break;
        }
        case Kind::Budget: { // unlike Refresh, a budget that cannot be read is a failure
            auto view = waves.budget(session);
            if (!view)
                return fail(view.error());
            r.budget = view.value();
            break;
        }
        case Kind::Create: {
            auto w = waves.create(session, *draft);
            if (!w)
                return fail(w.error());
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
                return fail(s.error());
            r.message = kind == Kind::Open ? QObject::tr("Gelombang %1 dibuka").arg(wave)
                : kind == Kind::Close      ? QObject::tr("Gelombang %1 ditutup").arg(wave)
                                           : QObject::tr("Gelombang %1 dibatalkan").arg(wave);
            break;
        }
        case Kind::DryRun: {
            auto a = waves.dryRun(session, wave, rules, report);
            if (!a)
                return fail(a.error());
            r.draw = a.value();
            if (compareRules) {
                auto b = waves.dryRun(session, wave, compareRules, report);
                if (!b)
                    return fail(b.error());
                r.compare = b.value();
            }
            break;
        }
        case Kind::Draw:
        case Kind::Results: {
            auto d = kind == Kind::Draw ? waves.draw(session, wave, report) : waves.results(session, wave, report);
            if (!d)
                return fail(d.error());
            r.draw = d.value();
            break;
        }
        case Kind::Announce: {
            auto a = waves.announce(session, wave, report);
            if (!a)
                return fail(a.error());
            r.message = QObject::tr("Gelombang %1 diumumkan: %2 peserta, anggaran terikat %3; %4 ditarik saat "
                                    "pemeriksaan ulang, %5 pengganti")
                            .arg(QString::number(wave), IndonesianFormat::number(a->selected),
                                 IndonesianFormat::rupiah(a->selected * programme->budget().perParticipant()),
                                 IndonesianFormat::number(a->withdrawn), IndonesianFormat::number(a->replacements));
            break;
        }
        case Kind::Verify: {
            auto v = waves.verify(session, wave, report);
            if (!v)
                return fail(v.error());
            r.message = v->matches ? QObject::tr("Cocok: %1").arg(v->detailForUser())
                                   : QObject::tr("TIDAK COCOK: %1").arg(v->detailForUser());
            r.ok = v->matches;
            return r;
        }
        }
        r.ok = true;
        return r;
    }));
    return true;
}

} // namespace prakerja
