#include "LoginDialog.h"

#include "services/OperatorService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prakerja {

namespace {
QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}
} // namespace

LoginDialog::LoginDialog(OperatorService& operators, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_operators(operators)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::SignIn ? tr("Masuk — Konsol Operator Prakerja")
                                        : tr("Administrator pertama — Konsol Operator Prakerja"));
    auto* layout = new QVBoxLayout(this);
    if (mode == Mode::CreateAdministrator) {
        auto* intro = new QLabel(tr("Basis data ini belum memiliki operator. Buat akun administrator pertama."), this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userError = errorLabel(this);
    m_passwordError = errorLabel(this);
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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::SignIn ? tr("Masuk") : tr("Buat dan masuk"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
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
    m_userError->hide();
    m_passwordError->hide();
    const QString name = m_user->text().trimmed();
    if (m_mode == Mode::CreateAdministrator) {
        if (m_confirm->text() != m_password->text()) {
            m_passwordError->setText(tr("Kedua kata sandi tidak sama"));
            m_passwordError->show();
            return;
        }
        const Result<Session> created = m_operators.createFirstAdministrator(name, m_password->text());
        if (!created) {
            QLabel* target = created.error().code == u"invalid_name" || created.error().code == u"name_taken"
                ? m_userError
                : m_passwordError;
            target->setText(created.error().message());
            target->show();
            return;
        }
        m_session = created.value();
        accept();
        return;
    }
    const Result<Session> session = m_operators.authenticate(name, m_password->text());
    if (!session) {
        m_passwordError->setText(session.error().message());
        m_passwordError->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_session = session.value();
    accept();
}

} // namespace prakerja
