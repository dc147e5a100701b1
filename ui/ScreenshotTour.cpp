#include "ScreenshotTour.h"

#include "DashboardPage.h"
#include "MainWindow.h"
#include "itemmodels/TrainingTableModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace prakerja {

namespace {
constexpr int kPages = static_cast<int>(MainWindow::Page::Settings) + 1;
// Pages load on workers and charts animate: 3 s each, or PRAKERJA_SCREENSHOT_SETTLE_MS (the test
// run's quick tour on a small database, tests/gui/screenshots.sh).
int settleMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("PRAKERJA_SCREENSHOT_SETTLE_MS", &ok);
    return ok && ms > 0 ? ms : 3000;
}
const char* const kNames[kPages]
    = {"dashboard", "applicants", "waves", "catalogue", "platforms", "audit", "operators", "settings"};
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow* window, const QString& directory, const QString& prefix, QObject* parent)
    : QObject(parent), m_window(window), m_directory(directory), m_prefix(prefix)
{ }

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    // The landing page first, as the operator meets it.
    QTimer::singleShot(settleMs(), this, [this] {
        m_window->grab().save(QDir(m_directory).filePath(m_prefix + QStringLiteral("-landing.png")));
        next();
    });
}

void ScreenshotTour::next()
{
    ++m_page;
    if (m_page >= kPages) {
        QCoreApplication::quit();
        return;
    }
    m_window->showPage(static_cast<MainWindow::Page>(m_page));
    QTimer::singleShot(settleMs(), this, [this] {
        const QString name = QString::fromLatin1(kNames[m_page]);
        const QString base = QDir(m_directory).filePath(m_prefix + u'-' + name);
        m_window->grab().save(base + QStringLiteral(".png"));
        // The dashboard whole (every chart, below the fold too) and its PDF report.
        if (auto* dashboard = m_window->findChild<DashboardPage*>();
            dashboard && m_page == static_cast<int>(MainWindow::Page::Dashboard) && dashboard->isVisible()) {
            dashboard->exportPdf(base + QStringLiteral("-report.pdf")); // draws the charts below the fold too
            if (auto* scroll = dashboard->findChild<QScrollArea*>())
                scroll->widget()->grab().save(base + QStringLiteral("-full.png"));
        }
        if (m_page == static_cast<int>(MainWindow::Page::Catalogue)) {
            scrollCatalogue(400, base);
            return;
        }
        // A page's second tab (the Applicants page's tickets, the Waves page's list coverage, the Partner
        // platforms page's spending).
        QTabWidget* tabs = nullptr;
        for (const char* objectName : {"applicantTabs", "listTabs", "platformTabs"})
            if (auto* t = m_window->findChild<QTabWidget*>(QLatin1StringView(objectName)); t && t->isVisible())
                tabs = t;
        if (!tabs || tabs->count() < 2) {
            next();
            return;
        }
        tabs->setCurrentIndex(1);
        QTimer::singleShot(settleMs(), this, [this, tabs, base] {
            m_window->grab().save(base + QStringLiteral("-tab2.png"));
            tabs->setCurrentIndex(0);
            next();
        });
    });
}

void ScreenshotTour::scrollCatalogue(int rounds, const QString& base)
{
    QTableView* table = nullptr;
    for (QTableView* view : m_window->findChildren<QTableView*>())
        if (view->isVisible() && qobject_cast<TrainingTableModel*>(view->model()))
            table = view;
    auto* model = table ? static_cast<TrainingTableModel*>(table->model()) : nullptr;
    if (!model || rounds <= 0 || (!model->canFetchMore({}) && !model->isLoading())) {
        if (table)
            table->scrollToBottom();
        QTimer::singleShot(500, this, [this, base] {
            m_window->grab().save(base + QStringLiteral("-end.png"));
            next();
        });
        return;
    }
    table->scrollToBottom(); // the view asks for the next page (fetchMore) as an operator's would
    QTimer::singleShot(100, this, [this, rounds, base] { scrollCatalogue(rounds - 1, base); });
}

} // namespace prakerja
