#include "PlatformsPage.h"

#include "PlatformDialog.h"
#include "domain/IndonesianFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prakerja {

namespace {
enum Column { Code, Name, State, FirstStatus };
constexpr int kTotal = FirstStatus + kTrainingStatusCount;
constexpr int kCommission = kTotal + 1;
constexpr int kAgreement = kTotal + 2;
constexpr int kContact = kTotal + 3;
constexpr int kColumns = kTotal + 4;
} // namespace

PlatformsPage::PlatformsPage(Workspace& workspace, const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    m_job = new CatalogJob(workspace.paths(), workspace.keys(), CatalogPolicy::from(workspace.programme()), this);
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, kColumns, this);
    m_table->setObjectName(QStringLiteral("platformTable"));
    m_table->setAccessibleName(tr("Daftar mitra platform"));
    QStringList headers = {tr("Kode"), tr("Nama"), tr("Status")};
    for (int s = 1; s <= kTrainingStatusCount; ++s)
        headers << TrainingRules::statusLabel(static_cast<TrainingStatus>(s));
    headers << tr("Jumlah") << tr("Komisi") << tr("Perjanjian") << tr("Narahubung");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("platformMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    if (session.can(Permission::ManagePlatforms)) {
        auto* buttons = new QHBoxLayout;
        m_add = new QPushButton(tr("&Tambah…"), this);
        m_add->setObjectName(QStringLiteral("platformAdd"));
        m_edit = new QPushButton(tr("&Ubah…"), this);
        m_edit->setObjectName(QStringLiteral("platformEdit"));
        m_suspend = new QPushButton(tr("Tan&gguhkan…"), this);
        m_suspend->setObjectName(QStringLiteral("platformSuspend"));
        m_reinstate = new QPushButton(tr("&Pulihkan"), this);
        m_reinstate->setObjectName(QStringLiteral("platformReinstate"));
        for (QPushButton* b : {m_add, m_edit, m_suspend, m_reinstate})
            buttons->addWidget(b);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        connect(m_add, &QPushButton::clicked, this, [this] {
            PlatformDialog dialog(Platform(), this);
            if (dialog.exec() == QDialog::Accepted)
                m_job->savePlatform(m_session, dialog.platform(), true);
        });
        connect(m_edit, &QPushButton::clicked, this, [this] {
            const PlatformSummary* s = selected();
            if (!s)
                return;
            PlatformDialog dialog(s->platform, this);
            if (dialog.exec() == QDialog::Accepted)
                m_job->savePlatform(m_session, dialog.platform(), false);
        });
        connect(m_suspend, &QPushButton::clicked, this, [this] {
            const PlatformSummary* s = selected();
            if (!s)
                return;
            bool ok = false;
            const QString reason = QInputDialog::getText(
                this, tr("Tangguhkan %1").arg(s->platform.name),
                tr("Pelatihannya yang terbit (%1) keluar dari katalog sampai dipulihkan. Alasan:")
                    .arg(IndonesianFormat::number(s->trainingsByStatus.value(int(TrainingStatus::Published)))),
                QLineEdit::Normal, QString(), &ok);
            if (ok && !reason.trimmed().isEmpty())
                m_job->setPlatformSuspended(m_session, s->platform.code, true, reason);
        });
        connect(m_reinstate, &QPushButton::clicked, this, [this] {
            if (const PlatformSummary* s = selected())
                m_job->setPlatformSuspended(m_session, s->platform.code, false, QString());
        });
    }
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PlatformsPage::updateButtons);
    connect(m_job, &CatalogJob::platformsListed, this, &PlatformsPage::onListed);
    connect(m_job, &CatalogJob::platformChanged, this, [this](bool ok, const QString& message) {
        m_message->setText(ok ? tr("Tersimpan dan dicatat di log audit.") : message);
        refresh();
    });
    updateButtons();
}

void PlatformsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void PlatformsPage::refresh()
{
    m_job->listPlatforms(m_session);
}

const PlatformSummary* PlatformsPage::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_platforms.size() ? &m_platforms[row] : nullptr;
}

void PlatformsPage::updateButtons()
{
    if (!m_edit)
        return;
    const PlatformSummary* s = selected();
    m_edit->setEnabled(s);
    m_suspend->setEnabled(s && s->platform.status == PlatformStatus::Active);
    m_reinstate->setEnabled(s && s->platform.status == PlatformStatus::Suspended);
}

void PlatformsPage::onListed(bool ok, const QList<PlatformSummary>& platforms, const QString& message)
{
    if (!ok) {
        m_message->setText(message);
        return;
    }
    const int current = m_table->currentRow();
    m_platforms = platforms;
    m_table->setRowCount(static_cast<int>(platforms.size()));
    for (int i = 0; i < platforms.size(); ++i) {
        const PlatformSummary& s = platforms[i];
        const Platform& p = s.platform;
        QString state = PlatformRules::statusLabel(p.status);
        if (p.status == PlatformStatus::Suspended)
            state += tr(": %1").arg(p.suspendReason);
        QStringList cells = {p.code, p.name, state};
        for (int st = 1; st <= kTrainingStatusCount; ++st)
            cells << IndonesianFormat::number(s.trainingsByStatus.value(st));
        cells << IndonesianFormat::number(s.total()) << PlatformRules::commissionText(p.commissionBasisPoints)
              << (p.agreementStart.isEmpty() && p.agreementEnd.isEmpty()
                      ? QString()
                      : QStringLiteral("%1 – %2").arg(p.agreementStart, p.agreementEnd))
              << (p.contactEmail.isEmpty() ? p.contactName
                                           : QStringLiteral("%1 <%2>").arg(p.contactName, p.contactEmail));
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c >= FirstStatus && c <= kTotal)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (p.status == PlatformStatus::Suspended)
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_table->setItem(i, c, item);
        }
    }
    // An agent sees the published trainings only: no columns for the other statuses or the total.
    const bool publishedOnly = !platforms.isEmpty() && platforms.first().publishedOnly;
    for (int st = 1; st <= kTrainingStatusCount; ++st)
        if (st != static_cast<int>(TrainingStatus::Published))
            m_table->setColumnHidden(FirstStatus + st - 1, publishedOnly);
    m_table->setColumnHidden(kTotal, publishedOnly);
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
    updateButtons();
    Q_EMIT listed(static_cast<int>(platforms.size()));
}

} // namespace prakerja
