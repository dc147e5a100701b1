#include "LoginDialog.h"

#include "PageWidgets.h"
#include "services/OperatorJob.h"
#include "services/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prakerja {

LoginDialog::LoginDialog(const Workspace& workspace, Mode mode, QWidget* parent)
    : QDialog(parent), m_job(new OperatorJob(workspace.paths(), workspace.keys(), this)), m_mode(mode)
{
    switch (mode) {
    case Mode::SignIn:
        setWindowTitle(tr("Masuk — Konsol Operator Prakerja"));
        break;
    case Mode::CreateAdministrator:
        setWindowTitle(tr("Administrator pertama — Konsol Operator Prakerja"));
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Konsol terkunci — Konsol Operator Prakerja"));
        break;
    }
    auto* layout = new QVBoxLayout(this);
    if (mode != Mode::SignIn) {
        auto* intro
            = new QLabel(mode == Mode::CreateAdministrator
                             ? tr("Basis data ini belum memiliki operator. Buat akun administrator pertama.")
                             : tr("Konsol dikunci karena tidak aktif. Masukkan kata sandi Anda untuk melanjutkan."),
                         this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setReadOnly(mode == Mode::Unlock); // the same operator, or a restart
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userError = PageWidgets::errorLabel(this, "userError");
    m_passwordError = PageWidgets::errorLabel(this, "passwordError");
    form->addRow(tr("Nama pengguna"), m_user);
    form->addRow(QString(), m_userError);
    form->addRow(tr("Kata sandi"), m_password);
    if (mode == Mode::CreateAdministrator) {
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirmPassword"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Ulangi kata sandi"), m_confirm);
    }
    form->addRow(QString(), m_passwordError);
    layout->addLayout(form);
    m_busyLabel = new QLabel(tr("Memeriksa kata sandi…"), this);
    m_busyLabel->setObjectName(QStringLiteral("busy"));
    m_busyLabel->hide();
    layout->addWidget(m_busyLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::CreateAdministrator ? tr("Buat dan masuk")
                      : mode == Mode::Unlock        ? tr("Buka")
                                                    : tr("Masuk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(mode == Mode::Unlock ? tr("Keluar dari konsol") : tr("Batal"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_job, &OperatorJob::signedIn, this, &LoginDialog::onSignedIn);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
}

void LoginDialog::setUserName(const QString& name)
{
    m_user->setText(name);
    if (!name.isEmpty())
        m_password->setFocus();
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    m_userError->hide();
    m_passwordError->hide();
    const QString name = m_user->text().trimmed();
    if (m_mode == Mode::CreateAdministrator && m_confirm->text() != m_password->text()) {
        m_passwordError->setText(tr("Kedua kata sandi tidak sama"));
        m_passwordError->show();
        return;
    }
    m_busy = true;
    m_busyLabel->show();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (m_mode == Mode::CreateAdministrator)
        m_job->createFirstAdministrator(name, m_password->text());
    else
        m_job->authenticate(name, m_password->text());
}

void LoginDialog::onSignedIn(bool ok, const Session& session, const QString& code, const QString& message)
{
    m_busy = false;
    m_busyLabel->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!ok) {
        QLabel* target = code == u"invalid_name" || code == u"name_taken" ? m_userError : m_passwordError;
        target->setText(message);
        target->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_session = session;
    accept();
}

} // namespace prakerja
