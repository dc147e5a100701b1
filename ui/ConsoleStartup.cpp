#include "ConsoleStartup.h"

#include "ConnectionDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "services/CatalogService.h"
#include "services/OperatorService.h"
#include "services/Settings.h"
#include "store/Migrations.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QThread>
#include <optional>

namespace prakerja {

ConsoleStartup::ConsoleStartup(const WorkspacePaths& paths) : m_paths(paths) { }

ConsoleStartup::~ConsoleStartup() = default;

void ConsoleStartup::showUpgrade(int version)
{
    if (!m_upgrading) {
        m_upgrading = std::make_unique<QLabel>();
        m_upgrading->setObjectName(QStringLiteral("upgrading"));
        m_upgrading->setWindowFlags(Qt::SplashScreen);
        m_upgrading->setMargin(24);
    }
    m_upgrading->setText(QStringLiteral("<b>%1</b><br><br>%2")
                             .arg(QApplication::applicationDisplayName(),
                                  QObject::tr("Memperbarui basis data ke skema %1 dari %2 …<br>"
                                              "Dengan jutaan pendaftar ini dapat memakan waktu beberapa menit; "
                                              "jangan tutup konsol.")
                                      .arg(version)
                                      .arg(sqliteMigrations().back().version)));
    m_upgrading->adjustSize();
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        m_upgrading->move(screen->availableGeometry().center() - m_upgrading->rect().center());
    m_upgrading->show();
    QApplication::processEvents();
}

MainWindow* ConsoleStartup::run()
{
    // Migrations run on this thread before the sign-in; workers open connections later, with
    // nothing left to migrate.
    Database::setMigrationNotice([this](int version, const QString&) {
        if (QThread::currentThread() == qApp->thread())
            showUpgrade(version);
    });
    auto workspace = Workspace::init(m_paths);
    m_upgrading.reset();
    // A database that cannot be opened (a server that is down, a saved address that is wrong)
    // does not lock the seat out: the operator may choose another one before giving up.
    while (!workspace) {
        QMessageBox box(QMessageBox::Critical, QObject::tr("Konsol Operator Prakerja"), workspace.error().message());
        QPushButton* change = box.addButton(QObject::tr("Ubah sambungan…"), QMessageBox::AcceptRole);
        box.addButton(QObject::tr("Keluar"), QMessageBox::RejectRole);
        box.setDefaultButton(change);
        box.exec();
        if (box.clickedButton() != change)
            return nullptr;
        ConnectionDialog dialog(m_paths.database);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        // The key file follows the new database (or PRAKERJA_KEY_FILE), as at a start with it.
        m_paths = WorkspacePaths::resolve(dialog.target(), QString());
        workspace = Workspace::init(m_paths);
        m_upgrading.reset();
    }
    m_workspace = std::move(workspace).value();
    OperatorService operators(m_workspace->db(), OperatorService::Policy::from(m_workspace->programme()));
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
    // The first start fills a new database with a replayed launch day: that makes it a demo
    // database, the only kind where the console offers the simulator (MainWindow's Tools menu).
    const double demoSpeed = m_workspace->programme().demoSimulatorSpeed();
    const bool noApplicants = m_workspace->hasNoApplicants(); // seeding the catalogue adds none
    if (firstStart && demoSpeed > 0 && noApplicants)
        (void)m_workspace->markDemo();
    // A fresh console gets the demo catalogue with its demo feed, and so does a demo database
    // filled by `prakerjactl simulate` before the console first opened it (about 0.3 s, once:
    // seedDemo writes nothing when the catalogue has trainings; before the window exists, like
    // the migrations above).
    if (demoSpeed > 0 && (noApplicants || m_workspace->isDemo()))
        if (const auto n = CatalogService(m_workspace->db(), CatalogPolicy::from(m_workspace->programme()))
                               .seedDemo(Session::system());
            !n)
            qWarning("%s", qPrintable(n.error().message()));
    m_window = std::make_unique<MainWindow>(*m_workspace, session);
    if (demoSpeed > 0 && m_window->demoAvailable() && noApplicants)
        m_window->startDemoFeed(demoSpeed);
    return m_window.get();
}

} // namespace prakerja
