#include "ConflictDialog.h"

#include "domain/Timestamp.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prakerja {

ConflictDialog::ConflictDialog(const Training& mine, const Training& stored, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Pelatihan sudah diubah orang lain"));
    auto* layout = new QVBoxLayout(this);
    auto* text
        = new QLabel(tr("Anda menyunting versi %1, tetapi %2 menyimpan versi %3 pada %4. Tidak ada yang ditimpa. "
                        "Bandingkan keduanya dan pilih.")
                         .arg(mine.version)
                         .arg(stored.updatedBy)
                         .arg(stored.version)
                         .arg(Timestamp::toDisplayWib(stored.updatedAt)),
                     this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Kolom"), tr("Versi Anda"), tr("Versi tersimpan (%1)").arg(stored.version)});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QStringList fields = TrainingRules::fieldNames();
    fields << QStringLiteral("status");
    for (const QString& f : std::as_const(fields)) {
        const QString a = TrainingRules::fieldValue(mine, f);
        const QString b = TrainingRules::fieldValue(stored, f);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(f);
        auto* left = new QTableWidgetItem(a);
        auto* right = new QTableWidgetItem(b);
        if (a != b) {
            QFont bold = name->font();
            bold.setBold(true);
            for (QTableWidgetItem* item : {name, left, right}) {
                item->setFont(bold);
                item->setBackground(QColor(0xff, 0xf4, 0xce));
            }
        }
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, left);
        m_table->setItem(row, 2, right);
    }
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keep = buttons->addButton(tr("Simpan versi &saya"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("conflictKeepMine"));
    QPushButton* take = buttons->addButton(tr("Pakai versi &tersimpan"), QDialogButtonBox::RejectRole);
    take->setObjectName(QStringLiteral("conflictTakeTheirs"));
    connect(keep, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(take, &QPushButton::clicked, this, [this] { done(TakeTheirs); });
    layout->addWidget(buttons);
    resize(760, 480);
}

} // namespace prakerja
