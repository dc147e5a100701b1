#include "BudgetPanel.h"
#include "Theme.h"

#include "domain/IndonesianFormat.h"
#include "domain/Timestamp.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace prakerja {

namespace {

using IndonesianFormat::number;
using IndonesianFormat::rupiah;

constexpr int kBarScale = 1000; // the bar counts per mille

QLabel* label(QWidget* parent, const char* name, const char* role)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1StringView(name));
    Theme::setRole(l, role);
    return l;
}

// One figure: a caption, the value large, a detail line below.
QVBoxLayout* figure(QWidget* parent, const QString& caption, QLabel* value, QLabel* detail)
{
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    auto* c = new QLabel(caption, parent);
    Theme::setRole(c, "caption");
    column->addWidget(c);
    value->setText(QStringLiteral("–"));
    column->addWidget(value);
    column->addWidget(detail);
    return column;
}

// A share that is not zero never reads as "0,00 %".
QString shareText(double share)
{
    if (share > 0 && share < 0.0001)
        return QStringLiteral("< ") + IndonesianFormat::percent(0.0001);
    return IndonesianFormat::percent(share);
}

} // namespace

BudgetPanel::BudgetPanel(const Workspace& workspace, const Session& session, QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("budgetPanel"));
    setFrameShape(QFrame::StyledPanel);
    Theme::setRole(this, "panel");
    m_job = new WaveJob(workspace, session, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Anggaran program"), this);
    Theme::setRole(title, "panelTitle");
    header->addWidget(title);
    header->addStretch(1);
    m_note = label(this, "budgetNote", "note");
    header->addWidget(m_note);
    layout->addLayout(header);

    const char* value = "figure";
    const char* detail = "caption";
    m_committed = label(this, "budgetCommitted", value);
    m_participants = label(this, "budgetParticipants", detail);
    m_remaining = label(this, "budgetRemaining", value);
    m_affordable = label(this, "budgetAffordable", detail);
    m_waves = label(this, "budgetWaves", value);
    m_wavesDetail = label(this, "budgetWavesDetail", detail);
    auto* figures = new QHBoxLayout;
    figures->setSpacing(24);
    figures->addLayout(figure(this, tr("Terikat"), m_committed, m_participants), 1);
    figures->addLayout(figure(this, tr("Sisa"), m_remaining, m_affordable), 1);
    figures->addLayout(figure(this, tr("Gelombang yang masih mungkin"), m_waves, m_wavesDetail), 1);
    layout->addLayout(figures);
    m_actual = label(this, "budgetActual", value);
    m_actualDetail = label(this, "budgetActualDetail", detail);
    m_outstanding = label(this, "budgetOutstanding", value);
    m_outstandingDetail = label(this, "budgetOutstandingDetail", detail);
    m_returned = label(this, "budgetReturned", value);
    m_returnedDetail = label(this, "budgetReturnedDetail", detail);
    auto* actuals = new QHBoxLayout;
    actuals->setSpacing(24);
    actuals->addLayout(figure(this, tr("Realisasi"), m_actual, m_actualDetail), 1);
    actuals->addLayout(figure(this, tr("Belum tersalurkan"), m_outstanding, m_outstandingDetail), 1);
    actuals->addLayout(figure(this, tr("Dikembalikan"), m_returned, m_returnedDetail), 1);
    layout->addLayout(actuals);
    m_actual->setToolTip(tr("Dibelanjakan untuk pelatihan, insentif dan insentif survei yang sudah dibayar."));
    m_outstanding->setToolTip(
        tr("Yang masih menjadi hak peserta aktif: terikat − realisasi − dikembalikan, per gelombang."));
    const QString forecast = tr("Gelombang dengan kuota gelombang terakhir: yang lebih kecil dari sisa anggaran ÷ "
                                "(kuota × biaya per peserta) dan pendaftar terverifikasi NIK yang belum menjadi "
                                "peserta ÷ kuota.");
    m_waves->setToolTip(forecast);
    m_wavesDetail->setToolTip(forecast);

    auto* barRow = new QHBoxLayout;
    barRow->setSpacing(10);
    m_used = new QProgressBar(this);
    m_used->setObjectName(QStringLiteral("budgetUsed"));
    m_used->setRange(0, kBarScale);
    m_used->setValue(0);
    m_used->setTextVisible(false);
    m_used->setFixedHeight(12);
    Theme::setRole(m_used, "budgetBar");
    m_share = label(this, "budgetShare", detail);
    barRow->addWidget(m_used, 1);
    barRow->addWidget(m_share);
    layout->addLayout(barRow);
    m_status = label(this, "budgetStatus", "error");
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    setAccessibleName(tr("Anggaran program"));

    connect(m_job, &WaveJob::finished, this, &BudgetPanel::onFinished);
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer.start();
}

void BudgetPanel::refresh()
{
    if (!m_job->start(WaveJob::Kind::Budget))
        m_again = true; // a read is in flight: it may predate what the caller knows changed
}

void BudgetPanel::showEvent(QShowEvent* event)
{
    QFrame::showEvent(event);
    refresh();
}

void BudgetPanel::onFinished(const WaveJobResult& result)
{
    if (result.kind != WaveJob::Kind::Budget)
        return;
    if (result.ok) {
        setView(result.budget);
        m_status->hide();
    } else {
        m_status->setText(tr("Anggaran tidak dapat dibaca: %1").arg(result.message));
        m_status->show();
    }
    if (m_again) {
        m_again = false;
        refresh();
    }
}

void BudgetPanel::setView(const BudgetView& view)
{
    const Budget& b = view.budget;
    const BudgetForecast& f = view.forecast;
    m_committed->setText(rupiah(f.committed));
    m_participants->setText(tr("%1 peserta aktif").arg(number(view.activeParticipants)));
    m_remaining->setText(rupiah(f.remaining));
    Theme::setTone(m_remaining, f.remaining < 0 ? Theme::Tone::Bad : Theme::Tone::Normal);
    m_affordable->setText(tr("cukup untuk %1 peserta lagi").arg(number(f.participantsAffordable)));
    m_waves->setText(number(f.wavesPossible));
    m_wavesDetail->setText(
        tr("menurut anggaran %1 · menurut pool %2").arg(number(f.wavesByBudget), number(f.wavesByPool)));

    const WaveMoney& t = view.totals;
    m_actual->setText(rupiah(t.actual()));
    m_actualDetail->setText(
        tr("pelatihan %1 · insentif %2 · survei %3").arg(rupiah(t.spent), rupiah(t.incentives), rupiah(t.surveys)));
    m_outstanding->setText(rupiah(t.outstanding));
    m_outstandingDetail->setText(tr("dari %1 terikat saat pengumuman").arg(rupiah(t.committed)));
    m_returned->setText(rupiah(t.returned));
    m_returnedDetail->setText(t.balances() ? tr("neraca seimbang di %n gelombang", nullptr, int(view.waves.size()))
                                           : tr("neraca tidak seimbang"));
    Theme::setTone(m_returnedDetail, t.balances() ? Theme::Tone::Normal : Theme::Tone::Bad);

    const double share = b.total > 0 ? static_cast<double>(f.committed) / static_cast<double>(b.total) : 0.0;
    m_used->setValue(std::clamp(static_cast<int>(std::lround(share * kBarScale)), 0, kBarScale));
    Theme::setTone(m_used, share >= 0.9 ? Theme::Tone::Bad : Theme::Tone::Normal); // red when nearly spent
    m_share->setText(tr("%1 dari %2 terpakai").arg(shareText(share), rupiah(b.total)));
    m_note->setText(tr("%1 per peserta · diperbarui %2")
                        .arg(rupiah(b.perParticipant()), Timestamp::toDisplayWib(Timestamp::nowMs())));
    setToolTip(tr("Terikat %1 · sisa %2 · %3 dari anggaran terpakai")
                   .arg(m_committed->text(), m_remaining->text(), shareText(share)));
}

} // namespace prakerja
