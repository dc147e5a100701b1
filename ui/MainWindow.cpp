#include "MainWindow.h"

#include "ApplicantsPage.h"
#include "AuditPage.h"
#include "CataloguePage.h"
#include "ConnectionDialog.h"
#include "DashboardPage.h"
#include "HelpBrowser.h"
#include "IdleLock.h"
#include "ImportDialog.h"
#include "OperatorsPage.h"
#include "PageWidgets.h"
#include "PlatformsPage.h"
#include "RoleNoticePage.h"
#include "SettingsPage.h"
#include "SpendingPanel.h"
#include "WavesPage.h"
#include "domain/IndonesianFormat.h"
#include "domain/Timestamp.h"
#include "services/FunnelWatcher.h"
#include "services/IngestJob.h"
#include "services/NameIndexWatcher.h"
#include "services/Settings.h"
#include "store/DatabaseTarget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace prakerja {

namespace {
// The Partner platforms page: its title, then the platforms, and where the training money went on
// a tab of its own for the roles that see the money (view_dashboard).
QWidget* platformsPage(Workspace& workspace, const Session& session, QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    PageWidgets::addTitle(layout, MainWindow::tr("Mitra platform"), page);
    auto* platforms = new PlatformsPage(workspace, session);
    if (!session.can(Permission::ViewDashboard)) {
        platforms->layout()->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(platforms, 1);
        return page;
    }
    auto* tabs = new QTabWidget(page);
    tabs->setObjectName(QStringLiteral("platformTabs"));
    tabs->addTab(platforms, MainWindow::tr("Daftar platform"));
    tabs->addTab(new SpendingPanel(workspace, session), MainWindow::tr("Belanja pelatihan"));
    layout->addWidget(tabs, 1);
    return page;
}
} // namespace

MainWindow::MainWindow(Workspace& workspace, const Session& session, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace), m_session(session)
{
    // Qt adds the application's name (Translations::install) after the title, once and in the
    // interface's language: "admin (Administrator) — Konsol Operator Prakerja".
    setWindowTitle(tr("%1 (%2)").arg(session.operatorName(), roleLabel(session.role())));
    m_demoAvailable = session.can(Permission::IngestFeed) && workspace.isDemo();
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(200);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    // Its colours are the style sheet's (ui/style/console.qss, QListWidget#sidebar).
    m_pages = new QStackedWidget(this);
    // Sidebar and pages side by side with no gap (a splitter left an empty strip between them).
    auto* central = new QWidget(this);
    auto* sideBySide = new QHBoxLayout(central);
    sideBySide->setContentsMargins(0, 0, 0, 0);
    sideBySide->setSpacing(0);
    sideBySide->addWidget(m_sidebar);
    sideBySide->addWidget(m_pages, 1);
    setCentralWidget(central);

    // One poller for the whole window: the dashboard's snapshots and the status bar's count.
    m_watcher = new FunnelWatcher(workspace.paths(), workspace.keys(), session, this);
    // The name-token index is kept off the ingest path; this keeps it caught up whatever the page.
    auto* nameIndex = new NameIndexWatcher(workspace.paths(), workspace.keys(), this);
    nameIndex->setObjectName(QStringLiteral("nameIndexWatcher"));
    addPage(Page::Dashboard, tr("Dasbor"),
            canUse(Page::Dashboard, session) ? new DashboardPage(m_watcher, workspace, session, this) : nullptr);
    addPage(Page::Applicants, tr("Pendaftar"),
            canUse(Page::Applicants, session) ? new ApplicantsPage(workspace, session, this) : nullptr);
    addPage(Page::Waves, tr("Gelombang"), new WavesPage(workspace, session, this));
    addPage(Page::Catalogue, tr("Katalog pelatihan"), new CataloguePage(workspace, session, this));
    addPage(Page::Platforms, tr("Mitra platform"), platformsPage(workspace, session, this));
    addPage(Page::Audit, tr("Log audit"), new AuditPage(workspace, session, this));
    addPage(Page::Operators, tr("Operator"), new OperatorsPage(workspace, session, this));
    addPage(Page::Settings, tr("Pengaturan"), new SettingsPage(workspace, session, this));
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_sidebar, &QListWidget::currentRowChanged, this,
            [](int row) { Settings::instance().setValue(Settings::Key::LastPage, row); });

    // Which store and server this seat is on: "SQLite /path" or "PostgreSQL prakerja @ db1:5432".
    const auto target = DatabaseTarget::parse(workspace.paths().database);
    const QString where = target ? target.value().describe() : workspace.paths().database;
    m_database = new QLabel(tr("Basis data: %1").arg(where), this);
    m_database->setObjectName(QStringLiteral("databaseLocation"));
    m_applicants = new QLabel(this);
    m_applicants->setObjectName(QStringLiteral("applicantCount"));
    m_activity = new QLabel(this);
    m_stopDemo = new QPushButton(tr("Hentikan simulasi"), this);
    m_stopDemo->hide();
    statusBar()->addWidget(m_database, 1);
    statusBar()->addPermanentWidget(m_activity);
    statusBar()->addPermanentWidget(m_stopDemo);
    statusBar()->addPermanentWidget(m_applicants);
    m_applicants->setVisible(session.can(Permission::ViewDashboard)); // the figures are the dashboard's
    buildMenus();

    connect(m_watcher, &FunnelWatcher::registrationsChanged, this, &MainWindow::onRegistrations);
    connect(m_watcher, &FunnelWatcher::reachableChanged, this, [this, where](bool reachable, const QString& message) {
        // One line in the status bar; why (a file's path, the server's address) in the tooltip.
        m_database->setText(reachable ? tr("Basis data: %1").arg(where)
                                      : tr("Basis data tidak terjangkau — mencoba lagi…"));
        m_database->setToolTip(reachable ? QString() : message);
    });

    Settings& settings = Settings::instance();
    restoreGeometry(settings.value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(settings.value(Settings::Key::MainWindowState).toByteArray());
    // Each role starts where its work is (agents on Applicants, curators on the catalogue).
    showPage(landingPage(session));
    if (settings.value(Settings::Key::MainWindowGeometry).toByteArray().isEmpty()) {
        // 1280×800 at most, within the screen (a 1366×768 laptop keeps its panel visible).
        QSize size(1280, 800);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.94);
        resize(size);
    }
    new IdleLock(this, workspace, session); // IdleLockMinutes without input: hide and re-authenticate
}

MainWindow::~MainWindow() = default;

namespace {
// The permission a page needs to be of use; none for pages every role uses.
std::optional<Permission> pageNeeds(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Dashboard:
        return Permission::ViewDashboard;
    case MainWindow::Page::Applicants:
        return Permission::SearchApplicants;
    case MainWindow::Page::Waves:
        return Permission::ViewWaves;
    case MainWindow::Page::Audit:
        return Permission::ViewAudit;
    case MainWindow::Page::Operators:
        return Permission::ManageOperators;
    default:
        return std::nullopt;
    }
}
} // namespace

bool MainWindow::canUse(Page page, const Session& session)
{
    const auto needs = pageNeeds(page);
    return !needs || session.can(*needs);
}

MainWindow::Page MainWindow::landingPage(const Session& session)
{
    switch (session.role()) {
    case Role::CallCentreAgent:
        return Page::Applicants;
    case Role::CatalogueCurator:
        return Page::Catalogue;
    default:
        return Page::Dashboard;
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::addPage(Page page, const QString& title, QWidget* widget)
{
    Q_ASSERT(m_pages->count() == static_cast<int>(page));
    auto* item = new QListWidgetItem(title, m_sidebar);
    if (!canUse(page, m_session)) {
        // Shown greyed with who can use it; the page behind says the same (the services refuse too).
        delete widget;
        const QString who = tr("Halaman ini untuk %1.").arg(PageWidgets::rolesWith(*pageNeeds(page)));
        widget = new RoleNoticePage(
            title, who + u' ' + tr("Peran Anda (%1) tidak memerlukannya.").arg(roleLabel(m_session.role())));
        widget->setObjectName(QStringLiteral("notForRole"));
        item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        item->setToolTip(who);
    }
    m_pages->addWidget(widget);
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(static_cast<int>(page));
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Berkas"));
    QAction* import = file->addAction(tr("&Impor feed atau daftar NIK…"), this, [this] {
        ImportDialog dialog(m_workspace, m_session, this);
        dialog.exec();
    });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setEnabled(m_session.can(Permission::IngestFeed) || m_session.can(Permission::ImportReference));
    QAction* connectTo = file->addAction(tr("&Sambungkan ke basis data…"), this, [this] {
        ConnectionDialog dialog(m_workspace.paths().database, this);
        dialog.exec();
    });
    connectTo->setObjectName(QStringLiteral("connectAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Keluar"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* go = menuBar()->addMenu(tr("&Buka"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction* action = go->addAction(m_sidebar->item(i)->text(), this, [this, i] { m_sidebar->setCurrentRow(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setEnabled(m_sidebar->item(i)->flags() & Qt::ItemIsEnabled);
    }
    if (m_demoAvailable) { // a demo tool: not on a production database, not for roles that cannot ingest
        QMenu* tools = menuBar()->addMenu(tr("&Alat"));
        tools->addAction(tr("Jalankan simulasi hari peluncuran"), this, [this] {
            startDemoFeed(Settings::instance().value(Settings::Key::DemoSimulatorSpeed).toDouble());
        });
        QAction* past
            = tools->addAction(tr("Lanjutkan demo setelah seleksi (pengumuman, pembelian, insentif)"), this, [this] {
                  startDemoPastSelection(Settings::instance().value(Settings::Key::DemoSimulatorSpeed).toDouble());
              });
        past->setObjectName(QStringLiteral("demoPastSelection"));
        past->setEnabled(demoPastSelectionAvailable());
    }
    QMenu* help = menuBar()->addMenu(tr("Ba&ntuan"));
    // F1: the manual's page for the page on screen.
    QAction* manual = help->addAction(tr("&Panduan halaman ini"), this, &MainWindow::showHelp);
    manual->setObjectName(QStringLiteral("helpManual"));
    manual->setShortcut(QKeySequence(Qt::Key_F1));
    manual->setShortcutContext(Qt::ApplicationShortcut);
    help->addAction(tr("Tentang"), this, [this] {
        QMessageBox::about(this, tr("Tentang Konsol Operator Prakerja"),
                           tr("Konsol Operator Prakerja %1\nKode wilayah: cahyadsn/wilayah (MIT), © Cahya DSN.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

bool MainWindow::demoPastSelectionAvailable() const
{
    return m_demoAvailable && m_session.can(Permission::ManageWaves) && m_session.can(Permission::RunDraw);
}

void MainWindow::ensureSimulator()
{
    if (m_simulator)
        return;
    m_simulator = new IngestJob(m_workspace.paths(), m_workspace.keys(), m_session, this);
    connect(m_simulator, &IngestJob::progress, this, [this](const IngestSummary& s) {
        // At most four times a second: every new width relays out the status bar.
        if (!DashboardPage::legacySnapshotHandling() && m_activityShown.isValid() && m_activityShown.elapsed() < 250)
            return;
        m_activityShown.start();
        m_activity->setText(m_demoPhase == DemoPhase::PastSelection
                                ? tr("Demo setelah seleksi: %1 pembelian, penyelesaian, insentif dan survei")
                                      .arg(IndonesianFormat::number(s.accepted))
                                : tr("Simulasi berjalan: %1 kejadian").arg(IndonesianFormat::number(s.accepted)));
    });
    connect(m_simulator, &IngestJob::finished, this,
            [this](bool ok, const IngestSummary& summary, const QString& message) {
                m_stopDemo->hide();
                const DemoPhase phase = m_demoPhase;
                m_demoPhase = DemoPhase::None;
                if (!ok) {
                    m_activity->setText(tr("Simulasi gagal: %1").arg(message));
                    return;
                }
                // The launch day replayed to its end: its wave is announced and the money follows.
                if (phase == DemoPhase::LaunchDay && !summary.cancelled && demoPastSelectionAvailable()) {
                    startDemoPastSelection(m_demoSpeed);
                    return;
                }
                m_activity->setText(summary.cancelled ? tr("Simulasi dihentikan") : tr("Simulasi selesai"));
            });
    connect(m_stopDemo, &QPushButton::clicked, m_simulator, &IngestJob::cancel);
}

QString MainWindow::pageName(Page page)
{
    static const char* const kNames[]
        = {"dashboard", "applicants", "waves", "catalogue", "platforms", "audit", "operators", "settings"};
    return QString::fromLatin1(kNames[static_cast<int>(page)]);
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpBrowser(this);
    m_help->showPage(pageName(currentPage()));
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::startDemoFeed(double speed)
{
    if (m_simulator && m_simulator->isRunning())
        return;
    ensureSimulator();
    SimulatorOptions options;
    options.speed = speed;
    // The day ends now: its joins are all past when the wave is announced (at the clock's time).
    options.startMs = Timestamp::nowMs() - static_cast<qint64>(options.hours * static_cast<double>(Timestamp::kHour));
    m_demoPhase = DemoPhase::LaunchDay;
    m_demoSpeed = speed;
    m_simulator->start(
        [options](FeedService& feed, const FeedService::Sinks& sinks) { return feed.simulate(options, sinks); });
    m_stopDemo->show();
    m_activity->setText(tr("Simulasi dimulai…"));
}

void MainWindow::startDemoPastSelection(double speed)
{
    if (m_simulator && m_simulator->isRunning())
        return;
    ensureSimulator();
    PostSelectionOptions options;
    // 144 × the demo's speed: at the default 60, one simulated day per 10 s, the four months of
    // incentives in about 25 minutes.
    options.speed = speed * 144;
    m_demoPhase = DemoPhase::PastSelection;
    m_demoSpeed = speed;
    m_simulator->start([options](FeedService& feed, const FeedService::Sinks& sinks) {
        return feed.simulateDemoPastSelection(options, sinks);
    });
    m_stopDemo->show();
    m_activity->setText(tr("Demo setelah seleksi: gelombang 1 diundi dan diumumkan…"));
}

void MainWindow::onRegistrations(qint64 registered)
{
    m_applicants->setText(tr("%1 pendaftar").arg(IndonesianFormat::number(registered)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings& settings = Settings::instance();
    settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::MainWindowState, saveState());
    if (m_simulator)
        m_simulator->cancel();
    event->accept();
}

} // namespace prakerja
