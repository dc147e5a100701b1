#pragma once
// Sign-in dialog, on first start the creation of the first administrator, and the
// re-authentication that unlocks an idle console. The dialog never talks to the database on
// the GUI thread: PBKDF2 (~0.3 s) and SQL run on an OperatorJob worker with its own connection.
// Errors are shown next to the fields.

#include "domain/Session.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace prakerja {

class OperatorJob;
class Workspace;

class LoginDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(LoginDialog)
public:
    enum class Mode { SignIn, CreateAdministrator, Unlock };
    LoginDialog(const Workspace& workspace, Mode mode, QWidget* parent = nullptr);

    std::optional<Session> session() const { return m_session; }
    void setUserName(const QString& name);
    // Test hook: the worker, e.g. to give it a policy with few PBKDF2 iterations.
    OperatorJob* job() const { return m_job; }
    bool isBusy() const { return m_busy; }

private:
    void submit();
    void onSignedIn(bool ok, const Session& session, const QString& code, const QString& message);

    OperatorJob* m_job;
    Mode m_mode;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_userError = nullptr;
    QLabel* m_passwordError = nullptr;
    QLabel* m_busyLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
    std::optional<Session> m_session;
};

} // namespace prakerja
