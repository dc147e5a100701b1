#include "SpendingPanel.h"
#include "Theme.h"

#include "domain/IndonesianFormat.h"
#include "services/SpendingService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace prakerja {

namespace {

using IndonesianFormat::number;
using IndonesianFormat::percent;
using IndonesianFormat::rupiah;

QTableWidget* table(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(QLatin1StringView(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem* cell(const QString& text, bool numeric = false)
{
    auto* item = new QTableWidgetItem(text);
    if (numeric)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString days(double d)
{
    if (d < 0)
        return QStringLiteral("–");
    return QString::number(d, 'f', 1).replace(u'.', u',');
}

} // namespace

SpendingPanel::SpendingPanel(const Workspace& workspace, const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_host(workspace.paths(), workspace.keys())
{
    setObjectName(QStringLiteral("spendingPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* waveLabel = new QLabel(tr("Gelombang:"), this);
    m_wave = new QSpinBox(this);
    m_wave->setObjectName(QStringLiteral("spendingWave"));
    m_wave->setRange(0, 1000);
    m_wave->setSpecialValueText(tr("Semua gelombang"));
    waveLabel->setBuddy(m_wave);
    auto* reload = new QPushButton(tr("Muat &ulang"), this);
    reload->setObjectName(QStringLiteral("spendingReload"));
    bar->addWidget(waveLabel);
    bar->addWidget(m_wave);
    bar->addWidget(reload);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("spendingSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    const QString purchases = tr("Pembelian"), money = tr("Rupiah"), completion = tr("Tingkat selesai"),
                  median = tr("Median hari");
    m_platforms = table(this, "spendingPlatforms", {tr("Platform"), purchases, money, completion, median});
    m_trainings = table(this, "spendingTrainings",
                        {tr("Pelatihan teratas"), tr("Platform"), purchases, money, completion, median});
    m_categories = table(this, "spendingCategories", {tr("Kategori menurut belanja"), purchases, money, completion});
    const QString medianTip = tr("Median jumlah hari dari pengumuman kelulusan peserta sampai pembelian pelatihan.");
    m_platforms->horizontalHeaderItem(4)->setToolTip(medianTip);
    m_trainings->horizontalHeaderItem(5)->setToolTip(medianTip);
    // Platform and category names whole: the two upper tables size their first column to them.
    for (QTableWidget* side : {m_platforms, m_categories}) {
        side->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        side->horizontalHeader()->setStretchLastSection(true);
    }
    auto* split = new QSplitter(Qt::Vertical, this);
    auto* top = new QSplitter(Qt::Horizontal, split);
    top->addWidget(m_platforms);
    top->addWidget(m_categories);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    split->addWidget(top);
    split->addWidget(m_trainings);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(reload, &QPushButton::clicked, this, &SpendingPanel::refresh);
    connect(m_wave, &QSpinBox::valueChanged, this, &SpendingPanel::refresh);
}

SpendingPanel::~SpendingPanel() = default;

void SpendingPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void SpendingPanel::refresh()
{
    const quint64 token = ++m_token; // a newer read makes older answers stale
    const int wave = m_wave->value();
    m_summary->setText(tr("Memuat…"));
    m_host.start<SpendingReport>(
        this,
        [session = m_session, wave](Database& db, JobProgress&) { return SpendingService(db).report(session, wave); },
        [this, token](const Result<SpendingReport>& r) {
            if (token != m_token)
                return;
            if (!r) {
                m_summary->setText(tr("Laporan belanja tidak dapat dibaca: %1").arg(r.error().message()));
                Theme::setRole(m_summary, "error");
                Q_EMIT loaded(false);
                return;
            }
            Theme::setRole(m_summary, "");
            display(r.value());
            Q_EMIT loaded(true);
        });
}

void SpendingPanel::display(const SpendingReport& report)
{
    m_report = report;
    const SpendingRow& t = report.total;
    if (t.purchases == 0)
        m_summary->setText(tr("Belum ada pembelian pelatihan%1.")
                               .arg(report.wave > 0 ? tr(" di gelombang %1").arg(report.wave) : QString()));
    else
        m_summary->setText(
            tr("%1 pembelian, %2 dibelanjakan, %3 selesai, median %4 hari dari pengumuman ke pembelian.")
                .arg(number(t.purchases), rupiah(t.rupiah), percent(t.completionRate(), 1), days(t.medianDays)));
    const auto fill = [](QTableWidget* table, const QList<SpendingRow>& rows, qsizetype limit, auto columns) {
        table->setSortingEnabled(false);
        table->setRowCount(static_cast<int>(std::min<qsizetype>(rows.size(), limit)));
        for (int i = 0; i < table->rowCount(); ++i) {
            const QStringList values = columns(rows[i]);
            for (int c = 0; c < values.size(); ++c)
                table->setItem(i, c, cell(values[c], c > 0 && !(table->columnCount() == 6 && c == 1)));
        }
    };
    fill(m_platforms, report.platforms, report.platforms.size(), [](const SpendingRow& r) {
        return QStringList{r.label, number(r.purchases), rupiah(r.rupiah), percent(r.completionRate(), 1),
                           days(r.medianDays)};
    });
    fill(m_trainings, report.trainings, kTopTrainings, [](const SpendingRow& r) {
        return QStringList{
            r.label,           r.platformName, number(r.purchases), rupiah(r.rupiah), percent(r.completionRate(), 1),
            days(r.medianDays)};
    });
    fill(m_categories, report.categories, report.categories.size(), [](const SpendingRow& r) {
        return QStringList{r.label, number(r.purchases), rupiah(r.rupiah), percent(r.completionRate(), 1)};
    });
}

} // namespace prakerja
