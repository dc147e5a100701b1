#pragma once
// The programme's budget on the dashboard, compact: committed and remaining (rupiah), the share
// of the total already used, and the forecast of waves still possible by budget and by pool.
// The figures come from BudgetService::budget() on a WaveJob worker (the GUI thread runs no SQL),
// read again whenever the panel is shown and every 30 seconds while it is visible.

#include "services/WaveJob.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QProgressBar;

namespace prakerja {

class BudgetPanel : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY(BudgetPanel)
public:
    // objectName "budgetPanel"; its labels are "budgetCommitted", "budgetRemaining",
    // "budgetShare", "budgetWaves", "budgetWavesDetail", "budgetParticipants",
    // "budgetAffordable", "budgetNote", "budgetStatus"; the bar is "budgetUsed" (0–1000, ‰).
    // Actuals beside the commitment: "budgetActual" (spent + incentives + surveys paid) with
    // "budgetActualDetail", "budgetOutstanding" with "budgetOutstandingDetail", "budgetReturned"
    // with "budgetReturnedDetail".
    BudgetPanel(const Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    // Reads the budget again on the worker (once more after the read in flight, if any).
    void refresh();
    WaveJob* job() const { return m_job; }
    static constexpr int kRefreshMs = 30'000;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onFinished(const WaveJobResult& result);
    void setView(const BudgetView& view);

    WaveJob* m_job = nullptr;
    QTimer m_timer;
    bool m_again = false;
    QLabel* m_committed = nullptr;
    QLabel* m_participants = nullptr;
    QLabel* m_remaining = nullptr;
    QLabel* m_affordable = nullptr;
    QLabel* m_waves = nullptr;
    QLabel* m_wavesDetail = nullptr;
    QProgressBar* m_used = nullptr;
    QLabel* m_share = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_actual = nullptr;
    QLabel* m_actualDetail = nullptr;
    QLabel* m_outstanding = nullptr;
    QLabel* m_outstandingDetail = nullptr;
    QLabel* m_returned = nullptr;
    QLabel* m_returnedDetail = nullptr;
};

} // namespace prakerja
