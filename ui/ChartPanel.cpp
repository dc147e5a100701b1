#include "ChartPanel.h"

#include "ChartFormat.h"
#include "Theme.h"
#include "domain/Timestamp.h"
#include "io/CsvWriter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace prakerja {

ChartPanel::ChartPanel(const QString& title, const QString& exportName, QWidget* parent)
    : QFrame(parent), m_exportName(exportName), m_title(title)
{
    setObjectName(QStringLiteral("chart_%1").arg(exportName));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto* header = new QHBoxLayout;
    m_titleLabel = new QLabel(title, this);
    m_titleLabel->setObjectName(QStringLiteral("chartTitle"));
    Theme::setRole(m_titleLabel, "chartTitle");
    header->addWidget(m_titleLabel, 1);
    m_controls = new QHBoxLayout;
    header->addLayout(m_controls);
    auto* png = new QPushButton(tr("PNG…"), this);
    png->setObjectName(QStringLiteral("exportPng"));
    png->setToolTip(tr("Simpan grafik sebagai PNG"));
    auto* csv = new QPushButton(tr("CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    csv->setToolTip(tr("Simpan data grafik sebagai CSV"));
    header->addWidget(png);
    header->addWidget(csv);
    layout->addLayout(header);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    auto* chart = new QChart;
    ChartFormat::localize(chart);
    chart->setAnimationOptions(QChart::NoAnimation); // animations on a live chart cost frames
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setAccessibleDescription(tr("Grafik; datanya dapat disimpan sebagai CSV."));
    setTitle(title); // the accessible names too
    m_emptyText = tr("Belum ada data.");
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    Theme::setRole(m_empty, "emptyState");
    // One page or the other, at the chart's height either way.
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    connect(png, &QPushButton::clicked, this, &ChartPanel::askPng);
    connect(csv, &QPushButton::clicked, this, &ChartPanel::askCsv);
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setTitle(const QString& title)
{
    m_title = title;
    m_titleLabel->setText(title);
    setAccessibleName(title);
    m_view->setAccessibleName(title);
}

void ChartPanel::addControl(QWidget* widget)
{
    m_controls->addWidget(widget);
}

void ChartPanel::showEmpty(bool empty)
{
    m_empty->setText(m_emptyText);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_view);
}

bool ChartPanel::isEmptyShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void ChartPanel::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void ChartPanel::setBars(const QStringList& labels, const QList<qint64>& values, const QColor& color)
{
    if (!m_bars) {
        // Bars are axis-aligned rectangles: antialiasing only costs paint time on a live chart.
        m_view->setRenderHint(QPainter::Antialiasing, false);
        m_bars = new QHorizontalBarSeries;
        m_set = new QBarSet(QString());
        m_set->setColor(color);
        m_bars->append(m_set);
        m_bars->setBarWidth(0.7);
        chart()->addSeries(m_bars);
        m_categories = new QBarCategoryAxis;
        m_values = new QValueAxis;
        m_values->setLabelFormat(QStringLiteral("%.0f"));
        chart()->addAxis(m_categories, Qt::AlignLeft);
        chart()->addAxis(m_values, Qt::AlignBottom);
        m_bars->attachAxis(m_categories);
        m_bars->attachAxis(m_values);
    }
    // Bar axes list bottom to top: reverse so that the first row is on top.
    QStringList categories;
    QList<qreal> bars;
    qint64 max = 0;
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        categories << labels[i];
        bars << static_cast<qreal>(values.value(i));
        max = std::max(max, values.value(i));
    }
    showEmpty(categories.isEmpty());
    if (categories != m_categories->categories()) {
        m_categories->clear();
        m_categories->append(categories);
    }
    if (m_set->count() != bars.size()) {
        m_set->remove(0, m_set->count());
        m_set->append(bars);
    } else {
        for (qsizetype i = 0; i < bars.size(); ++i)
            if (m_set->at(i) != bars[i])
                m_set->replace(i, bars[i]);
    }
    m_values->setRange(0, static_cast<qreal>(std::max<qint64>(1, max)) * 1.05);
    m_values->applyNiceNumbers();
}

QPixmap ChartPanel::render(const QSize& size) const
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (isEmptyShown()) {
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        painter.setFont(font);
        painter.setPen(QColor(0x5b, 0x6b, 0x7b));
        painter.drawText(QRect(QPoint(0, 0), size).adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         m_emptyText);
        return pixmap;
    }
    m_view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return pixmap;
}

void ChartPanel::paint(QPainter* painter, const QRectF& target) const
{
    if (isEmptyShown()) {
        painter->save();
        QFont font = painter->font();
        font.setPointSizeF(11);
        painter->setFont(font);
        painter->setPen(QColor(0x5b, 0x6b, 0x7b));
        painter->drawText(target.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        painter->restore();
        return;
    }
    // Lay the chart out at the printed size, paint its scene, and give it back its own size.
    QChart* c = chart();
    const QRectF shown = c->geometry();
    c->setGeometry(QRectF(QPointF(0, 0), target.size()));
    if (c->layout())
        c->layout()->activate();
    m_view->scene()->render(painter, target, QRectF(QPointF(0, 0), target.size()), Qt::IgnoreAspectRatio);
    c->setGeometry(shown);
    if (c->layout())
        c->layout()->activate();
}

bool ChartPanel::exportPng(const QString& path) const
{
    const QSize size = m_view->size().isValid() && m_view->width() > 50 ? m_view->size() : QSize(900, 450);
    return render(size).save(path, "PNG");
}

Status ChartPanel::exportCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("export"), file.errorString());
    CsvWriter writer(file);
    const FunnelReport::Table rows = table();
    writer.writeRow(rows.header);
    for (const QStringList& row : rows.rows)
        writer.writeRow(row);
    if (!file.commit())
        return makeError(QStringLiteral("export"), file.errorString());
    return Status::success();
}

void ChartPanel::askPng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Simpan grafik"), QStringLiteral("%1-%2.png").arg(m_exportName, Timestamp::todayWib().toIso()),
        tr("Gambar PNG (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        setNote(tr("Gagal menyimpan %1").arg(path));
}

void ChartPanel::askCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Simpan data"), QStringLiteral("%1-%2.csv").arg(m_exportName, Timestamp::todayWib().toIso()),
        tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status s = exportCsv(path); !s)
        setNote(tr("Gagal menyimpan %1: %2").arg(path, s.error().message()));
}

} // namespace prakerja
