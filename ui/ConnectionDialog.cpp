#include "ConnectionDialog.h"

#include "services/Settings.h"
#include "services/Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prakerja {

ConnectionDialog::ConnectionDialog(const QString& current, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Sambungkan ke basis data"));
    auto* layout = new QVBoxLayout(this);
    auto* explain = new QLabel(tr("Satu komputer: berkas SQLite (mis. ~/prakerja.db). Banyak komputer sekaligus:"
                                  " server PostgreSQL, mis. postgresql://konsol@db1/prakerja?sslmode=verify-full"
                                  " atau host=db1 dbname=prakerja user=konsol. Kata sandi tidak ditulis di sini:"
                                  " konsol membacanya dari berkas ~/.pgpass atau variabel PGPASSWORD."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("connectionTarget"));
    m_target->setAccessibleName(tr("Basis data"));
    const QString remembered = Settings::instance().value(Settings::Key::DatabaseTarget).toString();
    m_target->setText(remembered.isEmpty() ? current : remembered);
    m_target->setMinimumWidth(520);
    layout->addWidget(m_target);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Simpan"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QLineEdit::textChanged, this, &ConnectionDialog::check);
    check();
}

QString ConnectionDialog::target() const
{
    return m_target->text().trimmed();
}

void ConnectionDialog::check()
{
    QString described;
    const Status s = WorkspacePaths::checkTarget(target(), &described);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(s.ok());
    m_state->setText(s ? tr("Dipakai saat konsol dimulai ulang: %1").arg(described) : s.error().message());
}

void ConnectionDialog::accept()
{
    if (!WorkspacePaths::checkTarget(target()))
        return;
    Settings::instance().setValue(Settings::Key::DatabaseTarget, target());
    Settings::instance().sync();
    QDialog::accept();
}

} // namespace prakerja
