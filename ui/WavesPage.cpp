#include "WavesPage.h"

#include "ChartFormat.h"
#include "ConfirmDialog.h"
#include "PageWidgets.h"
#include "Theme.h"
#include "domain/IndonesianFormat.h"
#include "domain/Language.h"
#include "domain/RegionTable.h"
#include "domain/Stage.h"
#include "domain/Timestamp.h"
#include "services/JobRunner.h"
#include "services/ReferenceService.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace prakerja {

namespace {

using IndonesianFormat::number;

// 32-byte values as two lines of 32 hex digits: one unbreakable 64-digit line would widen the
// details past their pane and stop every other line from wrapping.
QString hexLines(const QByteArray& bytes)
{
    const QString hex = QString::fromLatin1(bytes.toHex());
    QStringList lines;
    for (qsizetype at = 0; at < hex.size(); at += 32)
        lines << hex.mid(at, 32);
    return lines.join(QStringLiteral("<br>"));
}

// A bar chart of one or two series over categories (data computed in models/, drawn here).
QChartView* barChart(const QString& title, const QStringList& categories, const QList<qreal>& a, const QString& aName,
                     const QList<qreal>* b = nullptr, const QString& bName = {})
{
    auto* series = new QBarSeries;
    // Values on the bars, grouped the Indonesian way by ChartFormat::localize ('g' with 12 digits
    // writes whole counts in full).
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    auto* setA = new QBarSet(aName);
    setA->append(a);
    series->append(setA);
    if (b) {
        auto* setB = new QBarSet(bName);
        setB->append(*b);
        series->append(setB);
    }
    auto* chart = new QChart;
    ChartFormat::localize(chart);
    chart->setTitle(title);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    qreal top = 1;
    for (qreal v : a)
        top = std::max(top, v);
    if (b)
        for (qreal v : *b)
            top = std::max(top, v);
    y->setRange(0, std::max<qreal>(5, top * 1.1));
    y->applyNiceNumbers(); // round ticks (0, 100, 200 …) for counts
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(b != nullptr);
    auto* view = new QChartView(chart);
    view->setAccessibleName(title);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

QList<qreal> values(const QMap<int, qint64>& map, const QList<int>& keys)
{
    QList<qreal> out;
    for (int k : keys)
        out << static_cast<qreal>(map.value(k));
    return out;
}

// The editors show WIB wall-clock time: their values are kept as UTC-spec date-times shifted
// by the WIB offset (QDateTimeEdit of Qt 6.4 has no time-zone property).
QDateTime wibWallClock(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs + Timestamp::kWibOffset, Qt::UTC);
}

qint64 fromWibWallClock(const QDateTime& wall)
{
    return wall.toMSecsSinceEpoch() - Timestamp::kWibOffset;
}

// "2 hari 3 jam", "3 jam 5 menit", "12 menit": how far ahead of plan a step is taken.
QString span(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(1, ms / 60'000);
    const qint64 days = minutes / 1440, hours = minutes / 60 % 24, mins = minutes % 60;
    // %n plural forms: English says "1 minute", "2 minutes".
    const QString dayText = WavesPage::tr("%n hari", nullptr, static_cast<int>(days));
    const QString hourText = WavesPage::tr("%n jam", nullptr, static_cast<int>(hours));
    const QString minuteText = WavesPage::tr("%n menit", nullptr, static_cast<int>(mins));
    if (days > 0)
        return dayText + u' ' + hourText;
    if (hours > 0)
        return hourText + u' ' + minuteText;
    return minuteText;
}

} // namespace

WavesPage::WavesPage(Workspace& workspace, const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_paths(workspace.paths()), m_keys(workspace.keys())
{
    m_job = new WaveJob(workspace, session, this);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Gelombang"), this);
    Theme::setRole(title, "pageTitle");
    layout->addWidget(title);

    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1StringView(name));
        buttons->addWidget(b);
        return b;
    };
    m_create = button(tr("Buat…"), "createWave");
    m_open = button(tr("Buka"), "openWave");
    m_close = button(tr("Tutup"), "closeWave");
    m_cancelWave = button(tr("Batalkan gelombang"), "cancelWave");
    m_dryRun = button(tr("Uji coba undian"), "dryRun");
    m_compare = button(tr("Bandingkan aturan…"), "compareRules");
    m_draw = button(tr("Undi"), "draw");
    m_announce = button(tr("Umumkan"), "announce");
    m_verify = button(tr("Verifikasi"), "verify");
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_stop = new QPushButton(tr("Batal"), this);
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->hide();
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    layout->addLayout(progressRow);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("waves"));
    m_table->setAccessibleName(tr("Daftar gelombang"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Nama"), tr("Dibuka (WIB)"), tr("Ditutup (WIB)"), tr("Kuota"),
                                        tr("Pool"), tr("Terpilih"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The name takes the spare width; dates, numbers and the status keep their one line.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_listTabs = new QTabWidget(this);
    m_listTabs->setObjectName(QStringLiteral("listTabs"));
    m_listTabs->addTab(m_table, tr("Daftar gelombang"));
    m_listTabs->addTab(buildReferenceTab(), tr("Cakupan daftar rujukan"));
    connect(m_listTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            loadCoverage();
    });
    splitter->addWidget(m_listTabs);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    auto* detailsBox = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    m_details = new QLabel(detailsBox);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_budgetLabel = new QLabel(detailsBox);
    m_budgetLabel->setObjectName(QStringLiteral("budget"));
    m_budgetLabel->setWordWrap(true);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_budgetLabel);
    detailsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Rincian gelombang"));
    scroll->setWidget(detailsBox);
    scroll->setWidgetResizable(true);
    // Word-wrapped labels ask for almost no width: without a floor the splitter squeezed the
    // wave's details into a sliver beside the charts.
    scroll->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    lower->addWidget(scroll);
    m_charts = new QTabWidget(this);
    m_charts->setObjectName(QStringLiteral("charts"));
    lower->addWidget(m_charts);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 2);
    lower->setSizes({400, 600}); // proportions: the charts get the larger share
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 2);
    // The list tabs' tables would otherwise ask for most of the height (proportions only).
    splitter->setSizes({300, 400});
    layout->addWidget(splitter, 1);

    connect(m_job, &WaveJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &WaveJob::finished, this, &WavesPage::onFinished);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_message->setText(tr("Membatalkan…"));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WavesPage::onSelectionChanged);
    connect(m_create, &QPushButton::clicked, this, &WavesPage::openCreateDialog);
    connect(m_open, &QPushButton::clicked, this, [this] { runOnSelected(WaveJob::Kind::Open); });
    connect(m_close, &QPushButton::clicked, this, [this] { runOnSelected(WaveJob::Kind::Close); });
    connect(m_cancelWave, &QPushButton::clicked, this, [this] { runOnSelected(WaveJob::Kind::Cancel); });
    connect(m_dryRun, &QPushButton::clicked, this, [this] { runOnSelected(WaveJob::Kind::DryRun); });
    connect(m_compare, &QPushButton::clicked, this, &WavesPage::compareWithFile);
    connect(m_draw, &QPushButton::clicked, this, [this] { runOnSelected(WaveJob::Kind::Draw); });
    connect(m_announce, &QPushButton::clicked, this, [this] { runOnSelected(WaveJob::Kind::Announce); });
    connect(m_verify, &QPushButton::clicked, this, [this] { runOnSelected(WaveJob::Kind::Verify); });
    updateActions();
    refresh();
}

void WavesPage::refresh()
{
    m_job->start(WaveJob::Kind::Refresh);
    if (m_listTabs && m_listTabs->currentIndex() == 1)
        loadCoverage();
}

namespace {
struct ReferenceOverview
{
    QList<CoverageRow> coverage;
    QList<ImportHistoryRow> imports;
    bool mayImport = false;
};

QString withShare(qint64 n, qint64 of)
{
    if (of <= 0)
        return IndonesianFormat::number(n);
    return QStringLiteral("%1 (%2%)").arg(IndonesianFormat::number(n)).arg(qRound64(double(n) * 100.0 / double(of)));
}
} // namespace

QString WavesPage::coverageIntro()
{
    return tr("Dari NIK di tiap daftar rujukan, per sumber: berapa yang sudah mendaftar Prakerja, NIK-nya "
              "terverifikasi, ikut gelombang dan terpilih. Tercatat di daftar bukan berarti mendaftar.");
}

QWidget* WavesPage::buildReferenceTab()
{
    auto* tab = new QWidget(this);
    auto* v = new QVBoxLayout(tab);
    m_coverageNote = new QLabel(tab);
    m_coverageNote->setObjectName(QStringLiteral("coverageNote"));
    m_coverageNote->setWordWrap(true);
    m_coverageNote->setText(coverageIntro());
    v->addWidget(m_coverageNote);
    m_coverage = new QTableWidget(0, 8, tab);
    m_coverage->setObjectName(QStringLiteral("coverage"));
    m_coverage->setHorizontalHeaderLabels({tr("Daftar"), tr("Sumber"), tr("Tercatat"), tr("Mendaftar"),
                                           tr("Belum mendaftar"), tr("NIK terverifikasi"), tr("Ikut gelombang"),
                                           tr("Terpilih")});
    m_coverage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverage->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_coverage->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_coverage->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_coverage->verticalHeader()->hide();
    m_coverage->setWordWrap(false);
    v->addWidget(m_coverage, 2);
    auto* historyTitle = new QLabel(tr("Riwayat impor daftar"), tab);
    Theme::setRole(historyTitle, "sectionTitle");
    v->addWidget(historyTitle);
    m_imports = new QTableWidget(0, 7, tab);
    m_imports->setObjectName(QStringLiteral("referenceImports"));
    m_imports->setHorizontalHeaderLabels({tr("Waktu (WIB)"), tr("Daftar"), tr("Sumber"), tr("Petugas"),
                                          tr("NIK ditambahkan"), tr("Berkas"), tr("Keadaan")});
    m_imports->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_imports->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_imports->horizontalHeader()->setStretchLastSection(true);
    m_imports->verticalHeader()->hide();
    m_imports->setWordWrap(false);
    v->addWidget(m_imports, 1);
    // The history names operators and files: for the roles that import lists.
    historyTitle->setVisible(m_session.can(Permission::ImportReference));
    m_imports->setVisible(m_session.can(Permission::ImportReference));
    return tab;
}

void WavesPage::loadCoverage()
{
    if (m_coverageLoading)
        return;
    m_coverageLoading = true;
    auto* watcher = new QFutureWatcher<Result<ReferenceOverview>>(this);
    connect(watcher, &QFutureWatcher<Result<ReferenceOverview>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_coverageLoading = false;
        const Result<ReferenceOverview> r = watcher->result();
        if (!r) {
            m_coverageNote->setText(r.error().message());
            return;
        }
        const bool en = Language::english();
        // An empty table says why, and what fills it.
        m_coverageNote->setText(
            r->coverage.isEmpty() ? coverageIntro() + u'\n'
                    + tr("Belum ada daftar rujukan yang diimpor: tabel ini terisi setelah daftar "
                         "Dapodik, DTKS, Kemnaker atau pengecualian diimpor (Berkas › Impor feed atau daftar NIK…).")
                                  : coverageIntro());
        m_coverage->setRowCount(static_cast<int>(r->coverage.size()));
        for (int row = 0; row < r->coverage.size(); ++row) {
            const CoverageRow& c = r->coverage.at(row);
            const QStringList cells = {ReferenceService::listLabel(static_cast<ReferenceList>(c.list), en),
                                       c.source.isEmpty() ? tr("(sumber tidak dicatat)") : c.source,
                                       IndonesianFormat::number(c.listed),
                                       withShare(c.registered, c.listed),
                                       withShare(c.listed - c.registered, c.listed),
                                       withShare(c.verified, c.listed),
                                       withShare(c.joined, c.listed),
                                       withShare(c.selected, c.listed)};
            for (int col = 0; col < cells.size(); ++col) {
                auto* item = new QTableWidgetItem(cells.at(col));
                if (col >= 2)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_coverage->setItem(row, col, item);
            }
        }
        m_imports->setRowCount(static_cast<int>(r->imports.size()));
        for (int row = 0; row < r->imports.size(); ++row) {
            const ImportHistoryRow& h = r->imports.at(row);
            const QStringList cells
                = {Timestamp::toDisplayWib(h.import.at, false),
                   ReferenceService::listLabel(h.import.list, en),
                   h.source.isEmpty() ? tr("(sumber tidak dicatat)") : h.source,
                   h.import.operatorName,
                   IndonesianFormat::number(h.import.added),
                   h.import.file,
                   h.import.removedAt ? tr("dihapus %1").arg(Timestamp::toDisplayWib(h.import.removedAt, false))
                                      : tr("berlaku")};
            for (int col = 0; col < cells.size(); ++col)
                m_imports->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
    });
    const bool mayImport = m_session.can(Permission::ImportReference);
    watcher->setFuture(runJob<ReferenceOverview>(
        m_paths, m_keys, [session = m_session, mayImport](Database& db, JobProgress&) -> Result<ReferenceOverview> {
            ReferenceService service(db, session);
            ReferenceOverview o;
            auto coverage = service.coverage();
            if (!coverage)
                return coverage.error();
            o.coverage = coverage.value();
            if (mayImport) {
                auto imports = service.history();
                if (!imports)
                    return imports.error();
                o.imports = imports.value();
            }
            return o;
        }));
}

int WavesPage::selectedWave() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toInt();
}

const Wave* WavesPage::waveByNumber(int n) const
{
    for (const Wave& w : m_waves)
        if (w.number == n)
            return &w;
    return nullptr;
}

void WavesPage::createWave(const WaveDraft& draft)
{
    if (m_job->start(WaveJob::Kind::Create, 0, draft))
        m_message->setText(tr("Membuat gelombang…"));
}

bool WavesPage::confirm(WaveJob::Kind kind, const Wave& w)
{
    using Kind = WaveJob::Kind;
    const qint64 now = Timestamp::nowMs();
    const qint64 pool = w.poolSize >= 0 ? w.poolSize : std::max<qint64>(0, w.liveMembers);
    const QString title = w.name.isEmpty() ? tr("Gelombang %1").arg(w.number)
                                           : tr("Gelombang %1 (%2)").arg(w.number).arg(w.name.toHtmlEscaped());
    const QString rollOver = w.rollOver == RollOver::Automatic ? tr("ikut otomatis ke gelombang berikutnya")
                                                               : tr("harus bergabung lagi ke gelombang berikutnya");
    ConfirmDialog::Request r;
    switch (kind) {
    case Kind::Close:
        r.title = tr("Tutup gelombang %1?").arg(w.number);
        r.confirmLabel = tr("Tutup gelombang");
        r.text = tr("<b>%1</b> ditutup: tidak ada lagi pendaftar yang dapat bergabung, dan gelombang tidak dapat "
                    "dibuka kembali.<br><br>Pool saat ini: <b>%2</b> anggota · kuota <b>%3</b>")
                     .arg(title, number(pool), number(w.quota));
        if (now < w.closesAt)
            r.warning = tr("Waktu tutup terencana %1 — menutup sekarang %2 lebih awal.")
                            .arg(Timestamp::toDisplayWib(w.closesAt), span(w.closesAt - now));
        break;
    case Kind::Cancel:
        r.title = tr("Batalkan gelombang %1?").arg(w.number);
        r.confirmLabel = tr("Batalkan gelombang");
        r.text = tr("<b>%1</b> dibatalkan dan tidak dapat diundi atau diumumkan lagi. Pembatalan tidak dapat "
                    "diurungkan.<br><br>Anggota: <b>%2</b> — mereka harus bergabung lagi ke gelombang "
                    "berikutnya.")
                     .arg(title, number(pool));
        if (w.status == WaveStatus::Drawn)
            r.warning = tr("Hasil undian gelombang ini (%1 terpilih) dihapus.").arg(number(w.selectedCount));
        break;
    case Kind::Draw: {
        const qint64 rest = std::max<qint64>(0, pool - w.quota);
        r.title = tr("Undi gelombang %1?").arg(w.number);
        r.confirmLabel = tr("Undi");
        r.text = tr("<b>%1</b> diundi sekarang: benih diungkap dan hasilnya tidak dapat diulang.<br><br>"
                    "Pool: <b>%2</b> anggota yang bergabung sampai penutupan (ditambah pendaftar ulang dari "
                    "gelombang sebelumnya bila ada) · kuota <b>%3</b><br>"
                    "Tidak terpilih: sekitar <b>%4</b>, yang %5.")
                     .arg(title, number(pool), number(w.quota), number(rest), rollOver);
        r.typeToConfirm = QString::number(w.number);
        break;
    }
    case Kind::Announce: {
        const qint64 perParticipant = m_budget.budget.perParticipant();
        const qint64 cost = w.selectedCount * perParticipant;
        r.title = tr("Umumkan gelombang %1?").arg(w.number);
        r.confirmLabel = tr("Umumkan");
        r.text = tr("<b>%1</b> diumumkan: kelayakan diperiksa ulang, lalu <b>%2</b> terpilih menjadi peserta "
                    "(dari pool %3).<br><br>Anggaran yang terikat: <b>%4</b> (%2 × %5)<br>Sisa anggaran "
                    "program setelahnya: %6<br>Yang tidak terpilih %7.")
                     .arg(title, number(w.selectedCount), number(pool), IndonesianFormat::rupiah(cost),
                          IndonesianFormat::rupiah(perParticipant),
                          IndonesianFormat::rupiah(m_budget.forecast.remaining - cost), rollOver);
        if (now < w.closesAt)
            r.warning = tr("Waktu tutup terencana %1 belum tiba (%2 lagi).")
                            .arg(Timestamp::toDisplayWib(w.closesAt), span(w.closesAt - now));
        else if (now < w.announceAt)
            r.warning = tr("Pengumuman terencana %1 — mengumumkan sekarang %2 lebih awal.")
                            .arg(Timestamp::toDisplayWib(w.announceAt), span(w.announceAt - now));
        r.typeToConfirm = QString::number(w.number);
        break;
    }
    default:
        return true;
    }
    return ConfirmDialog::ask(this, r);
}

void WavesPage::runOnSelected(WaveJob::Kind kind)
{
    const int n = selectedWave();
    if (n == 0 || m_job->busy())
        return;
    if (const Wave* w = waveByNumber(n); w && !confirm(kind, *w))
        return;
    if (!m_job->start(kind, n))
        return;
    const bool long_ = kind == WaveJob::Kind::DryRun || kind == WaveJob::Kind::Draw || kind == WaveJob::Kind::Announce
        || kind == WaveJob::Kind::Verify || kind == WaveJob::Kind::Results;
    m_progress->setValue(0);
    m_progress->setVisible(long_);
    m_stop->setVisible(long_);
    m_message->setText(tr("Sedang berjalan…"));
    updateActions();
}

void WavesPage::compareWithFile()
{
    const int n = selectedWave();
    const QString path = QFileDialog::getOpenFileName(this, tr("Aturan pembanding (JSON)"), {}, tr("JSON (*.json)"));
    if (n == 0 || path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_message->setText(f.errorString());
        return;
    }
    auto rules = RuleSet::fromJson(f.readAll());
    if (!rules) {
        m_message->setText(rules.error().message());
        return;
    }
    if (m_job->start(WaveJob::Kind::DryRun, n, std::nullopt, std::nullopt, rules.value())) {
        m_progress->setValue(0);
        m_progress->show();
        m_stop->show();
        updateActions();
    }
}

void WavesPage::onFinished(const WaveJobResult& r)
{
    m_progress->hide();
    m_stop->hide();
    if (r.kind == WaveJob::Kind::Refresh) {
        if (!r.ok) {
            m_message->setText(r.message);
            return;
        }
        const int keep = selectedWave();
        m_waves = r.waves;
        m_budget = r.budget;
        m_defaultRules = r.defaultRules;
        m_table->setRowCount(static_cast<int>(m_waves.size()));
        for (int row = 0; row < m_waves.size(); ++row) {
            const Wave& w = m_waves[row];
            const QStringList cells = {QString::number(w.number),
                                       w.name,
                                       Timestamp::toDisplayWib(w.opensAt, false),
                                       Timestamp::toDisplayWib(w.closesAt, false),
                                       number(w.quota),
                                       w.poolSize >= 0          ? number(w.poolSize)
                                           : w.liveMembers >= 0 ? number(w.liveMembers)
                                                                : QStringLiteral("–"),
                                       number(w.selectedCount),
                                       waveStatusLabel(w.status)};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells[c]);
                item->setData(Qt::UserRole, w.number);
                m_table->setItem(row, c, item);
            }
            if (w.number == keep)
                m_table->selectRow(row);
        }
        if (m_table->selectionModel()->selectedRows().isEmpty() && !m_waves.isEmpty())
            m_table->selectRow(static_cast<int>(m_waves.size()) - 1);
        const BudgetForecast& f = m_budget.forecast;
        m_budgetLabel->setText(tr("<b>Anggaran</b><br>Per peserta %1 · program %2<br>Terikat %3 · sisa %4<br>"
                                  "Perkiraan gelombang yang masih mungkin: %5 (anggaran %6, pool %7)")
                                   .arg(IndonesianFormat::rupiah(m_budget.budget.perParticipant()),
                                        IndonesianFormat::rupiah(m_budget.budget.total),
                                        IndonesianFormat::rupiah(f.committed), IndonesianFormat::rupiah(f.remaining),
                                        number(f.wavesPossible), number(f.wavesByBudget), number(f.wavesByPool)));
        onSelectionChanged();
        return;
    }
    if (!r.ok) {
        m_message->setText(r.message.isEmpty() ? tr("Gagal") : r.message);
        if (r.kind == WaveJob::Kind::Results)
            showChartsNote(m_message->text());
    } else if (r.draw) {
        const DrawOutcome& d = *r.draw;
        const QString lead = r.kind == WaveJob::Kind::Results ? tr("Hasil undian tersimpan: ")
            : d.dryRun                                        ? tr("Uji coba (tidak ada yang ditulis): ")
                                                              : tr("Undian selesai: ");
        m_message->setText(
            lead
            + tr("pool %1, memenuhi syarat %2, terpilih %3").arg(number(d.pool), number(d.ranked), number(d.selected)));
        showCharts(d, r.compare ? &*r.compare : nullptr);
    } else {
        m_message->setText(r.message.isEmpty() ? tr("Selesai") : r.message);
    }
    refresh();
}

void WavesPage::onSelectionChanged()
{
    const Wave* w = waveByNumber(selectedWave());
    if (!w) {
        m_details->setText(tr("Belum ada gelombang."));
        updateActions();
        return;
    }
    QStringList tiers;
    for (size_t t = 0; t < w->rules.tiers.size(); ++t)
        tiers << QStringLiteral("%1. %2").arg(t + 1).arg(tierCriterionLabel(w->rules.tiers[t]));
    const QString yes = tr("ya"), no = tr("tidak");
    m_details->setText(
        tr("<b>%1</b> (%2)<br>Dibuka %3 · ditutup %4<br>Pengumuman %5 · pelatihan %6<br>Kuota %7 · pool %8 · terpilih "
           "%9<br>"
           "Sisa pool ke gelombang berikut: %10<br><br><b>Aturan</b> (versi %11)<br>Usia minimum %12 · email wajib %13 "
           "· "
           "NIK wajib %14 · telepon wajib %15<br>Bukan pelajar (Dapodik) %16 · bukan daftar pengecualian %17 · "
           "maks. %18 peserta per KK<br>Urutan prioritas:<br>%19<br>Bonus pendaftar ulang: %20 · kuota provinsi: "
           "%21<br><br>"
           "<b>Komitmen benih</b> (SHA-256)<br><tt>%22</tt><br><b>Benih</b><br><tt>%23</tt>")
            .arg(w->name.toHtmlEscaped(), waveStatusLabel(w->status), Timestamp::toDisplayWib(w->opensAt),
                 Timestamp::toDisplayWib(w->closesAt), Timestamp::toDisplayWib(w->announceAt),
                 Timestamp::toDisplayWib(w->trainingStartsAt), number(w->quota),
                 w->poolSize >= 0          ? number(w->poolSize)
                     : w->liveMembers >= 0 ? tr("%1 sejauh ini").arg(number(w->liveMembers))
                                           : QStringLiteral("–"),
                 number(w->selectedCount))
            .arg(w->rollOver == RollOver::Automatic ? tr("otomatis") : tr("harus bergabung lagi"))
            .arg(w->rules.version)
            .arg(w->rules.minimumAge)
            .arg(w->rules.requireEmailVerified ? yes : no, w->rules.requireNikVerified ? yes : no,
                 w->rules.requirePhoneVerified ? yes : no, w->rules.excludeStudents ? yes : no,
                 w->rules.excludeExclusionList ? yes : no)
            .arg(w->rules.familyCardCap)
            .arg(tiers.join(QStringLiteral("<br>")), w->rules.repeatApplicantBonus ? yes : no,
                 w->rules.provinceQuotas == ProvinceQuotaMode::Off                      ? tr("tidak")
                     : w->rules.provinceQuotas == ProvinceQuotaMode::ProportionalToPool ? tr("sebanding pool")
                                                                                        : tr("tabel bobot"),
                 hexLines(w->seedCommitment), w->seed.isEmpty() ? tr("(disegel sampai undian)") : hexLines(w->seed)));
    // The charts belong to one wave: a drawn wave's are read from its stored outcome.
    // While another job runs, the load starts when that job's end brings us back here.
    if (m_chartsWave != w->number) {
        if (w->status != WaveStatus::Drawn && w->status != WaveStatus::Announced) {
            m_chartsWave = w->number;
            showChartsNote(tr("Grafik hasil muncul setelah uji coba undian atau undian."));
        } else {
            showChartsNote(tr("Memuat hasil undian…"));
            if (!m_job->busy()) {
                m_chartsWave = w->number;
                runOnSelected(WaveJob::Kind::Results);
                return;
            }
        }
    }
    updateActions();
}

void WavesPage::updateActions()
{
    const Wave* w = waveByNumber(selectedWave());
    const bool idle = !m_job->busy();
    const bool manage = m_session.can(Permission::ManageWaves), draw = m_session.can(Permission::RunDraw);
    const auto allowed = [&](WaveStatus to) { return w && waveTransitionAllowed(w->status, to); };
    m_create->setEnabled(idle && manage);
    m_open->setEnabled(idle && manage && allowed(WaveStatus::Open));
    m_close->setEnabled(idle && manage && allowed(WaveStatus::Closed));
    m_cancelWave->setEnabled(idle && manage && allowed(WaveStatus::Cancelled));
    const bool dryable = w && w->status != WaveStatus::Cancelled && w->status != WaveStatus::Announced;
    m_dryRun->setEnabled(idle && draw && dryable);
    m_compare->setEnabled(idle && draw && dryable);
    m_draw->setEnabled(idle && draw && allowed(WaveStatus::Drawn));
    m_announce->setEnabled(idle && draw && allowed(WaveStatus::Announced));
    m_verify->setEnabled(idle && w && (w->status == WaveStatus::Drawn || w->status == WaveStatus::Announced));
    // Roles without the permission see why, not only a grey button.
    const QString needDraw = draw
        ? QString()
        : tr("Undian hanya dapat dijalankan oleh %1.").arg(PageWidgets::rolesWith(Permission::RunDraw));
    m_draw->setToolTip(needDraw);
    m_dryRun->setToolTip(needDraw);
    m_announce->setToolTip(needDraw);
}

void WavesPage::clearCharts()
{
    while (m_charts->count() > 0) {
        QWidget* page = m_charts->widget(0);
        m_charts->removeTab(0);
        page->deleteLater();
    }
}

void WavesPage::showChartsNote(const QString& text)
{
    clearCharts();
    auto* note = new QLabel(text, m_charts);
    note->setObjectName(QStringLiteral("chartsNote"));
    note->setAlignment(Qt::AlignCenter);
    note->setWordWrap(true);
    m_charts->addTab(note, tr("Grafik"));
}

void WavesPage::showCharts(const DrawOutcome& a, const DrawOutcome* b)
{
    clearCharts();
    m_chartsWave = a.wave;
    const DrawReport& ra = a.report;
    const DrawReport* rb = b ? &b->report : nullptr;
    const QString nameA = tr("Aturan gelombang"), nameB = tr("Aturan pembanding");
    // Dry-run charts say so in every title: nothing was drawn.
    const QString dry = a.dryRun ? tr(" — uji coba, bukan hasil undian") : QString();
    auto add = [&](const QString& tab, const QString& title, const QStringList& categories, const QList<qreal>& va,
                   const QList<qreal>& vb) {
        m_charts->addTab(barChart(title + dry, categories, va, nameA, rb ? &vb : nullptr, nameB), tab);
    };
    // Tiers
    QList<int> tierKeys;
    for (int t = 0; t < 8; ++t)
        if (ra.selectedByTier.contains(t) || (rb && rb->selectedByTier.contains(t)))
            tierKeys << t;
    QStringList tierNames;
    for (int t : tierKeys) {
        const Wave* w = waveByNumber(a.wave);
        const bool named = w && t < static_cast<int>(w->rules.tiers.size());
        tierNames
            << (named ? tr("Tingkat %1 · %2").arg(t + 1).arg(tierCriterionLabel(w->rules.tiers[static_cast<size_t>(t)]))
                      : tr("Tingkat %1").arg(t + 1));
    }
    add(tr("Tingkat"), tr("Terpilih per tingkat prioritas"), tierNames, values(ra.selectedByTier, tierKeys),
        rb ? values(rb->selectedByTier, tierKeys) : QList<qreal>());
    // Provinces: the ten largest, then the rest.
    QList<QPair<qint64, int>> byCount;
    for (auto it = ra.selectedByProvince.cbegin(); it != ra.selectedByProvince.cend(); ++it)
        byCount << qMakePair(it.value(), it.key());
    std::sort(byCount.begin(), byCount.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    QList<int> provinces;
    for (int k = 0; k < std::min<qsizetype>(10, byCount.size()); ++k)
        provinces << byCount[k].second;
    QStringList provinceNames;
    for (int p : provinces) {
        const QString name = RegionTable::instance().provinceName(p);
        provinceNames << (name.isEmpty() ? QString::number(p) : name);
    }
    add(tr("Provinsi"), tr("Terpilih per provinsi (10 terbesar)"), provinceNames,
        values(ra.selectedByProvince, provinces), rb ? values(rb->selectedByProvince, provinces) : QList<qreal>());
    add(tr("Jenis kelamin"), tr("Terpilih per jenis kelamin"), {tr("Laki-laki"), tr("Perempuan")},
        {qreal(ra.selectedBySex[1]), qreal(ra.selectedBySex[2])},
        rb ? QList<qreal>{qreal(rb->selectedBySex[1]), qreal(rb->selectedBySex[2])} : QList<qreal>());
    QStringList bands;
    QList<qreal> bandA, bandB;
    for (int k = 0; k < DrawReport::kAgeBands; ++k) {
        bands << DrawReport::ageBandLabel(k);
        bandA << qreal(ra.selectedByAgeBand[static_cast<size_t>(k)]);
        if (rb)
            bandB << qreal(rb->selectedByAgeBand[static_cast<size_t>(k)]);
    }
    add(tr("Usia"), tr("Terpilih per kelompok usia"), bands, bandA, bandB);
    QList<int> segments = {0, 1, 2, 3, 4, 5};
    QStringList segmentNames = {tr("tidak diketahui")};
    for (int s = 1; s <= 5; ++s)
        segmentNames << segmentName(static_cast<Segment>(s));
    add(tr("Segmen"), tr("Terpilih per segmen"), segmentNames, values(ra.selectedBySegment, segments),
        rb ? values(rb->selectedBySegment, segments) : QList<qreal>());
    add(tr("Pool vs kuota"), tr("Pool, memenuhi syarat, kuota, terpilih"),
        {tr("Pool"), tr("Memenuhi syarat"), tr("Kuota"), tr("Terpilih")},
        {qreal(ra.pool), qreal(ra.eligible), qreal(ra.quota), qreal(ra.selected)},
        rb ? QList<qreal>{qreal(rb->pool), qreal(rb->eligible), qreal(rb->quota), qreal(rb->selected)}
           : QList<qreal>());
    add(tr("Daftar Kemnaker"), tr("Cakupan daftar Kemnaker (pekerja terdampak)"),
        {tr("Di pool"), tr("Memenuhi syarat"), tr("Terpilih")},
        {qreal(ra.kemnakerInPool), qreal(ra.kemnakerEligible), qreal(ra.kemnakerSelected)},
        rb ? QList<qreal>{qreal(rb->kemnakerInPool), qreal(rb->kemnakerEligible), qreal(rb->kemnakerSelected)}
           : QList<qreal>());
}

void WavesPage::openCreateDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Gelombang baru"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(&dialog);
    const QDateTime now = wibWallClock(Timestamp::nowMs());
    auto* opens = new QDateTimeEdit(now, &dialog);
    auto* closes = new QDateTimeEdit(now.addDays(3), &dialog);
    for (QDateTimeEdit* e : {opens, closes}) {
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH.mm 'WIB'"));
        e->setCalendarPopup(true);
    }
    auto* quota = new QSpinBox(&dialog);
    quota->setRange(1, 10'000'000);
    quota->setGroupSeparatorShown(true);
    quota->setValue(static_cast<int>(Wave::kDefaultQuota));
    auto* rollOver = new QComboBox(&dialog);
    rollOver->addItem(tr("Otomatis ke gelombang berikut"), static_cast<int>(RollOver::Automatic));
    rollOver->addItem(tr("Harus bergabung lagi"), static_cast<int>(RollOver::RejoinRequired));
    const RuleSet& defaults = m_defaultRules;
    auto* phone = new QCheckBox(tr("Telepon harus terverifikasi"), &dialog);
    phone->setChecked(defaults.requirePhoneVerified);
    auto* cap = new QSpinBox(&dialog);
    cap->setRange(0, 10);
    cap->setValue(defaults.familyCardCap);
    auto* provinces = new QCheckBox(tr("Kuota per provinsi sebanding pool"), &dialog);
    auto* error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("createError"));
    error->setWordWrap(true);
    Theme::setRole(error, "error");
    error->hide();
    form->addRow(tr("Nama"), name);
    form->addRow(tr("Dibuka"), opens);
    form->addRow(tr("Ditutup"), closes);
    form->addRow(tr("Kuota"), quota);
    form->addRow(tr("Sisa pool"), rollOver);
    form->addRow(QString(), phone);
    form->addRow(tr("Maks. peserta per KK"), cap);
    form->addRow(QString(), provinces);
    form->addRow(error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QString warnedFor; // the dates an overlap warning was shown for: a second OK creates anyway
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        if (closes->dateTime() <= opens->dateTime()) {
            error->setText(tr("Waktu tutup harus setelah waktu buka."));
            error->show();
            return;
        }
        const qint64 o = fromWibWallClock(opens->dateTime()), c = fromWibWallClock(closes->dateTime());
        const QString dates = QStringLiteral("%1-%2").arg(o).arg(c);
        for (const Wave& w : std::as_const(m_waves)) {
            if (w.status != WaveStatus::Open || o > w.closesAt || c < w.opensAt || warnedFor == dates)
                continue;
            error->setText(tr("Tanggal ini tumpang tindih dengan gelombang %1 yang sedang dibuka (%2 – %3). "
                              "Pendaftar dapat bergabung ke dua gelombang sekaligus. Tekan OK lagi untuk tetap "
                              "membuat.")
                               .arg(w.number)
                               .arg(Timestamp::toDisplayWib(w.opensAt), Timestamp::toDisplayWib(w.closesAt)));
            error->show();
            warnedFor = dates;
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    WaveDraft d;
    d.rules = defaults;
    d.name = name->text().trimmed();
    d.opensAt = fromWibWallClock(opens->dateTime());
    d.closesAt = fromWibWallClock(closes->dateTime());
    d.announceAt = d.closesAt + Timestamp::kDay;
    d.trainingStartsAt = d.announceAt + Timestamp::kDay;
    d.quota = quota->value();
    d.rollOver = static_cast<RollOver>(rollOver->currentData().toInt());
    d.rules.requirePhoneVerified = phone->isChecked();
    d.rules.familyCardCap = cap->value();
    d.rules.provinceQuotas = provinces->isChecked() ? ProvinceQuotaMode::ProportionalToPool : ProvinceQuotaMode::Off;
    createWave(d);
}

} // namespace prakerja
