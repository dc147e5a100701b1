#include "ConfirmDialog.h"
#include "Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace prakerja {

namespace {
std::function<void(ConfirmDialog*)>& testHook()
{
    static std::function<void(ConfirmDialog*)> hook;
    return hook;
}
} // namespace

ConfirmDialog::ConfirmDialog(const Request& request, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmDialog"));
    setWindowTitle(request.title);
    auto* layout = new QVBoxLayout(this);
    m_text = new QLabel(request.text, this);
    m_text->setObjectName(QStringLiteral("confirmText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    layout->addWidget(m_text);
    if (!request.warning.isEmpty()) {
        auto* warning = new QLabel(request.warning, this);
        warning->setObjectName(QStringLiteral("confirmWarning"));
        warning->setWordWrap(true);
        Theme::setRole(warning, "warning");
        layout->addWidget(warning);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(request.confirmLabel);
    // The safe answer is the default: Enter does not confirm by accident.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    if (!request.typeToConfirm.isEmpty()) {
        auto* prompt
            = new QLabel(tr("Ketik <b>%1</b> untuk melanjutkan:").arg(request.typeToConfirm.toHtmlEscaped()), this);
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("confirmTyped"));
        layout->addWidget(prompt);
        layout->addWidget(m_typed);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        const QString expected = request.typeToConfirm;
        connect(m_typed, &QLineEdit::textChanged, this, [this, expected](const QString& typed) {
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(typed.trimmed() == expected);
        });
    }
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* ConfirmDialog::confirmButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton* ConfirmDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

QString ConfirmDialog::text() const
{
    return m_text->text();
}

bool ConfirmDialog::ask(QWidget* parent, const Request& request)
{
    ConfirmDialog dialog(request, parent);
    if (const auto& hook = testHook())
        QTimer::singleShot(0, &dialog, [&dialog, hook] { hook(&dialog); });
    return dialog.exec() == QDialog::Accepted;
}

void ConfirmDialog::setTestHook(std::function<void(ConfirmDialog*)> hook)
{
    testHook() = std::move(hook);
}

} // namespace prakerja
