// The import dialog runs the real ingest in the background and lists rejects with their lines.
#include "ImportDialog.h"
#include "TestSupport.h"

#include "store/StageTotals.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsFeedAndListsRejects();
    void missingFileShownNextToField();
};

void TestImportDialog::importsFeedAndListsRejects()
{
    ScratchDatabase scratch;
    const QString feedPath = scratch.path(QStringLiteral("feed.jsonl"));
    QFile feed(feedPath);
    QVERIFY(feed.open(QIODevice::WriteOnly));
    const CivilDate birth{1995, 3, 3};
    feed.write(registeredLine(makeNik(birth, Sex::Female, 1), QStringLiteral("a@x.id"), birth) + '\n');
    feed.write("not json\n");
    feed.write(registeredLine(makeNik(birth, Sex::Female, 2), QStringLiteral("b@x.id"), birth) + '\n');
    feed.close();
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    ImportDialog dialog(*workspace.value(), Session(1, QStringLiteral("admin"), Role::Administrator));
    dialog.show();
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("importPath"));
    QTest::keyClicks(path, feedPath);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importStart")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 10000);
    auto* counts = dialog.findChild<QLabel*>(QStringLiteral("importCounts"));
    QTRY_COMPARE(counts->text(), QStringLiteral("Diterima 2 · duplikat 0 · ditolak 1"));
    auto* rejects = dialog.findChild<QTableWidget*>(QStringLiteral("importRejects"));
    QCOMPARE(rejects->rowCount(), 1);
    QCOMPARE(rejects->item(0, 0)->text(), QStringLiteral("2"));
    QCOMPARE(rejects->item(0, 1)->text(), QStringLiteral("malformed_json"));
    QCOMPARE(StageTotals::read(scratch.db()).value(EventType::Registered), 2);
}

void TestImportDialog::missingFileShownNextToField()
{
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    ImportDialog dialog(*workspace.value(), Session(1, QStringLiteral("admin"), Role::Administrator));
    dialog.show();
    dialog.startImport(scratch.path(QStringLiteral("nope.jsonl")), 0);
    QVERIFY(!dialog.isRunning());
    bool shown = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        shown |= label->isVisible() && label->text().contains(QStringLiteral("dapat dibaca"));
    QVERIFY(shown);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
