// Accessibility of every page (issue 18): each widget that takes keyboard focus, each chart and
// each figure tile has a name a screen reader can say (its own accessible name, its text, or
// its label's), and Tab reaches every focusable widget of a page.
#include "ChartPanel.h"
#include "MainWindow.h"
#include "StageTile.h"
#include "TestSupport.h"

#include "domain/Session.h"
#include "services/Workspace.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

namespace {
QString accessibleName(QWidget* w)
{
    // A tab bar is read tab by tab: each tab is named by its text.
    if (auto* bar = qobject_cast<QTabBar*>(w)) {
        for (int i = 0; i < bar->count(); ++i)
            if (bar->tabText(i).trimmed().isEmpty())
                return {};
        return bar->count() > 0 ? bar->tabText(bar->currentIndex()) : QString();
    }
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget* w)
{
    QStringList path;
    for (const QWidget* p = w; p && !p->inherits("QStackedWidget"); p = p->parentWidget())
        path.prepend(QStringLiteral("%1(%2)").arg(QString::fromLatin1(p->metaObject()->className()), p->objectName()));
    return path.join(u'/');
}

// What Tab can land on: shown, enabled, taking focus by Tab. The cells of a view are reached
// with the arrow keys once the view has focus.
bool focusable(const QWidget* w)
{
    if (auto* bar = qobject_cast<const QTabBar*>(w); bar && bar->count() == 0)
        return false; // no tab yet (a page still loading): nothing to land on
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

const char* const kPages[]
    = {"Dashboard", "Applicants", "Waves", "Catalogue", "Platforms", "Audit", "Operators", "Settings"};
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyPageNamesItsWidgets_data();
    void everyPageNamesItsWidgets();
    void chartsAndTilesAreNamed();

private:
    ScratchDatabase m_scratch;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QByteArray data;
    for (int i = 1; i <= 5; ++i)
        data += registeredLine(makeNik(CivilDate{1990, 1, 1}, Sex::Male, i), QStringLiteral("u%1@x.id").arg(i),
                               CivilDate{1990, 1, 1})
            + '\n';
    ingestFeed(m_scratch.db(), data, 100);
    auto workspace = Workspace::open(WorkspacePaths{m_scratch.dbPath(), m_scratch.keyPath()});
    QVERIFY(workspace.ok());
    m_workspace = std::move(workspace).value();
    m_window = std::make_unique<MainWindow>(*m_workspace, Session(1, QStringLiteral("admin"), Role::Administrator));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::everyPageNamesItsWidgets_data()
{
    QTest::addColumn<int>("page");
    for (int p = 0; p < int(std::size(kPages)); ++p)
        QTest::newRow(kPages[p]) << p;
}

void TestAccessibility::everyPageNamesItsWidgets()
{
    QFETCH(int, page);
    m_window->showPage(static_cast<MainWindow::Page>(page));
    auto* pages = m_window->findChild<QStackedWidget*>();
    QVERIFY(pages);
    QWidget* current = pages->currentWidget();
    QTRY_VERIFY(current->isVisible());
    QList<QWidget*> widgets;
    for (QWidget* w : current->findChildren<QWidget*>())
        if (focusable(w))
            widgets << w;
    QVERIFY2(!widgets.isEmpty(), kPages[page]);
    QStringList unnamed;
    for (QWidget* w : std::as_const(widgets))
        if (accessibleName(w).isEmpty())
            unnamed << describe(w);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"unnamed: "_qs + unnamed.join(QStringLiteral(", "))));

    // Tab from the first widget reaches every focusable widget of the page before it leaves it.
    widgets.first()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), widgets.first());
    QSet<QWidget*> reached{widgets.first()};
    for (int step = 0; step < 4 * widgets.size() && reached.size() < widgets.size(); ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QWidget* f = QApplication::focusWidget(); f && widgets.contains(f))
            reached.insert(f);
    }
    QStringList missed;
    for (QWidget* w : std::as_const(widgets))
        if (!reached.contains(w))
            missed << describe(w);
    QVERIFY2(missed.isEmpty(), qPrintable(u"not reached by Tab: "_qs + missed.join(QStringLiteral(", "))));
}

void TestAccessibility::chartsAndTilesAreNamed()
{
    QStringList unnamed;
    for (QWidget* w : m_window->findChildren<QWidget*>()) {
        const bool chartOrTile = qobject_cast<QChartView*>(w) || qobject_cast<ChartPanel*>(w)
            || qobject_cast<StageTile*>(w) || w->objectName().startsWith(u"tile"_qs)
            || w->objectName().startsWith(u"figure"_qs);
        if (chartOrTile && w->accessibleName().trimmed().isEmpty())
            unnamed << describe(w);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    // The dashboard's charts and tiles exist to be checked.
    QVERIFY(m_window->findChildren<ChartPanel*>().size() >= 6);
    QVERIFY(m_window->findChildren<StageTile*>().size() >= 6);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
