// The main window offscreen: sidebar pages, keyboard navigation, and the live applicant count.
#include "MainWindow.h"
#include "TestSupport.h"

#include "domain/Session.h"
#include "io/FeedIngestor.h"

#include <QApplication>
#include <QBuffer>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sidebarAndStatusBar();
    void eachRoleLandsOnItsPage_data();
    void eachRoleLandsOnItsPage();
    void simulatorOnlyOnADemoDatabase();
};

void TestMainWindow::sidebarAndStatusBar()
{
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    MainWindow window(*workspace.value(), Session(1, QStringLiteral("admin"), Role::Administrator));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QCOMPARE(sidebar->count(), 8);
    auto* pages = window.findChild<QStackedWidget*>();
    QVERIFY(pages);
    window.showPage(MainWindow::Page::Waves);
    QCOMPARE(pages->currentIndex(), int(MainWindow::Page::Waves));
    // Ctrl+1 goes to the dashboard.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(pages->currentIndex(), int(MainWindow::Page::Dashboard));

    // Another connection commits: the status bar follows within a poll or two.
    QBuffer feed;
    QByteArray data;
    for (int i = 1; i <= 3; ++i)
        data += registeredLine(makeNik(CivilDate{1990, 1, 1}, Sex::Male, i), QStringLiteral("u%1@x.id").arg(i),
                               CivilDate{1990, 1, 1})
            + '\n';
    feed.setData(data);
    feed.open(QIODevice::ReadOnly);
    QVERIFY(FeedIngestor(scratch.db()).ingest(FeedIngestor::linesOf(feed)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(window.applicantCountLabel()->text(), QStringLiteral("3 pendaftar"), 5000);
}

void TestMainWindow::eachRoleLandsOnItsPage_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("landing");
    QTest::addColumn<QList<int>>("closed"); // pages shown greyed, with who can use them
    using P = MainWindow::Page;
    QTest::newRow("administrator") << int(Role::Administrator) << int(P::Dashboard) << QList<int>{};
    QTest::newRow("analyst") << int(Role::Analyst) << int(P::Dashboard) << QList<int>{int(P::Audit), int(P::Operators)};
    QTest::newRow("curator") << int(Role::CatalogueCurator) << int(P::Catalogue)
                             << QList<int>{int(P::Applicants), int(P::Audit), int(P::Operators)};
    QTest::newRow("agent") << int(Role::CallCentreAgent) << int(P::Applicants)
                           << QList<int>{int(P::Dashboard), int(P::Audit), int(P::Operators)};
}

void TestMainWindow::eachRoleLandsOnItsPage()
{
    QFETCH(int, role);
    QFETCH(int, landing);
    QFETCH(QList<int>, closed);
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    MainWindow window(*workspace.value(), Session(7, QStringLiteral("budi"), static_cast<Role>(role)));
    window.show();
    QCOMPARE(int(window.currentPage()), landing);
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    auto* pages = window.findChild<QStackedWidget*>();
    for (int p = 0; p < sidebar->count(); ++p) {
        const bool open = sidebar->item(p)->flags() & Qt::ItemIsEnabled;
        QCOMPARE(open, !closed.contains(p));
        QCOMPARE(pages->widget(p)->objectName() == u"notForRole", !open);
        if (open)
            continue;
        // Who can use it, in words; never a permission's code.
        const QString why = sidebar->item(p)->toolTip();
        QVERIFY2(why.contains(QStringLiteral("Administrator")), qPrintable(why));
        QVERIFY2(!why.contains(u'_'), qPrintable(why));
        for (const QLabel* label : pages->widget(p)->findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(QStringLiteral("view_"))
                         && !label->text().contains(QStringLiteral("manage_")),
                     qPrintable(label->text()));
    }
    // Nothing on the landing page names a permission code either.
    for (const QLabel* label : pages->currentWidget()->findChildren<QLabel*>())
        QVERIFY2(!label->text().contains(QStringLiteral("izin")), qPrintable(label->text()));
}

void TestMainWindow::simulatorOnlyOnADemoDatabase()
{
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    const auto menus = [](const MainWindow& w) {
        QStringList titles;
        for (const QAction* a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    };
    const Session admin(1, QStringLiteral("admin"), Role::Administrator);
    {
        MainWindow production(*workspace.value(), admin);
        QVERIFY(!production.demoAvailable());
        QVERIFY2(!menus(production).contains(QStringLiteral("&Alat")), qPrintable(menus(production).join(u',')));
    }
    QVERIFY(workspace.value()->markDemo());
    MainWindow demo(*workspace.value(), admin);
    QVERIFY(demo.demoAvailable());
    QVERIFY(menus(demo).contains(QStringLiteral("&Alat")));
    MainWindow analyst(*workspace.value(), Session(2, QStringLiteral("analis"), Role::Analyst)); // cannot ingest
    QVERIFY(!analyst.demoAvailable());
    QVERIFY(!menus(analyst).contains(QStringLiteral("&Alat")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
