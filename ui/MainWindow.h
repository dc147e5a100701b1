#pragma once
// The console's main window: a sidebar of pages, the page area, and a status bar with the
// database, the applicant count and background work. Window state is remembered.

#include "domain/Session.h"
#include "services/Workspace.h"

#include <QElapsedTimer>
#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;
class QPushButton;

namespace prakerja {

class FunnelWatcher;
class HelpBrowser;
class IngestJob;

class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY(MainWindow)
public:
    enum class Page { Dashboard, Applicants, Waves, Catalogue, Platforms, Audit, Operators, Settings };

    MainWindow(Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    // Whether the operator's role can use a page, and the page each role starts on.
    static bool canUse(Page page, const Session& session);
    static Page landingPage(const Session& session);
    Page currentPage() const;
    // The launch-day simulator is offered only on a demo database, to a role that may ingest.
    bool demoAvailable() const { return m_demoAvailable; }
    // Starts the launch-day simulator in the background (first start, or Tools menu). The
    // replayed day ends at this moment (its first registration `hours` ago, paced at `speed`), so
    // that its wave can be announced now; when it ends, the demo goes on past selection.
    void startDemoFeed(double speed);
    // The demo past selection: wave 1 closed, drawn and announced now, then its participants'
    // purchases, completions, incentives and surveys (one simulated day per 10 s at speed 60).
    void startDemoPastSelection(double speed);
    // Whether the role may take the demo past selection (manage_waves and run_draw too).
    bool demoPastSelectionAvailable() const;
    QLabel* applicantCountLabel() const { return m_applicants; }
    // The page's name in file names: the manual's page (docs/manual/<lang>/<name>.md), screenshots.
    static QString pageName(Page page);
    // Help › Manual and F1: the manual's page for the current page.
    void showHelp();
    HelpBrowser* helpBrowser() const { return m_help; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page page, const QString& title, QWidget* widget);
    void onRegistrations(qint64 registered);
    void buildMenus();
    void ensureSimulator();

    Workspace& m_workspace;
    Session m_session;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_database = nullptr;
    QLabel* m_applicants = nullptr;
    QLabel* m_activity = nullptr;
    QElapsedTimer m_activityShown; // the simulator's progress line, updated at most every 250 ms
    QPushButton* m_stopDemo = nullptr;
    FunnelWatcher* m_watcher = nullptr;
    IngestJob* m_simulator = nullptr;
    bool m_demoAvailable = false;
    enum class DemoPhase { None, LaunchDay, PastSelection };
    DemoPhase m_demoPhase = DemoPhase::None;
    double m_demoSpeed = 0;
    HelpBrowser* m_help = nullptr;
};

} // namespace prakerja
