#pragma once
// Asks why a masked field is to be revealed; the reason is required and goes to the audit log.

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace prakerja {

class RevealDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(RevealDialog)
public:
    RevealDialog(const QString& fieldLabel, QWidget* parent = nullptr);
    QString reason() const;

private:
    QLineEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace prakerja
