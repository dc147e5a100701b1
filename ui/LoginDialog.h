#pragma once
// Sign-in dialog, and on first start the creation of the first administrator. Errors are
// shown next to the fields; the dialog never talks to the database itself but calls the
// OperatorService it is given.

#include "services/Session.h"

#include <QDialog>
#include <optional>

class QLineEdit;
class QLabel;

namespace prakerja {

class OperatorService;

class LoginDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY(LoginDialog)
public:
    enum class Mode { SignIn, CreateAdministrator };
    LoginDialog(OperatorService& operators, Mode mode, QWidget* parent = nullptr);

    std::optional<Session> session() const { return m_session; }
    void setUserName(const QString& name);

private:
    void submit();

    OperatorService& m_operators;
    Mode m_mode;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_userError = nullptr;
    QLabel* m_passwordError = nullptr;
    std::optional<Session> m_session;
};

} // namespace prakerja
