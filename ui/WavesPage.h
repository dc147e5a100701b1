#pragma once
// The Waves page: the list of waves (dates in WIB, quota, pool, status), the chosen wave's
// rules, seed commitment, results and the budget, the actions the operator's role allows, dry-run
// charts (optionally against a second rule set) and the draw on a worker with progress and Cancel.

#include "domain/Session.h"
#include "services/WaveJob.h"
#include "services/Workspace.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace prakerja {

class WavesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(WavesPage)
public:
    WavesPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    void refresh();
    // Test hooks: the job (to wait for) and a wave created without the dialog.
    WaveJob* job() const { return m_job; }
    void createWave(const WaveDraft& draft);

private:
    void onFinished(const WaveJobResult& result);
    void onSelectionChanged();
    void updateActions();
    void showCharts(const DrawOutcome& a, const DrawOutcome* b);
    // Replaces the charts with a line of text (a wave without results, or results loading).
    void showChartsNote(const QString& text);
    void clearCharts();
    void openCreateDialog();
    void runOnSelected(WaveJob::Kind kind);
    // Close, cancel, draw and announce say what will happen and wait for a yes (ConfirmDialog).
    bool confirm(WaveJob::Kind kind, const Wave& wave);
    void compareWithFile();
    QWidget* buildReferenceTab();
    static QString coverageIntro();
    void loadCoverage();
    int selectedWave() const;
    const Wave* waveByNumber(int number) const;

    Session m_session;
    WaveJob* m_job = nullptr;
    QList<Wave> m_waves;
    RuleSet m_defaultRules; // the programme's defaults for a new wave, read with the list
    BudgetView m_budget;
    QTableWidget* m_table = nullptr;
    // The list tab's second view: coverage of the reference lists per source, import history.
    WorkspacePaths m_paths;
    KeyFile m_keys;
    QTabWidget* m_listTabs = nullptr;
    QTableWidget* m_coverage = nullptr;
    QTableWidget* m_imports = nullptr;
    QLabel* m_coverageNote = nullptr;
    bool m_coverageLoading = false;
    QLabel* m_details = nullptr;
    QLabel* m_budgetLabel = nullptr;
    QLabel* m_message = nullptr;
    QPushButton *m_create = nullptr, *m_open = nullptr, *m_close = nullptr, *m_cancelWave = nullptr,
                *m_dryRun = nullptr, *m_compare = nullptr, *m_draw = nullptr, *m_announce = nullptr,
                *m_verify = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stop = nullptr;
    QTabWidget* m_charts = nullptr;
    int m_chartsWave = 0; // the wave whose charts (or note) are shown
};

} // namespace prakerja
