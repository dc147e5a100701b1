#pragma once
// Locks the console after IdleLockMinutes (a setting) without keyboard or mouse input: the
// window's contents are hidden and the same operator must enter their password again (on a
// worker, through LoginDialog). Leaving the dialog closes the console.

#include "domain/Session.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace prakerja {

class LoginDialog;
class Workspace;

class IdleLock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(IdleLock)
public:
    IdleLock(QWidget* window, const Workspace& workspace, const Session& session);
    ~IdleLock() override;

    bool isLocked() const { return m_locked; }
    void lockNow();
    void setIdleMs(int ms); // tests; otherwise from the setting
    LoginDialog* dialog() const; // test hook while locked

Q_SIGNALS:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void unlocked();

    QWidget* m_window;
    const Workspace& m_workspace;
    Session m_session;
    QTimer* m_timer;
    QPointer<LoginDialog> m_dialog;
    bool m_locked = false;
    qint64 m_lastRestart = 0;
};

} // namespace prakerja
