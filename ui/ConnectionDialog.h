#pragma once
// Berkas → Sambungkan ke basis data…: where the console's data lives, one seat (an SQLite file) or
// many (a PostgreSQL server, docs/deployment.md). Takes what --db takes, refuses a password in it
// (libpq reads it from ~/.pgpass or PGPASSWORD), and remembers the choice for this OS user
// (Settings::Key::DatabaseTarget, never the password); the console uses it from its next start.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace prakerja {

class ConnectionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(ConnectionDialog)
public:
    // `current`: the database this console is on now.
    explicit ConnectionDialog(const QString& current, QWidget* parent = nullptr);
    QString target() const;

    void accept() override;

private:
    void check();

    QLineEdit* m_target = nullptr;
    QLabel* m_state = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace prakerja
