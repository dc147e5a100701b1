#include "AuditPage.h"

#include "PageWidgets.h"
#include "Theme.h"
#include "domain/IndonesianFormat.h"
#include "domain/Timestamp.h"
#include "itemmodels/AuditTableModel.h"
#include "services/AuditJob.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace prakerja {

AuditPage::AuditPage(Workspace& workspace, const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    PageWidgets::addTitle(layout, tr("Log audit"), this);
    if (!session.can(Permission::ViewAudit)) {
        PageWidgets::addNotPermitted(layout, session.role(), Permission::ViewAudit, {}, this);
        return;
    }
    m_job = new AuditJob(workspace.paths(), workspace.keys(), session, this);
    m_model = new AuditTableModel(m_job, this);

    auto* filters = new QHBoxLayout;
    m_operator = new QLineEdit(this);
    m_operator->setObjectName(QStringLiteral("auditOperator"));
    m_operator->setPlaceholderText(tr("Operator"));
    m_operator->setAccessibleName(m_operator->placeholderText());
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setPlaceholderText(tr("Tindakan, mis. operator atau auth.sign_in"));
    m_action->setAccessibleName(m_action->placeholderText());
    // The bounds are WIB days (as the times in the table), so "today" is today in Jakarta, not
    // on this machine's clock.
    const CivilDate today = Timestamp::todayWib();
    const QDate todayWib(today.year, today.month, today.day);
    m_useFrom = new QCheckBox(tr("Dari"), this);
    m_useFrom->setObjectName(QStringLiteral("auditUseFrom"));
    m_from = new QDateEdit(todayWib, this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(m_useFrom->text());
    m_useTo = new QCheckBox(tr("Sampai"), this);
    m_useTo->setObjectName(QStringLiteral("auditUseTo"));
    m_to = new QDateEdit(todayWib, this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(m_useTo->text());
    auto* apply = new QPushButton(tr("&Terapkan"), this);
    apply->setObjectName(QStringLiteral("auditApply"));
    filters->addWidget(m_operator, 1);
    filters->addWidget(m_action, 2);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addWidget(apply);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Baris log audit"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    // Widths from typical contents, not ResizeToContents: the model pages by key and measuring
    // would fetch rows. A time stays on one line; long actions and targets elide.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + 24; };
    m_table->setColumnWidth(AuditTableModel::Id, width(QStringLiteral("1.000.000")));
    m_table->setColumnWidth(AuditTableModel::Time, width(QStringLiteral("29/11/2026 03.03.02 WIB")));
    m_table->setColumnWidth(AuditTableModel::Operator, width(QStringLiteral("operator_panjang")));
    m_table->setColumnWidth(AuditTableModel::Action, width(QStringLiteral("operator.first_admin")));
    m_table->setColumnWidth(AuditTableModel::Target, width(QStringLiteral("applicant:1234567")));
    layout->addWidget(m_table, 1);

    auto* paging = new QHBoxLayout;
    m_previous = new QPushButton(tr("◀ Lebih baru"), this);
    m_previous->setObjectName(QStringLiteral("auditPrevious"));
    m_next = new QPushButton(tr("Lebih lama ▶"), this);
    m_next->setObjectName(QStringLiteral("auditNext"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("auditPageLabel"));
    m_export = new QPushButton(tr("&Ekspor CSV…"), this);
    m_export->setObjectName(QStringLiteral("auditExport"));
    paging->addWidget(m_previous);
    paging->addWidget(m_pageLabel);
    paging->addWidget(m_next);
    paging->addStretch(1);
    paging->addWidget(m_export);
    layout->addLayout(paging);

    auto* verifyRow = new QHBoxLayout;
    m_verify = new QPushButton(tr("&Verifikasi rantai"), this);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verify->setEnabled(session.can(Permission::VerifyAudit));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Batal"), this);
    m_cancel->setObjectName(QStringLiteral("auditCancel"));
    m_cancel->hide();
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_progress, 1);
    verifyRow->addWidget(m_cancel);
    layout->addLayout(verifyRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(apply, &QPushButton::clicked, this, &AuditPage::applyFilter);
    connect(m_operator, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_action, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_previous, &QPushButton::clicked, m_model, &AuditTableModel::previousPage);
    connect(m_next, &QPushButton::clicked, m_model, &AuditTableModel::nextPage);
    connect(m_model, &AuditTableModel::pageChanged, this, &AuditPage::updatePaging);
    connect(m_model, &AuditTableModel::loadFailed, this,
            [this](const QString& message) { m_status->setText(tr("Log audit tidak dapat dibaca: %1").arg(message)); });
    connect(m_export, &QPushButton::clicked, this, &AuditPage::startExport);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::startVerify);
    connect(m_cancel, &QPushButton::clicked, m_job, &AuditJob::cancelVerify);
    connect(m_job, &AuditJob::verifyProgress, this, [this](qint64 done, qint64 total) {
        // Scaled to int: the log may outgrow a progress bar's range.
        m_progress->setMaximum(1000);
        m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 1000);
    });
    connect(m_job, &AuditJob::verified, this, &AuditPage::onVerified);
    connect(m_job, &AuditJob::exported, this, [this](bool ok, qint64 rows, const QString& message) {
        m_export->setEnabled(true);
        m_status->setText(ok ? tr("%1 baris diekspor ke %2").arg(IndonesianFormat::number(rows), message)
                             : tr("Ekspor gagal: %1").arg(message));
    });
    updatePaging();
}

AuditPage::~AuditPage() = default;

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Load when first shown, not at start-up: most sessions never open this page.
    if (m_model && !m_loadedOnce) {
        m_loadedOnce = true;
        applyFilter();
    }
}

void AuditPage::applyFilter()
{
    AuditFilter f;
    f.operatorName = m_operator->text().trimmed();
    f.action = m_action->text().trimmed();
    if (m_useFrom->isChecked())
        f.fromMs = AuditFilter::parseBound(m_from->date().toString(Qt::ISODate), false).value_or(0);
    if (m_useTo->isChecked())
        f.toMs = AuditFilter::parseBound(m_to->date().toString(Qt::ISODate), true).value_or(0);
    m_loadedOnce = true;
    m_model->setFilter(f);
    updatePaging();
}

void AuditPage::updatePaging()
{
    if (!m_model)
        return;
    m_previous->setEnabled(m_model->hasPreviousPage());
    m_next->setEnabled(m_model->hasNextPage());
    m_pageLabel->setText(m_model->isLoading() ? tr("Memuat…") : tr("Halaman %1").arg(m_model->pageNumber()));
}

void AuditPage::startExport()
{
    QString path = m_exportPathForTest;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Ekspor log audit"), QStringLiteral("audit.csv"),
                                            tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    m_export->setEnabled(false);
    m_status->setText(tr("Mengekspor…"));
    AuditFilter f = m_model->filter();
    f.newestFirst = false;
    m_job->exportCsv(f, path);
}

void AuditPage::startVerify()
{
    m_verify->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Memverifikasi rantai HMAC…"));
    m_job->verify();
}

void AuditPage::onVerified(bool ok, const AuditVerification& result, const QString& error)
{
    m_verify->setEnabled(true);
    m_progress->hide();
    m_cancel->hide();
    if (!ok) {
        Theme::setTone(m_status, Theme::Tone::Bad);
        m_status->setText(tr("Verifikasi gagal: %1").arg(error));
        return;
    }
    Theme::setTone(m_status, result.intact || result.cancelled ? Theme::Tone::Normal : Theme::Tone::Bad);
    m_status->setText(result.describe());
    m_model->refresh(); // the verification wrote its own row
}

} // namespace prakerja
