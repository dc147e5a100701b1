// Help › Manual and F1: the manual's page for the page on screen, in the interface's language.
#include "HelpBrowser.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"

#include "domain/Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>

using namespace prakerja;
using namespace prakerja::test;

class TestHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void f1OpensThePagesManual_data();
    void f1OpensThePagesManual();
    void everyPageHasAManualPage();
};

void TestHelp::f1OpensThePagesManual_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("heading");
    QTest::newRow("waves, Indonesian") << "id" << int(MainWindow::Page::Waves) << "id/waves.md"
                                       << "Gelombang";
    QTest::newRow("catalogue, English") << "en" << int(MainWindow::Page::Catalogue) << "en/catalogue.md"
                                        << "Training catalogue";
    QTest::newRow("audit, Indonesian") << "id" << int(MainWindow::Page::Audit) << "id/audit.md"
                                       << "Log audit";
}

void TestHelp::f1OpensThePagesManual()
{
    QFETCH(QString, language);
    QFETCH(int, page);
    QFETCH(QString, file);
    QFETCH(QString, heading);
    QVERIFY2(!HelpBrowser::manualDirectory().isEmpty(), "docs/manual not found");
    Translations::install(language);
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    MainWindow window(*workspace.value(), Session(1, QStringLiteral("admin"), Role::Administrator));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(static_cast<MainWindow::Page>(page));
    QCOMPARE(window.helpBrowser(), nullptr);
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(window.helpBrowser() && window.helpBrowser()->isVisible());
    QVERIFY2(window.helpBrowser()->currentFile().endsWith(u'/' + file),
             qPrintable(window.helpBrowser()->currentFile()));
    auto* text = window.helpBrowser()->findChild<QTextBrowser*>(QStringLiteral("helpText"));
    QVERIFY(text);
    QVERIFY2(text->toPlainText().startsWith(heading), qPrintable(text->toPlainText().left(80)));
    // Another page, F1 again: the same window follows.
    window.showPage(MainWindow::Page::Settings);
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(window.helpBrowser()->currentFile().endsWith(u'/' + language + QStringLiteral("/settings.md")));
    Translations::install(QStringLiteral("id"));
}

// Each sidebar page has its manual page in both languages, each naming its screenshots that exist.
void TestHelp::everyPageHasAManualPage()
{
    const QString root = HelpBrowser::manualDirectory();
    QVERIFY(!root.isEmpty());
    for (const char* language : {"id", "en"})
        for (int p = 0; p <= int(MainWindow::Page::Settings); ++p) {
            const QString path = root + u'/' + QLatin1StringView(language) + u'/'
                + MainWindow::pageName(static_cast<MainWindow::Page>(p)) + QStringLiteral(".md");
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(f.readAll());
            static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
            for (auto it = image.globalMatch(text); it.hasNext();) {
                const QString target = QFileInfo(path).dir().filePath(it.next().captured(1));
                QVERIFY2(QFileInfo::exists(target), qPrintable(path + QStringLiteral(": ") + target));
            }
        }
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
