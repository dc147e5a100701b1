#include "MainWindow.h"

#include "AuditPage.h"
#include "CataloguePage.h"
#include "DashboardPage.h"
#include "IdleLock.h"
#include "ImportDialog.h"
#include "OperatorsPage.h"
#include "PlaceholderPage.h"
#include "PlatformsPage.h"
#include "SettingsPage.h"
#include "WavesPage.h"
#include "domain/IndonesianFormat.h"
#include "domain/Timestamp.h"
#include "services/FunnelWatcher.h"
#include "services/IngestJob.h"
#include "services/Settings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace prakerja {

MainWindow::MainWindow(Workspace& workspace, const Session& session, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace), m_session(session)
{
    setWindowTitle(tr("Konsol Operator Prakerja — %1").arg(session.operatorName()));
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(200);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget { background: #1f3a5f; color: white; font-size: 11pt; }"
                                            "QListWidget::item { padding: 10px 14px; border: none; }"
                                            "QListWidget::item:selected { background: #3d6aa2; padding: 10px 14px; }"));
    m_pages = new QStackedWidget(this);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    // One poller for the whole window: the dashboard's snapshots and the status bar's count.
    m_watcher = new FunnelWatcher(workspace.paths(), workspace.keys(), session, this);
    addPage(Page::Dashboard, tr("Dasbor"), new DashboardPage(m_watcher, workspace, session, this));
    addPage(Page::Applicants, tr("Pendaftar"),
            new PlaceholderPage(tr("Pendaftar"),
                                tr("Pencarian pendaftar berdasarkan NIK, email atau telepon untuk "
                                   "agen call center, dengan data pribadi tersamar dan tercatat.")));
    addPage(Page::Waves, tr("Gelombang"), new WavesPage(workspace, session, this));
    addPage(Page::Catalogue, tr("Katalog pelatihan"), new CataloguePage(workspace, session, this));
    addPage(Page::Platforms, tr("Mitra platform"), new PlatformsPage(workspace, session, this));
    addPage(Page::Audit, tr("Log audit"), new AuditPage(workspace, session, this));
    addPage(Page::Operators, tr("Operator"), new OperatorsPage(workspace, session, this));
    addPage(Page::Settings, tr("Pengaturan"), new SettingsPage(workspace, session, this));
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_sidebar, &QListWidget::currentRowChanged, this,
            [](int row) { Settings::instance().setValue(Settings::Key::LastPage, row); });

    m_database = new QLabel(tr("Basis data: %1").arg(workspace.paths().database), this);
    m_applicants = new QLabel(this);
    m_applicants->setObjectName(QStringLiteral("applicantCount"));
    m_activity = new QLabel(this);
    m_stopDemo = new QPushButton(tr("Hentikan simulasi"), this);
    m_stopDemo->hide();
    statusBar()->addWidget(m_database, 1);
    statusBar()->addPermanentWidget(m_activity);
    statusBar()->addPermanentWidget(m_stopDemo);
    statusBar()->addPermanentWidget(m_applicants);
    buildMenus();

    connect(m_watcher, &FunnelWatcher::registrationsChanged, this, &MainWindow::onRegistrations);
    connect(m_watcher, &FunnelWatcher::reachableChanged, this, [this](bool reachable, const QString& message) {
        m_database->setText(reachable ? tr("Basis data: %1").arg(m_workspace.paths().database)
                                      : tr("Basis data tidak terjangkau: %1 — mencoba lagi…").arg(message));
    });

    Settings& settings = Settings::instance();
    restoreGeometry(settings.value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(settings.value(Settings::Key::MainWindowState).toByteArray());
    m_sidebar->setCurrentRow(std::clamp(settings.value(Settings::Key::LastPage).toInt(), 0, m_pages->count() - 1));
    if (settings.value(Settings::Key::MainWindowGeometry).toByteArray().isEmpty())
        resize(1280, 800);
    new IdleLock(this, workspace, session); // IdleLockMinutes without input: hide and re-authenticate
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString& title, QWidget* widget)
{
    Q_ASSERT(m_pages->count() == static_cast<int>(page));
    m_sidebar->addItem(title);
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
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Keluar"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* go = menuBar()->addMenu(tr("&Buka"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction* action = go->addAction(m_sidebar->item(i)->text(), this, [this, i] { m_sidebar->setCurrentRow(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    QMenu* tools = menuBar()->addMenu(tr("&Alat"));
    tools->addAction(tr("Jalankan simulasi hari peluncuran"), this, [this] {
        startDemoFeed(Settings::instance().value(Settings::Key::DemoSimulatorSpeed).toDouble());
    });
    QMenu* help = menuBar()->addMenu(tr("Ba&ntuan"));
    help->addAction(tr("Tentang"), this, [this] {
        QMessageBox::about(this, tr("Tentang Konsol Operator Prakerja"),
                           tr("Konsol Operator Prakerja %1\nKode wilayah: cahyadsn/wilayah (MIT), © Cahya DSN.")
                               .arg(QStringLiteral(PRAKERJA_VERSION)));
    });
}

void MainWindow::startDemoFeed(double speed)
{
    if (m_simulator && m_simulator->isRunning())
        return;
    if (!m_simulator) {
        m_simulator = new IngestJob(m_workspace.paths(), m_workspace.keys(), m_session, this);
        connect(m_simulator, &IngestJob::progress, this, [this](const IngestSummary& s) {
            m_activity->setText(tr("Simulasi berjalan: %1 kejadian").arg(IndonesianFormat::number(s.accepted)));
        });
        connect(m_simulator, &IngestJob::finished, this, [this](bool ok, const IngestSummary&, const QString& message) {
            m_stopDemo->hide();
            m_activity->setText(ok ? tr("Simulasi selesai") : tr("Simulasi gagal: %1").arg(message));
        });
        connect(m_stopDemo, &QPushButton::clicked, m_simulator, &IngestJob::cancel);
    }
    SimulatorOptions options;
    options.speed = speed;
    options.startMs = Timestamp::nowMs();
    m_simulator->start(
        [options](FeedService& feed, const FeedService::Sinks& sinks) { return feed.simulate(options, sinks); });
    m_stopDemo->show();
    m_activity->setText(tr("Simulasi dimulai…"));
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
