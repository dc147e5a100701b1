#pragma once
// Adding or editing a partner platform: its details with each field's rule shown next to it.

#include "domain/Platform.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace prakerja {

class PlatformDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(PlatformDialog)
public:
    // `platform` empty (no code) for a new one.
    explicit PlatformDialog(const Platform& platform, QWidget* parent = nullptr);
    Platform platform() const;
    bool isNew() const { return m_isNew; }

private:
    bool check();

    Platform m_platform;
    bool m_isNew;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_website = nullptr;
    QLineEdit* m_contactName = nullptr;
    QLineEdit* m_contactEmail = nullptr;
    QLineEdit* m_start = nullptr;
    QLineEdit* m_end = nullptr;
    QLineEdit* m_commission = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QHash<QString, QLabel*> m_errors;
    QPushButton* m_ok = nullptr;
};

} // namespace prakerja
