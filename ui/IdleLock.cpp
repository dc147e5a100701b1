#include "IdleLock.h"

#include "LoginDialog.h"
#include "domain/Timestamp.h"
#include "services/Settings.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace prakerja {

IdleLock::IdleLock(QWidget* window, const Workspace& workspace, const Session& session)
    : QObject(window), m_window(window), m_workspace(workspace), m_session(session), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lockNow);
    setIdleMs(workspace.programme().idleLockMinutes() * 60'000);
    connect(&Settings::instance(), &Settings::changed, this, [this](Settings::Key key, const QVariant& value) {
        if (key == Settings::Key::IdleLockMinutes)
            setIdleMs(value.toInt() * 60'000);
    });
    qApp->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

LoginDialog* IdleLock::dialog() const
{
    return m_dialog;
}

void IdleLock::setIdleMs(int ms)
{
    // 0 minutes disables the lock.
    m_timer->stop();
    if (ms > 0) {
        m_timer->setInterval(ms);
        if (!m_locked)
            m_timer->start();
    }
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Restarting a timer on every mouse move is wasteful; once a second is plenty.
        if (!m_locked && m_timer->interval() > 0) {
            const qint64 now = Timestamp::nowMs();
            if (now - m_lastRestart >= 1000) {
                m_lastRestart = now;
                m_timer->start();
            }
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lockNow()
{
    if (m_locked)
        return;
    m_locked = true;
    m_timer->stop();
    // Hide what was on screen (personal data may be on it) until the operator is back.
    if (auto* main = qobject_cast<QMainWindow*>(m_window); main && main->centralWidget())
        main->centralWidget()->hide();
    m_dialog = new LoginDialog(m_workspace, LoginDialog::Mode::Unlock, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setUserName(m_session.operatorName());
    connect(m_dialog, &QDialog::accepted, this, [this] {
        // Only the operator who was signed in may unlock; anyone else restarts the console.
        if (m_dialog && m_dialog->session() && m_dialog->session()->operatorId() == m_session.operatorId())
            unlocked();
        else
            m_window->close();
    });
    connect(m_dialog, &QDialog::rejected, m_window, &QWidget::close);
    m_dialog->open();
    Q_EMIT lockedChanged(true);
}

void IdleLock::unlocked()
{
    m_locked = false;
    if (auto* main = qobject_cast<QMainWindow*>(m_window); main && main->centralWidget())
        main->centralWidget()->show();
    if (m_timer->interval() > 0)
        m_timer->start();
    Q_EMIT lockedChanged(false);
}

} // namespace prakerja
