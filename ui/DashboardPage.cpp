#include "DashboardPage.h"

#include "BudgetPanel.h"
#include "ChartPanel.h"
#include "ReportWriter.h"
#include "StageTile.h"
#include "Theme.h"
#include "domain/IndonesianFormat.h"
#include "domain/Session.h"
#include "domain/Timestamp.h"
#include "services/FunnelWatcher.h"
#include "services/Workspace.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace prakerja {

namespace {

// QDateTimeAxis labels in the process's local zone; shift the values so they read as WIB.
qreal axisMs(qint64 utcMs)
{
    const int localOffset = QDateTime::fromMSecsSinceEpoch(utcMs).offsetFromUtc();
    return static_cast<qreal>(utcMs + Timestamp::kWibOffset - qint64(localOffset) * 1000);
}

// The custom range editors hold WIB wall times in a UTC-spec QDateTime.
qint64 editorToUtc(const QDateTime& wib)
{
    return wib.toMSecsSinceEpoch() - Timestamp::kWibOffset;
}

QDateTime utcToEditor(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs + Timestamp::kWibOffset, Qt::UTC);
}

QString barLabel(const FunnelReport::BreakdownRow& row)
{
    return QStringLiteral("%1 · %2 (%3)")
        .arg(row.label, IndonesianFormat::number(row.count), IndonesianFormat::percent(row.share, 1));
}

// Qt Charts cuts a category label wider than its share of the chart ("Tidak ditemukan di
// Dukcapil · 5.460 (…"): in the half-width charts the figures go on a second line (labels are
// rich text).
QString twoLineBarLabel(const FunnelReport::BreakdownRow& row)
{
    return QStringLiteral("%1<br>%2 (%3)")
        .arg(row.label.toHtmlEscaped(), IndonesianFormat::number(row.count), IndonesianFormat::percent(row.share, 1));
}

bool g_legacySnapshots = false;

} // namespace

void DashboardPage::setLegacySnapshotHandling(bool legacy)
{
    g_legacySnapshots = legacy;
}

bool DashboardPage::legacySnapshotHandling()
{
    return g_legacySnapshots;
}

DashboardPage::DashboardPage(FunnelWatcher* watcher, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Isi dasbor"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &DashboardPage::schedulePump);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Corong pendaftaran"), content);
    Theme::setRole(title, "pageTitle");
    header->addWidget(title);
    header->addStretch(1);
    m_live = new QLabel(tr("Menunggu data…"), content);
    m_live->setObjectName(QStringLiteral("liveStatus"));
    m_live->setWordWrap(true);
    m_pause = new QPushButton(tr("Jeda"), content);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setToolTip(tr("Jeda atau lanjutkan pembaruan langsung (Ctrl+P)"));
    header->addWidget(m_pause);
    auto* pdf = new QPushButton(tr("Laporan PDF…"), content);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    header->addWidget(pdf);
    layout->addLayout(header);
    layout->addWidget(m_live);
    auto* note
        = new QLabel(tr("Waktu menurut umpan pendaftaran (WIB): \"jam terakhir\", \"24 jam terakhir\" dan \"menit "
                        "terakhir\" dihitung mundur dari kejadian terbaru, bukan dari jam dinding. Baris umpan "
                        "yang ditolak tidak pernah dihitung."),
                     content);
    note->setWordWrap(true);
    Theme::setRole(note, "note");
    layout->addWidget(note);

    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(8);
    layout->addLayout(m_tileGrid);
    for (EventType stage : kFunnelStages) {
        auto* tile = new StageTile(stage, content);
        m_tileGrid->addWidget(tile, static_cast<int>(m_tiles.size()) / 3, static_cast<int>(m_tiles.size()) % 3);
        m_tiles.insert(stage, tile);
    }

    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    layout->addLayout(grid, 1);
    m_funnel = new ChartPanel(tr("Corong per tahap (dengan penurunan dari tahap sebelumnya)"), QStringLiteral("funnel"),
                              content);
    m_minutes = new ChartPanel(tr("Pendaftaran per menit"), QStringLiteral("registrations_per_minute"), content);
    m_provinces = new ChartPanel(tr("Per provinsi (dari NIK): %1").arg(stageLabel(EventType::Registered)),
                                 QStringLiteral("provinces"), content);
    m_segments = new ChartPanel(tr("Pendaftar per segmen"), QStringLiteral("segments"), content);
    m_waves = new ChartPanel(tr("Bergabung per gelombang"), QStringLiteral("waves"), content);
    m_reasons = new ChartPanel(tr("Penolakan NIK per alasan"), QStringLiteral("nik_rejections"), content);
    m_charts = {m_funnel, m_minutes, m_provinces, m_segments, m_waves, m_reasons};
    // What each chart says while it has nothing to draw, instead of a bare 0–1 axis.
    m_funnel->setEmptyText(tr("Belum ada pendaftaran: corong terisi begitu umpan pendaftaran masuk."));
    m_minutes->setEmptyText(tr("Belum ada pendaftaran dalam rentang ini."));
    m_provinces->setEmptyText(tr("Belum ada pendaftaran, jadi belum ada provinsi untuk ditampilkan."));
    m_segments->setEmptyText(tr("Belum ada pendaftaran, jadi belum ada segmen untuk ditampilkan."));
    m_waves->setEmptyText(tr("Belum ada pendaftar yang bergabung dengan gelombang."));
    m_reasons->setEmptyText(tr("Belum ada NIK yang ditolak Dukcapil."));
    // Each CSV is computed from the snapshot shown when it is exported.
    m_funnel->setTableSource([this] { return FunnelReport::stageTable(m_shown); });
    m_provinces->setTableSource([this] { return provinceTable(); });
    m_segments->setTableSource(
        [this] { return FunnelReport::breakdownTable(FunnelReport::segments(m_shown), QStringLiteral("segment")); });
    m_waves->setTableSource(
        [this] { return FunnelReport::breakdownTable(FunnelReport::waves(m_shown), QStringLiteral("wave")); });
    m_reasons->setTableSource(
        [this] { return FunnelReport::breakdownTable(FunnelReport::nikReasons(m_shown), QStringLiteral("reason")); });
    m_minutes->setTableSource([this] {
        const auto [from, to] = currentRange();
        return FunnelReport::seriesTable(m_shown.newestAt > 0
                                             ? FunnelReport::minuteSeries(m_shown, EventType::Registered, from, to)
                                             : FunnelReport::MinuteSeries{});
    });
    grid->addWidget(m_minutes, 0, 0, 1, 2);
    grid->addWidget(m_funnel, 1, 0, 1, 2);
    grid->addWidget(m_provinces, 2, 0, 1, 2);
    grid->addWidget(m_segments, 3, 0);
    grid->addWidget(m_reasons, 3, 1);
    grid->addWidget(m_waves, 4, 0);
    m_provinces->view()->setMinimumHeight(340);
    // Room for each of the 14 stages past selection (26 px a bar, one line of text each): fewer
    // leave Qt Charts no height for a category's label and it prints "…".
    m_funnel->view()->setMinimumHeight(static_cast<int>(kFunnelStages.size() + kLaterStages.size()) * 26 + 70);
    // Said to the panel too: its note wraps (height for width), and the grid then sized the panel
    // by its parts' preferred heights, cutting the chart's value axis off (the panel clipped it).
    m_funnel->setMinimumHeight(m_funnel->minimumSizeHint().height());
    m_minutes->view()->setMinimumHeight(300);
    m_segments->view()->setMinimumHeight(380); // six two-line labels

    // The stage the province chart counts: registrations first; past selection also who bought,
    // completed, was paid, with each province's conversion from the stage before.
    m_provinceStage = new QComboBox(m_provinces);
    m_provinceStage->setObjectName(QStringLiteral("provinceStage"));
    m_provinceStage->setToolTip(tr("Tahap yang dihitung per provinsi"));
    m_provinces->addControl(m_provinceStage);
    updateProvinceStages();
    connect(m_provinceStage, &QComboBox::currentIndexChanged, this, [this] {
        m_provinces->setTitle(tr("Per provinsi (dari NIK): %1").arg(stageLabel(provinceStage())));
        renderProvinces();
    });

    // Range of the per-minute chart.
    m_range = new QComboBox(m_minutes);
    m_range->setObjectName(QStringLiteral("rangeSelector"));
    m_range->addItem(tr("Satu jam terakhir"), static_cast<int>(FunnelReport::Range::LastHour));
    m_range->addItem(tr("24 jam terakhir"), static_cast<int>(FunnelReport::Range::Last24Hours));
    // All the feed holds, from its first event: waves have their own dates, this range does not.
    m_range->addItem(tr("Sejak kejadian pertama"), static_cast<int>(FunnelReport::Range::WholeWave));
    m_range->addItem(tr("Rentang khusus"), static_cast<int>(FunnelReport::Range::Custom));
    m_range->setCurrentIndex(2);
    m_from = new QDateTimeEdit(m_minutes);
    m_to = new QDateTimeEdit(m_minutes);
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH.mm"));
        edit->setCalendarPopup(true);
        edit->hide();
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { renderMinutes(); });
    }
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_minutes->addControl(m_range);
    m_minutes->addControl(m_from);
    m_minutes->addControl(m_to);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_range->currentData().toInt() == static_cast<int>(FunnelReport::Range::Custom);
        if (custom && m_hasSnapshot) {
            const auto [from, to]
                = FunnelReport::rangeBounds(m_shown, FunnelReport::Range::LastHour, EventType::Registered);
            const QSignalBlocker b1(m_from), b2(m_to);
            m_from->setDateTime(utcToEditor(from));
            m_to->setDateTime(utcToEditor(to));
        }
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        renderMinutes();
    });

    QChart* chart = m_minutes->chart();
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_perMinute = new QLineSeries;
    m_perMinute->setName(tr("Pendaftaran per menit"));
    m_cumulative = new QLineSeries;
    m_cumulative->setName(tr("Kumulatif"));
    m_peak = new QScatterSeries;
    m_peak->setName(tr("Menit puncak"));
    m_peak->setMarkerSize(11);
    m_peak->setColor(QColor(0xc6, 0x28, 0x28));
    chart->addSeries(m_perMinute);
    chart->addSeries(m_cumulative);
    chart->addSeries(m_peak);
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("HH.mm"));
    m_timeAxis->setTitleText(tr("WIB"));
    m_countAxis = new QValueAxis;
    m_countAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_countAxis->setTitleText(tr("per menit"));
    m_cumulativeAxis = new QValueAxis;
    m_cumulativeAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_cumulativeAxis->setTitleText(tr("kumulatif"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    chart->addAxis(m_cumulativeAxis, Qt::AlignRight);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(m_perMinute), static_cast<QAbstractSeries*>(m_peak)}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
    }
    m_cumulative->attachAxis(m_timeAxis);
    m_cumulative->attachAxis(m_cumulativeAxis);

    connect(m_pause, &QPushButton::toggled, this, &DashboardPage::setPaused);
    connect(pdf, &QPushButton::clicked, this, &DashboardPage::askPdf);
    if (watcher) {
        connect(watcher, &FunnelWatcher::snapshotReady, this, &DashboardPage::applySnapshot);
        connect(watcher, &FunnelWatcher::reachableChanged, this, &DashboardPage::setReachable);
        connect(watcher, &FunnelWatcher::denied, this, [this](const QString& message) {
            m_live->setText(message);
            Theme::setTone(m_live, Theme::Tone::Bad);
        });
    }
    render();
}

DashboardPage::DashboardPage(FunnelWatcher* watcher, const Workspace& workspace, const Session& session,
                             QWidget* parent)
    : DashboardPage(watcher, parent)
{
    m_operatorName = session.operatorName();
    if (!session.can(Permission::ViewWaves))
        return;
    QWidget* content = m_tileGrid->parentWidget();
    auto* layout = qobject_cast<QVBoxLayout*>(content->layout());
    Q_ASSERT(layout);
    m_budget = new BudgetPanel(workspace, session, content);
    layout->insertWidget(layout->indexOf(m_tileGrid) + 1, m_budget); // below the tiles, above the charts
}

ChartPanel* DashboardPage::chart(const QString& exportName) const
{
    for (ChartPanel* panel : m_charts)
        if (panel->exportName() == exportName)
            return panel;
    return nullptr;
}

void DashboardPage::applySnapshot(const FunnelSnapshot& snapshot)
{
    m_latest = snapshot;
    m_hasSnapshot = true;
    if (!m_reachable)
        setReachable(true, {});
    if (!m_paused) {
        m_shown = snapshot;
        // Behind another page nothing is drawn: the newest snapshot is rendered when the page
        // is shown again (snapshots come four times a second while the feed runs).
        if (isVisible() || g_legacySnapshots)
            render();
        else
            m_renderOnShow = true;
    }
    updateLiveLabel();
    Q_EMIT rendered();
}

void DashboardPage::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused); // re-enters through toggled()
    m_paused = paused;
    m_pause->setText(paused ? tr("Lanjutkan") : tr("Jeda"));
    if (!paused && m_hasSnapshot) {
        m_shown = m_latest;
        render();
    }
    updateLiveLabel();
}

void DashboardPage::setRange(FunnelReport::Range range)
{
    m_range->setCurrentIndex(m_range->findData(static_cast<int>(range)));
}

void DashboardPage::setReachable(bool reachable, const QString& message)
{
    const bool wasReachable = m_reachable;
    m_reachable = reachable;
    m_unreachableMessage = message;
    if (reachable && !wasReachable)
        m_reconnectedAt.start();
    updateLiveLabel();
}

void DashboardPage::updateLiveLabel()
{
    if (!m_reachable) {
        m_live->setText(tr("● Basis data tidak terjangkau: %1 — menyambung ulang otomatis…").arg(m_unreachableMessage));
        Theme::setTone(m_live, Theme::Tone::Bad);
        return;
    }
    if (!m_hasSnapshot)
        return;
    const QString updated = Timestamp::toDisplayWib(m_latest.refreshedAtMs);
    const QString feed = m_latest.newestAt > 0 ? Timestamp::toDisplayWib(m_latest.newestAt) : tr("belum ada");
    if (m_paused) {
        m_live->setText(tr("❚❚ Dijeda · tampilan per %1 · data terbaru %2")
                            .arg(Timestamp::toDisplayWib(m_shown.refreshedAtMs), updated));
        Theme::setTone(m_live, Theme::Tone::Warning);
    } else {
        // Say so for a while after the connection came back by itself.
        const bool reconnected = m_reconnectedAt.isValid() && m_reconnectedAt.elapsed() < 15'000;
        m_live->setText(tr("● Langsung · diperbarui %1 · kejadian terbaru %2").arg(updated, feed)
                        + (reconnected ? tr(" · tersambung kembali") : QString()));
        Theme::setTone(m_live, Theme::Tone::Good);
    }
}

void DashboardPage::render()
{
    // Tiles now; each chart in its own event-loop turn, and only once it is on screen, so that
    // no single turn of the GUI thread holds up input for long. The exported tables are made
    // when exported (setTableSource); the bench's baseline rebuilt them on every snapshot.
    renderTiles();
    updateProvinceStages(); // the selector follows the stages even while its chart is off screen
    if (g_legacySnapshots)
        updateTables();
    m_dirty = (1u << kParts) - 1;
    schedulePump();
}

QWidget* DashboardPage::partWidget(int part) const
{
    switch (part) {
    case Funnel:
        return m_funnel;
    case Minutes:
        return m_minutes;
    case Provinces:
        return m_provinces;
    case Segments:
        return m_segments;
    case Waves:
        return m_waves;
    default:
        return m_reasons;
    }
}

void DashboardPage::renderPart(int part)
{
    switch (part) {
    case Funnel:
        renderFunnel();
        break;
    case Minutes:
        renderMinutes();
        break;
    default:
        renderBreakdown(part);
        break;
    }
}

void DashboardPage::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    // Charts redraw at most every 500 ms (the tiles follow every snapshot): at launch-day rates
    // snapshots arrive every 250 ms and a chart's redraw is the GUI thread's largest cost.
    const qint64 sinceLast = m_lastChartDraw.isValid() ? m_lastChartDraw.elapsed() : kChartIntervalMs;
    QTimer::singleShot(static_cast<int>(std::max<qint64>(0, kChartIntervalMs - sinceLast)), this, &DashboardPage::pump);
}

void DashboardPage::pump()
{
    m_pumpScheduled = false;
    bool done = false;
    for (int part = 0; part < kParts; ++part) {
        if (!(m_dirty & (1u << part)) || partWidget(part)->visibleRegion().isEmpty())
            continue;
        if (done) { // another visible chart waits: the next turn, not throttled within a round
            m_pumpScheduled = true;
            QTimer::singleShot(0, this, &DashboardPage::pump);
            return;
        }
        m_dirty &= ~(1u << part);
        renderPart(part);
        done = true;
    }
    if (done)
        m_lastChartDraw.start(); // the round is over
}

void DashboardPage::renderAll()
{
    for (int part = 0; part < kParts; ++part)
        if (m_dirty & (1u << part))
            renderPart(part);
    m_dirty = 0;
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_renderOnShow) {
        m_renderOnShow = false;
        render();
    }
    schedulePump();
}

void DashboardPage::updateTables()
{
    m_funnel->setTable(FunnelReport::stageTable(m_shown));
    m_provinces->setTable(provinceTable());
    m_segments->setTable(FunnelReport::breakdownTable(FunnelReport::segments(m_shown), QStringLiteral("segment")));
    m_waves->setTable(FunnelReport::breakdownTable(FunnelReport::waves(m_shown), QStringLiteral("wave")));
    m_reasons->setTable(FunnelReport::breakdownTable(FunnelReport::nikReasons(m_shown), QStringLiteral("reason")));
    const auto [from, to] = currentRange();
    m_minutes->setTable(FunnelReport::seriesTable(
        m_shown.newestAt > 0 ? FunnelReport::minuteSeries(m_shown, EventType::Registered, from, to)
                             : FunnelReport::MinuteSeries{}));
}

std::pair<qint64, qint64> DashboardPage::currentRange() const
{
    const auto range = static_cast<FunnelReport::Range>(m_range->currentData().toInt());
    auto [from, to] = FunnelReport::rangeBounds(m_shown, range, EventType::Registered);
    if (range == FunnelReport::Range::Custom) {
        from = editorToUtc(m_from->dateTime());
        to = std::max(editorToUtc(m_to->dateTime()), from + Timestamp::kMinute);
    }
    return {from, to};
}

void DashboardPage::renderTiles()
{
    for (const FunnelReport::StageRow& row : FunnelReport::stageRows(m_shown)) {
        StageTile* tile = m_tiles.value(row.stage);
        if (!tile) { // a later stage (selected, training bought) that now has data
            tile = new StageTile(row.stage, m_tileGrid->parentWidget());
            m_tileGrid->addWidget(tile, static_cast<int>(m_tiles.size()) / 3, static_cast<int>(m_tiles.size()) % 3);
            m_tiles.insert(row.stage, tile);
        }
        tile->setRow(row);
    }
}

void DashboardPage::renderFunnel()
{
    QStringList labels;
    QList<qint64> values;
    for (const FunnelReport::StageRow& row : FunnelReport::stageRows(m_shown)) {
        labels << (row.stage == EventType::Registered
                       ? QStringLiteral("%1 · %2").arg(stageLabel(row.stage), IndonesianFormat::number(row.count))
                       : tr("%1 · %2 (−%3 · %4)")
                             .arg(stageLabel(row.stage), IndonesianFormat::number(row.count),
                                  IndonesianFormat::number(std::max<qint64>(0, row.dropFromPrevious)),
                                  IndonesianFormat::percent(std::max(0.0, 1.0 - row.shareOfPrevious), 1)));
        values << row.count;
    }
    if (m_shown.total(EventType::Registered) == 0) // zero bars are no funnel
        labels.clear(), values.clear();
    m_funnel->setBars(labels, values, QColor(0x3d, 0x6a, 0xa2));
}

void DashboardPage::renderMinutes()
{
    const auto [from, to] = currentRange();
    const FunnelReport::MinuteSeries series = m_shown.newestAt > 0
        ? FunnelReport::minuteSeries(m_shown, EventType::Registered, from, to)
        : FunnelReport::MinuteSeries{};
    QList<QPointF> perBucket, cumulative;
    perBucket.reserve(series.perBucket.size());
    cumulative.reserve(series.cumulative.size());
    qreal maxCount = 1, maxCumulative = 1;
    for (const QPointF& p : series.perBucket) {
        perBucket << QPointF(axisMs(static_cast<qint64>(p.x())), p.y());
        maxCount = std::max(maxCount, p.y());
    }
    for (const QPointF& p : series.cumulative) {
        cumulative << QPointF(axisMs(static_cast<qint64>(p.x())), p.y());
        maxCumulative = std::max(maxCumulative, p.y());
    }
    // Whole vectors through replace(): appending point by point is quadratic on a visible series.
    m_perMinute->replace(perBucket);
    m_cumulative->replace(cumulative);
    if (series.peakValue > 0) {
        m_peak->replace(QList<QPointF>{
            QPointF(axisMs(series.peakMinuteMs), static_cast<qreal>(series.peakValue) / series.bucketMinutes)});
        m_peak->setName(
            tr("Menit puncak: %1/menit, %2")
                .arg(IndonesianFormat::number(series.peakValue), Timestamp::toDisplayWib(series.peakMinuteMs, false)));
    } else {
        m_peak->clear();
        m_peak->setName(tr("Menit puncak"));
    }
    if (series.bucketMinutes > 1) {
        // Buckets of several minutes are drawn as their average per minute.
        for (QPointF& p : perBucket)
            p.setY(p.y() / series.bucketMinutes);
        m_perMinute->replace(perBucket);
        maxCount = std::max<qreal>(1, maxCount / series.bucketMinutes);
    }
    maxCount = std::max(maxCount, static_cast<qreal>(series.peakValue));
    const qint64 span = series.toMs - series.fromMs;
    m_timeAxis->setFormat(span > Timestamp::kDay ? QStringLiteral("dd/MM HH.mm") : QStringLiteral("HH.mm"));
    if (span > 0)
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(axisMs(series.fromMs))),
                             QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(axisMs(series.toMs))));
    m_countAxis->setRange(0, maxCount * 1.15);
    m_countAxis->applyNiceNumbers();
    m_cumulativeAxis->setRange(0, maxCumulative * 1.05);
    m_cumulativeAxis->applyNiceNumbers();
    m_minutes->showEmpty(series.totalInRange == 0);
    m_minutes->setNote(
        series.peakValue > 0
            ? tr("Puncak: %1 pendaftaran dalam satu menit pada %2 · %3 pendaftaran dalam rentang ini%4")
                  .arg(IndonesianFormat::number(series.peakValue), Timestamp::toDisplayWib(series.peakMinuteMs, false),
                       IndonesianFormat::number(series.totalInRange),
                       series.bucketMinutes > 1 ? tr(" · titik = rata-rata per %1 menit").arg(series.bucketMinutes)
                                                : QString())
            : QString()); // the empty state says it
    if (g_legacySnapshots)
        m_minutes->setTable(FunnelReport::seriesTable(series));
}

EventType DashboardPage::provinceStage() const
{
    return m_provinceStage->currentIndex() < 0 ? EventType::Registered
                                               : static_cast<EventType>(m_provinceStage->currentData().toInt());
}

// The selector lists the funnel's stages as the snapshot has them (14 once a wave is announced).
void DashboardPage::updateProvinceStages()
{
    const QList<EventType> stages = m_shown.stages();
    if (m_provinceStage->count() == stages.size())
        return;
    const EventType current = provinceStage();
    const QSignalBlocker block(m_provinceStage);
    m_provinceStage->clear();
    for (EventType stage : stages)
        m_provinceStage->addItem(stageLabel(stage), static_cast<int>(stage));
    m_provinceStage->setCurrentIndex(std::max<int>(0, m_provinceStage->findData(static_cast<int>(current))));
}

// The CSV of the province chart: past selection every province's stages from the wave join on,
// with conversion and drop-off; otherwise the chart's own rows.
FunnelReport::Table DashboardPage::provinceTable() const
{
    const EventType stage = provinceStage();
    if (std::find(kLaterStages.begin(), kLaterStages.end(), stage) != kLaterStages.end())
        return FunnelReport::provinceStageTable(m_shown);
    return FunnelReport::breakdownTable(FunnelReport::provinces(m_shown, 10, stage), QStringLiteral("province"));
}

void DashboardPage::renderProvinces()
{
    updateProvinceStages();
    const EventType stage = provinceStage();
    QList<FunnelReport::BreakdownRow> rows = FunnelReport::provinces(m_shown, 10, stage);
    // "Lainnya" sums the other provinces: drawn as a bar it would dwarf the top ten, so it
    // is said beside the chart instead (the CSV keeps it as a row).
    QString note;
    if (!rows.isEmpty() && rows.constLast().key == u"others") {
        const FunnelReport::BreakdownRow others = rows.takeLast();
        const qsizetype provinces = FunnelReport::provinces(m_shown, std::numeric_limits<int>::max(), stage).size();
        note = tr("Lainnya (%n provinsi di luar sepuluh teratas): %1 orang (%2), tidak digambar agar sepuluh "
                  "teratas tetap terbaca.",
                  nullptr, static_cast<int>(provinces - rows.size()))
                   .arg(IndonesianFormat::number(others.count), IndonesianFormat::percent(others.share, 1));
    }
    const bool first = stage == EventType::Registered;
    if (!first) {
        const QList<EventType> stages = m_shown.stages();
        const qsizetype at = stages.indexOf(stage);
        const QString previous = at > 0 ? stageLabel(stages[at - 1]) : QString();
        const QString base = tr("Persentase = bagian dari tahap sebelumnya (%1) di provinsi itu.").arg(previous);
        note = note.isEmpty() ? base : base + u' ' + note;
    }
    m_provinces->setNote(note);
    QStringList labels;
    QList<qint64> values;
    for (const FunnelReport::BreakdownRow& row : std::as_const(rows)) {
        if (first) {
            labels << barLabel(row);
        } else {
            const auto p = FunnelReport::provinceStage(m_shown, row.key.toInt(), stage);
            labels << tr("%1 · %2 (%3 · −%4)")
                          .arg(row.label, IndonesianFormat::number(row.count),
                               IndonesianFormat::percent(p.shareOfPrevious, 1),
                               IndonesianFormat::number(std::max<qint64>(0, p.dropFromPrevious)));
        }
        values << row.count;
    }
    m_provinces->setBars(labels, values, QColor(0x2e, 0x7d, 0x32));
}

void DashboardPage::renderBreakdown(int part)
{
    if (part == Provinces) {
        renderProvinces();
        return;
    }
    QList<FunnelReport::BreakdownRow> rows;
    ChartPanel* panel = nullptr;
    QColor color;
    switch (part) {
    case Segments:
        rows = FunnelReport::segments(m_shown), panel = m_segments, color = QColor(0x6a, 0x1b, 0x9a);
        break;
    case Waves:
        rows = FunnelReport::waves(m_shown), panel = m_waves, color = QColor(0x00, 0x83, 0x8f);
        break;
    default:
        rows = FunnelReport::nikReasons(m_shown), panel = m_reasons, color = QColor(0xc6, 0x28, 0x28);
        break;
    }
    QStringList labels;
    QList<qint64> values;
    for (const FunnelReport::BreakdownRow& row : rows) {
        labels << twoLineBarLabel(row); // the half-width charts
        values << row.count;
    }
    panel->setBars(labels, values, color);
}

Status DashboardPage::exportPdf(const QString& path)
{
    renderAll(); // charts below the fold may not have been drawn yet
    ReportWriter::Content report;
    report.title = tr("Laporan corong pendaftaran Prakerja");
    report.operatorName = m_operatorName;
    report.madeAtMs = Timestamp::nowMs();
    report.dataNote = tr("Data per %1 · kejadian terbaru %2 (waktu umpan, WIB). Baris umpan yang ditolak tidak "
                         "pernah dihitung.")
                          .arg(Timestamp::toDisplayWib(m_shown.refreshedAtMs),
                               m_shown.newestAt ? Timestamp::toDisplayWib(m_shown.newestAt) : tr("belum ada"));
    report.tableHeader = {tr("Tahap"), tr("Jumlah"), tr("Dari pendaftar"), tr("Dari tahap sebelumnya")};
    for (const FunnelReport::StageRow& row : FunnelReport::stageRows(m_shown))
        report.tableRows << QStringList{stageLabel(row.stage), IndonesianFormat::number(row.count),
                                        IndonesianFormat::percent(row.shareOfRegistered),
                                        IndonesianFormat::percent(row.shareOfPrevious)};
    if (m_budget && m_budget->isVisibleTo(this))
        report.budget = m_budget->grab(); // the budget panel as it is shown
    for (ChartPanel* panel : m_charts)
        report.charts << ReportWriter::Chart{
            panel->title(), [panel](QPainter* painter, const QRectF& target) { panel->paint(painter, target); }};
    return ReportWriter::write(path, report);
}

void DashboardPage::askPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Simpan laporan"), QStringLiteral("corong-pendaftaran-%1.pdf").arg(Timestamp::todayWib().toIso()),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status s = exportPdf(path); !s)
        m_live->setText(s.error().message());
}

} // namespace prakerja
