#include "ConsoleStartup.h"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "services/OperatorService.h"
#include "services/Settings.h"
#include "store/StageTotals.h"

#include <QMessageBox>
#include <optional>

namespace prakerja {

ConsoleStartup::~ConsoleStartup() = default;

MainWindow* ConsoleStartup::run()
{
    auto workspace = Workspace::init(m_paths);
    if (!workspace) {
        QMessageBox::critical(nullptr, QObject::tr("Konsol Operator Prakerja"), workspace.error().message());
        return nullptr;
    }
    m_workspace = std::move(workspace).value();
    OperatorService operators(m_workspace->db(), OperatorService::Policy::fromSettings());
    const bool firstStart = !operators.hasOperators();
    // Non-interactive sign-in for scripted runs (screenshots, the latency probe), as the CLI:
    // PRAKERJA_USER (or --user) and PRAKERJA_PASSWORD. A failure falls back to the dialog.
    std::optional<Session> scripted;
    const QString user = qEnvironmentVariable("PRAKERJA_USER");
    if (!firstStart && !user.isEmpty() && qEnvironmentVariableIsSet("PRAKERJA_PASSWORD")) {
        auto signedIn = operators.authenticate(user, qEnvironmentVariable("PRAKERJA_PASSWORD"));
        if (signedIn)
            scripted = signedIn.value();
        else
            qWarning("%s", qPrintable(signedIn.error().message()));
    }
    LoginDialog login(*m_workspace, firstStart ? LoginDialog::Mode::CreateAdministrator : LoginDialog::Mode::SignIn);
    if (!scripted) {
        login.setUserName(Settings::instance().value(Settings::Key::LastUser).toString());
        if (login.exec() != QDialog::Accepted || !login.session())
            return nullptr;
    }
    const Session session = scripted ? *scripted : *login.session();
    Settings::instance().setValue(Settings::Key::LastUser, session.operatorName());
    m_window = std::make_unique<MainWindow>(*m_workspace, session);
    const double demoSpeed = Settings::instance().value(Settings::Key::DemoSimulatorSpeed).toDouble();
    if (demoSpeed > 0 && session.can(Permission::IngestFeed)
        && StageTotals::read(m_workspace->db()).value(EventType::Registered) == 0)
        m_window->startDemoFeed(demoSpeed);
    return m_window.get();
}

} // namespace prakerja
