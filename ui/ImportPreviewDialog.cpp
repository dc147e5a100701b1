#include "ImportPreviewDialog.h"

#include "domain/IndonesianFormat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prakerja {

ImportPreviewDialog::ImportPreviewDialog(const QString& path, const ImportPlan& plan, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("Pratinjau impor: %1").arg(QFileInfo(path).fileName()));
    auto* layout = new QVBoxLayout(this);
    QString summary = tr("%1 baru, %2 diperbarui (kembali diajukan), %3 tidak berubah, %4 ditolak.")
                          .arg(IndonesianFormat::number(plan.inserts), IndonesianFormat::number(plan.updates),
                               IndonesianFormat::number(plan.unchanged), IndonesianFormat::number(plan.rejected));
    if (!plan.unknownColumns.isEmpty())
        summary += u' ' + tr("Kolom tidak dikenal diabaikan: %1.").arg(plan.unknownColumns.join(QStringLiteral(", ")));
    auto* label = new QLabel(summary, this);
    label->setObjectName(QStringLiteral("importSummary"));
    label->setWordWrap(true);
    layout->addWidget(label);
    m_table = new QTableWidget(static_cast<int>(plan.rows.size()), 5, this);
    m_table->setObjectName(QStringLiteral("importRows"));
    m_table->setHorizontalHeaderLabels({tr("Baris"), tr("Platform/kode"), tr("Judul"), tr("Putusan"), tr("Alasan")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < plan.rows.size(); ++i) {
        const ImportPlanRow& r = plan.rows[i];
        QString verdict;
        switch (r.verdict) {
        case ImportVerdict::Insert:
            verdict = tr("Baru");
            break;
        case ImportVerdict::Update:
            verdict = tr("Diperbarui");
            break;
        case ImportVerdict::Unchanged:
            verdict = tr("Tidak berubah");
            break;
        case ImportVerdict::Rejected:
            verdict = tr("Ditolak");
            break;
        }
        QStringList reasons;
        for (const FieldProblem& p : r.problems)
            reasons << p.error.message();
        for (const FieldChange& c : r.changes)
            reasons << QStringLiteral("%1: %2 → %3").arg(c.field, c.from.left(40), c.to.left(40));
        const QStringList cells = {QString::number(r.line), r.training.platform + u'/' + r.training.code,
                                   r.training.title, verdict, reasons.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (r.verdict == ImportVerdict::Rejected)
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);
    m_allOrNothing
        = new QCheckBox(tr("Tulis semua atau tidak sama sekali (tidak ada yang ditulis bila ada baris ditolak)"), this);
    m_allOrNothing->setObjectName(QStringLiteral("importAllOrNothing"));
    layout->addWidget(m_allOrNothing);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* write
        = buttons->addButton(tr("&Tulis %1 baris sah").arg(plan.inserts + plan.updates), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("importWrite"));
    write->setEnabled(plan.inserts + plan.updates > 0);
    connect(m_allOrNothing, &QCheckBox::toggled, write, [write, plan](bool on) {
        write->setEnabled(plan.inserts + plan.updates > 0 && !(on && plan.rejected > 0));
    });
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 520);
}

bool ImportPreviewDialog::allOrNothing() const
{
    return m_allOrNothing->isChecked();
}

} // namespace prakerja
