// The main window offscreen: sidebar pages, keyboard navigation, and the live applicant count.
#include "MainWindow.h"
#include "TestSupport.h"

#include "domain/Session.h"
#include "io/FeedIngestor.h"

#include <QApplication>
#include <QBuffer>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sidebarAndStatusBar();
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
