#pragma once
// Where the training money went, on the Partner platforms page (its own tab): per platform and
// per training the purchases, rupiah, completion rate and median days from selection to
// purchase; the top trainings by purchases; the categories by spending. Read by
// SpendingService::report() on a worker (the GUI thread runs no SQL) when the tab is shown, when
// the wave changes, and on "Muat ulang".

#include "domain/Session.h"
#include "engine/SpendingReport.h"
#include "services/JobRunner.h"
#include "services/Workspace.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace prakerja {

class SpendingPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(SpendingPanel)
public:
    // objectName "spendingPanel"; tables "spendingPlatforms", "spendingTrainings",
    // "spendingCategories"; the wave filter "spendingWave" (0 = every wave); the summary
    // "spendingSummary"; "spendingReload".
    SpendingPanel(const Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    ~SpendingPanel() override;

    void refresh();
    const SpendingReport& report() const { return m_report; }
    static constexpr int kTopTrainings = 50;

Q_SIGNALS:
    void loaded(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void display(const SpendingReport& report);

    Session m_session;
    JobHost m_host;
    quint64 m_token = 0;
    SpendingReport m_report;
    QSpinBox* m_wave = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_platforms = nullptr;
    QTableWidget* m_trainings = nullptr;
    QTableWidget* m_categories = nullptr;
};

} // namespace prakerja
