#pragma once
// Runs WaveService calls for the GUI on a worker thread with the worker's own database
// connection: the waves list and budget (or the budget alone, for the dashboard), dry runs, the
// draw (with progress and Cancel, which leaves nothing written), announce, verify and status
// changes. Results come back by signal.

#include "domain/Session.h"
#include "services/AnnouncementService.h"
#include "services/BudgetService.h"
#include "services/DrawService.h"
#include "services/JobRunner.h"
#include "services/WaveService.h"

#include <QObject>
#include <optional>

namespace prakerja {

struct WaveJobResult
{
    enum class Kind { Refresh, Create, Open, Close, Cancel, DryRun, Draw, Announce, Verify, Budget, Results };
    Kind kind = Kind::Refresh;
    int wave = 0;
    bool ok = false;
    QString code; // the error's code when the service refused or failed (e.g. "wave_not_closed")
    QString message; // the error, or a summary for people
    QList<Wave> waves; // Refresh
    BudgetView budget; // Refresh, Budget
    RuleSet defaultRules; // Refresh: the programme's defaults for a new wave
    std::optional<DrawOutcome> draw; // DryRun, Draw, Results
    std::optional<DrawOutcome> compare; // DryRun with a second rule set
};

class WaveJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(WaveJob)
public:
    using Kind = WaveJobResult::Kind;

    WaveJob(const Workspace& workspace, const Session& session, QObject* parent = nullptr);
    ~WaveJob() override;

    bool busy() const { return m_host.busy(); }
    // Starts a job; ignored (false) while another runs.
    bool start(Kind kind, int wave = 0, const std::optional<WaveDraft>& draft = {},
               const std::optional<RuleSet>& rules = {}, const std::optional<RuleSet>& compareRules = {});
    // Asks the running job to stop at its next step (the draw then writes nothing).
    void cancel() { m_job.cancel(); }

Q_SIGNALS:
    void progress(int percent);
    void finished(const prakerja::WaveJobResult& result);

private:
    Session m_session;
    JobHandle m_job;
    JobHost m_host;
};

} // namespace prakerja

Q_DECLARE_METATYPE(prakerja::WaveJobResult)
