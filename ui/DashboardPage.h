#pragma once
// The Dashboard page: the live registration funnel. Tiles per stage, the funnel chart with its
// drop-offs, registrations per minute over a chosen range with the peak and a cumulative line,
// breakdowns (province, wave, segment, NIK rejection reasons), a live indicator with
// pause/resume and the unreachable state, exports (PNG/CSV per chart, PDF of the page). It
// only renders FunnelSnapshots that FunnelWatcher computes on its own thread. Given the
// workspace and session, the programme's budget (BudgetPanel) sits below the tiles.

#include "domain/Error.h"
#include "engine/FunnelReport.h"

#include <QElapsedTimer>
#include <QMap>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QLineSeries;
class QScatterSeries;
class QDateTimeAxis;
class QValueAxis;

namespace prakerja {

class BudgetPanel;
class ChartPanel;
class FunnelWatcher;
class Session;
class StageTile;
class Workspace;

class DashboardPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(DashboardPage)
public:
    explicit DashboardPage(FunnelWatcher* watcher, QWidget* parent = nullptr);
    // With the budget panel, if the session may see the budget (view_waves, as
    // BudgetService::budget requires); without it the page has no budget panel.
    DashboardPage(FunnelWatcher* watcher, const Workspace& workspace, const Session& session,
                  QWidget* parent = nullptr);

    StageTile* tile(EventType stage) const { return m_tiles.value(stage); }
    BudgetPanel* budgetPanel() const { return m_budget; } // null without one
    QList<ChartPanel*> charts() const { return m_charts; }
    ChartPanel* chart(const QString& exportName) const;
    const FunnelSnapshot& shownSnapshot() const { return m_shown; }
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    void setRange(FunnelReport::Range range);
    // The whole page as a PDF report (tiles as a table, then every chart).
    Status exportPdf(const QString& path);
    // The bench's baseline (prakerja-console --bench-latency): snapshots handled as before the
    // fix for the stalls while the feed runs. Off outside the bench.
    static void setLegacySnapshotHandling(bool legacy);
    static bool legacySnapshotHandling();

    void applySnapshot(const FunnelSnapshot& snapshot);

Q_SIGNALS:
    void rendered(); // after a snapshot reached the widgets (tests wait on it)

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum Part { Funnel, Minutes, Provinces, Segments, Waves, Reasons, kParts };
    void render();
    void renderTiles();
    void updateTables();
    void schedulePump();
    void pump();
    void renderAll();
    QWidget* partWidget(int part) const;
    void renderPart(int part);
    void renderFunnel();
    void renderMinutes();
    void renderBreakdown(int part);
    void renderProvinces();
    void updateProvinceStages();
    EventType provinceStage() const;
    FunnelReport::Table provinceTable() const;
    std::pair<qint64, qint64> currentRange() const;
    void updateLiveLabel();
    void setReachable(bool reachable, const QString& message);
    void askPdf();

    FunnelSnapshot m_latest; // last snapshot received
    FunnelSnapshot m_shown; // what the widgets show (differs while paused)
    bool m_paused = false;
    bool m_reachable = true;
    bool m_hasSnapshot = false;
    bool m_pumpScheduled = false;
    quint32 m_dirty = 0; // charts (Part bits) not yet drawn with m_shown
    QElapsedTimer m_lastChartDraw; // restarted when a round of chart redraws finishes
    static constexpr qint64 kChartIntervalMs = 500;
    QString m_unreachableMessage;
    QElapsedTimer m_reconnectedAt;

    QLabel* m_live = nullptr;
    QPushButton* m_pause = nullptr;
    QGridLayout* m_tileGrid = nullptr;
    QMap<EventType, StageTile*> m_tiles;
    BudgetPanel* m_budget = nullptr;
    QString m_operatorName; // named in the PDF report's header
    bool m_renderOnShow = false; // a snapshot arrived while the page was hidden
    QList<ChartPanel*> m_charts;
    ChartPanel* m_funnel = nullptr;
    ChartPanel* m_minutes = nullptr;
    ChartPanel* m_provinces = nullptr;
    ChartPanel* m_segments = nullptr;
    ChartPanel* m_waves = nullptr;
    ChartPanel* m_reasons = nullptr;
    QComboBox* m_range = nullptr;
    QComboBox* m_provinceStage = nullptr; // which stage the province chart counts
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineSeries* m_perMinute = nullptr;
    QLineSeries* m_cumulative = nullptr;
    QScatterSeries* m_peak = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
    QValueAxis* m_cumulativeAxis = nullptr;
};

} // namespace prakerja
