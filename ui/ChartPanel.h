#pragma once
// One chart of the dashboard in a frame: a title, the chart, and its exports (PNG of the
// chart, CSV of the data it shows). Bar charts are filled from plain rows (setBars); other
// charts are built by the page on chart(). The CSV is whatever table the page set.

#include "domain/Error.h"
#include "engine/FunnelReport.h"

#include <QFrame>

#include <functional>

class QChart;
class QChartView;
class QHorizontalBarSeries;
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;
class QHBoxLayout;
class QLabel;
class QPainter;
class QRectF;
class QStackedWidget;

namespace prakerja {

class ChartPanel : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY(ChartPanel)
public:
    // `exportName` names the files ("funnel", "provinces") and the widget ("chart_<name>").
    ChartPanel(const QString& title, const QString& exportName, QWidget* parent = nullptr);

    QChart* chart() const;
    QChartView* view() const { return m_view; }
    const QString& exportName() const { return m_exportName; }
    const QString& title() const { return m_title; }
    void setTitle(const QString& title);
    // Adds a control beside the export buttons (e.g. a range selector).
    void addControl(QWidget* widget);
    void setNote(const QString& text);

    // Horizontal bars from top to bottom, labels carry the numbers (Indonesian format).
    // No rows: the chart gives way to the empty-state sentence (setEmptyText).
    void setBars(const QStringList& labels, const QList<qint64>& values, const QColor& color);
    // The sentence shown instead of a bare axis while the chart has no data.
    void setEmptyText(const QString& text) { m_emptyText = text; }
    // Shows the empty-state sentence (true) or the chart (false).
    void showEmpty(bool empty);
    bool isEmptyShown() const;
    QString emptyText() const { return m_emptyText; }

    void setTable(const FunnelReport::Table& table) { m_table = table; }
    // The CSV's table computed when it is exported, instead of on every update (a live page
    // would rebuild it four times a second for an export that rarely comes).
    void setTableSource(std::function<FunnelReport::Table()> source) { m_source = std::move(source); }
    FunnelReport::Table table() const { return m_source ? m_source() : m_table; }

    // Exports without dialogs (tests, the PDF report); the buttons ask for a file first.
    bool exportPng(const QString& path) const;
    Status exportCsv(const QString& path) const;
    QPixmap render(const QSize& size) const;
    // Paints the chart (or its empty-state sentence) into `target` as vectors, laid out at the
    // target's size: the PDF report's charts keep their text at its own size.
    void paint(QPainter* painter, const QRectF& target) const;

private:
    void askPng();
    void askCsv();

    QString m_exportName;
    QString m_title;
    QChartView* m_view = nullptr;
    QHBoxLayout* m_controls = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_empty = nullptr;
    QString m_emptyText;
    QStackedWidget* m_stack = nullptr;
    QHorizontalBarSeries* m_bars = nullptr;
    QBarSet* m_set = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_values = nullptr;
    FunnelReport::Table m_table;
    std::function<FunnelReport::Table()> m_source;
};

} // namespace prakerja
