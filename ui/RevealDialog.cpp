#include "RevealDialog.h"

#include "services/LookupService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prakerja {

RevealDialog::RevealDialog(const QString& fieldLabel, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Buka %1").arg(fieldLabel));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("Tuliskan alasan membuka %1, misalnya \"penelepon lolos pertanyaan identitas\". "
                               "Alasan dan nama Anda dicatat di log audit.")
                                .arg(fieldLabel),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("revealReason"));
    m_reason->setPlaceholderText(tr("Alasan"));
    layout->addWidget(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Buka"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(t.simplified().size() >= LookupService::kMinReasonLength);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, sizeHint().height());
}

QString RevealDialog::reason() const
{
    return m_reason->text().simplified();
}

} // namespace prakerja
