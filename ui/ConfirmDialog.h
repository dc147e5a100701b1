#pragma once
// Asks before an irreversible step: what will happen (rich text), an optional warning, and for
// the gravest steps a word the operator must type (the wave number) before Confirm is enabled.
// Tests answer it through setTestHook(), which runs inside the dialog's own event loop.

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace prakerja {

class ConfirmDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(ConfirmDialog)
public:
    struct Request
    {
        QString title;
        QString text; // rich text: what will happen
        QString warning; // shown in red when not empty
        QString confirmLabel; // the confirming button's text
        QString typeToConfirm; // not empty: typed exactly before Confirm is enabled
    };

    explicit ConfirmDialog(const Request& request, QWidget* parent = nullptr);

    // Shows the dialog modally; true when the operator confirmed.
    static bool ask(QWidget* parent, const Request& request);
    // Test hook: called with each dialog once it is shown (from its event loop); the hook drives
    // the widgets like a person would. An empty function removes the hook.
    static void setTestHook(std::function<void(ConfirmDialog*)> hook);

    QLineEdit* typedField() const { return m_typed; }
    QPushButton* confirmButton() const;
    QPushButton* cancelButton() const;
    QString text() const;

private:
    QLabel* m_text = nullptr;
    QLineEdit* m_typed = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace prakerja
