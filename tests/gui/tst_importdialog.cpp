// The import dialog runs the real ingest in the background and lists rejects with their lines.
#include "ConfirmDialog.h"
#include "ImportDialog.h"
#include "TestSupport.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
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
    void referenceListConfirmedAndTakenBack();
    void kemnakerListAsksForItsSource();
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
    QCOMPARE(stageTotal(scratch.db(), EventType::Registered), 2);
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

void TestImportDialog::referenceListConfirmedAndTakenBack()
{
    ScratchDatabase scratch;
    const QString listPath = scratch.path(QStringLiteral("dtks.csv"));
    QFile list(listPath);
    QVERIFY(list.open(QIODevice::WriteOnly));
    const CivilDate birth{1995, 3, 3};
    list.write("nik\n");
    for (int serial = 1; serial <= 3; ++serial)
        list.write(makeNik(birth, Sex::Female, serial).toLatin1() + '\n');
    list.close();
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    ImportDialog dialog(*workspace.value(), Session(1, QStringLiteral("admin"), Role::Administrator));
    dialog.show();
    const auto cleanup = qScopeGuard([] { ConfirmDialog::setTestHook({}); });
    auto* counts = dialog.findChild<QLabel*>(QStringLiteral("importCounts"));
    // The question names the kind, the file and the NIKs counted; Cancel writes nothing.
    QString asked;
    ConfirmDialog::setTestHook([&](ConfirmDialog* d) {
        asked = d->text();
        QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
    });
    dialog.startImport(listPath, 2); // DTKS
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains(QStringLiteral("DTKS")) || asked.contains(QStringLiteral("dtks")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("dtks.csv")) && asked.contains(QStringLiteral("<b>3</b> baris NIK")),
             qPrintable(asked));
    QTRY_VERIFY(!dialog.isRunning());
    QCOMPARE(scratch.db().scalar(QStringLiteral("SELECT COUNT(*) FROM reference_lists")).toInt(), 0);
    ConfirmDialog::setTestHook([](ConfirmDialog* d) { QTest::mouseClick(d->confirmButton(), Qt::LeftButton); });
    dialog.startImport(listPath, 2);
    QTRY_VERIFY_WITH_TIMEOUT(counts->text() == QStringLiteral("Diterima 3 · duplikat 0 · ditolak 0"), 10000);
    QCOMPARE(scratch.db().scalar(QStringLiteral("SELECT COUNT(*) FROM reference_lists")).toInt(), 3);
    // Taken back from the same dialog.
    auto* undo = dialog.findChild<QPushButton*>(QStringLiteral("importUndo"));
    QVERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_VERIFY2(counts->text().startsWith(QStringLiteral("Impor 1 dihapus: 3 NIK")), qPrintable(counts->text()));
    QCOMPARE(scratch.db().scalar(QStringLiteral("SELECT COUNT(*) FROM reference_lists")).toInt(), 0);
    QVERIFY(!undo->isVisible());
}

void TestImportDialog::kemnakerListAsksForItsSource()
{
    ScratchDatabase scratch;
    const QString listPath = scratch.path(QStringLiteral("pekerja.txt"));
    QFile list(listPath);
    QVERIFY(list.open(QIODevice::WriteOnly));
    const CivilDate birth{1988, 7, 1};
    for (int serial = 1; serial <= 2; ++serial)
        list.write(makeNik(birth, Sex::Male, serial).toLatin1() + '\n');
    list.close();
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    ImportDialog dialog(*workspace.value(), Session(1, QStringLiteral("admin"), Role::Administrator));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto cleanup = qScopeGuard([] { ConfirmDialog::setTestHook({}); });
    auto* source = dialog.findChild<QLineEdit*>(QStringLiteral("importSource"));
    QVERIFY(!source->isVisible()); // the feed needs no source
    QString asked;
    ConfirmDialog::setTestHook([&](ConfirmDialog* d) {
        asked = d->text();
        QTest::mouseClick(d->confirmButton(), Qt::LeftButton);
    });
    // Without a source the import does not start; the message says what to type.
    dialog.startImport(listPath, 3); // Kemnaker
    QVERIFY(source->isVisible());
    QVERIFY(!dialog.isRunning());
    bool shown = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        shown |= label->isVisible() && label->text().contains(QStringLiteral("Sumber daftar harus diisi"));
    QVERIFY(shown);
    QVERIFY(asked.isEmpty());
    QTest::keyClicks(source, QStringLiteral("Disnaker Kota Bandung"));
    dialog.startImport(listPath, 3);
    auto* counts = dialog.findChild<QLabel*>(QStringLiteral("importCounts"));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text() == QStringLiteral("Diterima 2 · duplikat 0 · ditolak 0"), 10000);
    QVERIFY2(asked.contains(QStringLiteral("Sumber: Disnaker Kota Bandung")), qPrintable(asked));
    QCOMPARE(scratch.db().scalar(QStringLiteral("SELECT source FROM reference_sources")).toString(),
             QStringLiteral("Disnaker Kota Bandung"));
    QCOMPARE(scratch.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM reference_lists r JOIN reference_sources s"
                                        " ON s.import_id = r.import_id WHERE r.list = 3"))
                 .toInt(),
             2);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
