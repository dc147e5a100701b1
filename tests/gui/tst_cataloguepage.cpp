// The catalogue and platforms pages offscreen: filtering the table (search and two filters),
// sorting, editing a training with a message next to a bad field, a conflict with a save
// from another connection resolved both ways, an agent's read-only published view, and the
// platforms page's counts. The table model passes QAbstractItemModelTester.
#include "CataloguePage.h"
#include "ConflictDialog.h"
#include "PlatformsPage.h"
#include "TestSupport.h"
#include "TrainingEditor.h"

#include "domain/IndonesianFormat.h"
#include "itemmodels/TrainingTableModel.h"
#include "services/CatalogService.h"
#include "services/PlatformService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

namespace {
const Session kCurator(2, QStringLiteral("kurator"), Role::CatalogueCurator);
const Session kAgent(4, QStringLiteral("agen"), Role::CallCentreAgent);
} // namespace

class TestCataloguePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filterEditAndResolveConflict();
    void agentSeesPublishedReadOnly();
    void pagesNamesAndLayout();
    void platformsPageCounts();

private:
    QTemporaryDir m_config;
};

void TestCataloguePage::initTestCase()
{
    QVERIFY(m_config.isValid());
    qRegisterMetaType<ConflictDialog*>();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

void TestCataloguePage::filterEditAndResolveConflict()
{
    ScratchDatabase scratch;
    QVERIFY(CatalogService(scratch.db(), {}).seedDemo(kCurator));
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace);
    CataloguePage page(*workspace.value(), kCurator);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy searched(&page, &CataloguePage::searchFinished);
    page.resize(1300, 800);
    page.show();
    QTRY_VERIFY(searched.count() >= 1 && !page.isSearching());
    QVERIFY(page.model()->totalCount() >= 900);

    // Full-text search (a prefix, diacritics folded) and two filters.
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("catalogSearch"));
    QTest::keyClicks(search, QStringLiteral("warung kop"));
    QTRY_VERIFY(!page.isSearching() && page.model()->rowCount() > 0 && page.model()->rowCount() < 50);
    auto* platform = page.findChild<QComboBox*>(QStringLiteral("filterPlatform"));
    QTRY_VERIFY(platform->count() == 9);
    platform->setCurrentIndex(platform->findData(QStringLiteral("TOKOPEDIA")));
    auto* level = page.findChild<QComboBox*>(QStringLiteral("filterLevel"));
    level->setCurrentIndex(level->findData(int(TrainingLevel::Beginner)));
    QTRY_VERIFY(!page.isSearching() && page.model()->rowCount() == 1);
    QCOMPARE(page.model()->training(0).title, QStringLiteral("Manajemen Warung Kopi"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("catalogCount"))->text(), QStringLiteral("1 pelatihan"));

    // Edit: a bad price is shown next to the field and Save waits for a good one.
    page.table()->selectRow(0);
    QTRY_VERIFY(page.editor()->hasTraining());
    const qint64 id = page.editor()->loaded().id;
    auto* price = page.findChild<QLineEdit*>(QStringLiteral("editPrice"));
    auto* priceError = page.findChild<QLabel*>(QStringLiteral("error_price"));
    auto* save = page.findChild<QPushButton*>(QStringLiteral("editSave"));
    price->selectAll();
    QTest::keyClicks(price, QStringLiteral("1.500.000"));
    QVERIFY(priceError->isVisible());
    QVERIFY(priceError->text().contains(QStringLiteral("Rp 1.000.000")));
    QVERIFY(!save->isEnabled());
    price->selectAll();
    QTest::keyClicks(price, QStringLiteral("275.000"));
    QVERIFY(!priceError->isVisible());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(page.model()->training(0).price == 275000 && page.editor()->loaded().version == 2);

    // Another operator saves the same training meanwhile (a second connection).
    auto other = Database::open(scratch.dbPath(), scratch.keys());
    QVERIFY(other);
    CatalogService theirs(*other.value(), {});
    Training t = theirs.get(kCurator, id).value();
    t.description = QStringLiteral("Diubah dari konsol lain: menu, stok, kasir, pelayanan dan promosi warung kopi.");
    QVERIFY(theirs.save(kCurator, t));

    // This console's next save meets version 3: both versions are shown.
    auto* title = page.findChild<QLineEdit*>(QStringLiteral("editTitle"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Manajemen Warung Kopi Kekinian"));
    QSignalSpy conflict(&page, &CataloguePage::conflictShown);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(conflict.count(), 1);
    auto* dialog = conflict.first().first().value<ConflictDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QTableWidget* table = dialog->table();
    bool sawTitle = false, sawDescription = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == u"title") {
            sawTitle = true;
            QCOMPARE(table->item(r, 1)->text(), QStringLiteral("Manajemen Warung Kopi Kekinian"));
            QCOMPARE(table->item(r, 2)->text(), QStringLiteral("Manajemen Warung Kopi"));
        }
        if (table->item(r, 0)->text() == u"description") {
            sawDescription = true;
            QVERIFY(table->item(r, 2)->text().startsWith(QStringLiteral("Diubah dari konsol lain")));
        }
    }
    QVERIFY(sawTitle && sawDescription);
    // Keep mine: saved over version 3 deliberately, as version 4.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("conflictKeepMine")), Qt::LeftButton);
    QTRY_VERIFY(page.editor()->loaded().version == 4);
    QCOMPARE(theirs.get(kCurator, id)->title, QStringLiteral("Manajemen Warung Kopi Kekinian"));

    // A second conflict, resolved by taking the stored version: the edit is dropped.
    t = theirs.get(kCurator, id).value();
    t.price = 260000;
    QVERIFY(theirs.save(kCurator, t));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Judul yang dibuang"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(conflict.count(), 2);
    dialog = conflict.last().first().value<ConflictDialog*>();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("conflictTakeTheirs")), Qt::LeftButton);
    QTRY_VERIFY(page.editor()->loaded().version == 5 && title->text() == u"Manajemen Warung Kopi Kekinian");
    QCOMPARE(price->text(), QStringLiteral("260.000"));
    QCOMPARE(theirs.get(kCurator, id)->title, QStringLiteral("Manajemen Warung Kopi Kekinian"));
    // The history shows every save.
    auto* history = page.findChild<QTableWidget*>(QStringLiteral("historyTable"));
    QTRY_VERIFY(history->rowCount() >= 5);

    // Sorting is a new search: by price, descending.
    search->clear();
    level->setCurrentIndex(0);
    QTRY_VERIFY(!page.isSearching() && page.model()->rowCount() > 100);
    page.table()->horizontalHeader()->setSortIndicator(TrainingTableModel::Price, Qt::DescendingOrder);
    QTRY_VERIFY(!page.isSearching() && page.model()->rowCount() > 100
                && page.model()->training(0).price >= page.model()->training(1).price
                && page.model()->training(1).price >= page.model()->training(50).price);
}

void TestCataloguePage::agentSeesPublishedReadOnly()
{
    ScratchDatabase scratch;
    QVERIFY(CatalogService(scratch.db(), {}).seedDemo(kCurator));
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    CataloguePage page(*workspace.value(), kAgent);
    QSignalSpy searched(&page, &CataloguePage::searchFinished);
    page.show();
    QTRY_VERIFY(searched.count() >= 1 && !page.isSearching());
    const qint64 published = page.model()->totalCount();
    QVERIFY(published >= 900);
    // Every page, fetched as a view scrolling to the end would.
    while (page.model()->canFetchMore({})) {
        const int before = page.model()->rowCount();
        page.model()->fetchMore({});
        QTRY_VERIFY(page.model()->rowCount() > before);
    }
    QCOMPARE(qint64(page.model()->rowCount()), published);
    for (int r = 0; r < page.model()->rowCount(); ++r)
        QCOMPARE(page.model()->training(r).status, TrainingStatus::Published);
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("catalogImport")));
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("bulk_approve")));
    QVERIFY(page.table()->isColumnHidden(TrainingTableModel::Flags));
    page.table()->selectRow(0);
    QTRY_VERIFY(page.editor()->hasTraining());
    QVERIFY(!page.findChild<QLineEdit*>(QStringLiteral("editTitle"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("editSave"))->isVisible());
}

void TestCataloguePage::pagesNamesAndLayout()
{
    ScratchDatabase scratch;
    QVERIFY(CatalogService(scratch.db(), {}).seedDemo(kCurator));
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QByteArray remembered;
    {
        CataloguePage page(*workspace.value(), kCurator);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy searched(&page, &CataloguePage::searchFinished);
        // The page's share of a 1366×768 window (the navigation takes about 200 pixels).
        page.resize(1166, 700);
        page.show();
        QTRY_VERIFY(searched.count() >= 1 && !page.isSearching());
        // One page read, the rest counted; a sort change reads one page again.
        TrainingTableModel* model = page.model();
        // The first page and the count; more pages as the view asks for them (offscreen, the
        // view may ask for several while it lays out), each appended in order.
        QVERIFY(model->rowCount() >= TrainingTableModel::kPageSize);
        QVERIFY(model->totalCount() >= 900);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("catalogCount"))->text(),
                 QStringLiteral("%1 pelatihan").arg(IndonesianFormat::number(model->totalCount())));
        // A second page, fetched by the view or by us, appended after the first.
        if (model->canFetchMore({}))
            model->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 2 * TrainingTableModel::kPageSize, 20000);
        const QString titleAt250 = model->training(250).title;
        QVERIFY(model->training(249).title.compare(titleAt250, Qt::CaseInsensitive) <= 0);
        page.table()->horizontalHeader()->setSortIndicator(TrainingTableModel::Price, Qt::AscendingOrder);
        // (The view may fetch a further page on its own; the order must hold across them.)
        QTRY_VERIFY(!page.isSearching() && model->rowCount() >= TrainingTableModel::kPageSize
                    && model->training(0).price <= model->training(199).price
                    && model->training(199).price <= model->training(model->rowCount() - 1).price);

        // Platforms by name, not code (the filter too).
        auto* platform = page.findChild<QComboBox*>(QStringLiteral("filterPlatform"));
        QTRY_VERIFY(platform->count() == 9);
        platform->setCurrentIndex(platform->findData(QStringLiteral("MAUBELAJARAPA")));
        QTRY_VERIFY(!page.isSearching() && model->rowCount() > 0 && model->training(0).platform == u"MAUBELAJARAPA");
        QCOMPARE(model->data(model->index(0, TrainingTableModel::Platform)).toString(),
                 QStringLiteral("MauBelajarApa"));

        // With a training open in the editor, the titles keep room to be read.
        page.table()->selectRow(0);
        QTRY_VERIFY(page.editor()->hasTraining());
        QVERIFY(page.editor()->isVisible());
        QTRY_VERIFY2(page.table()->columnWidth(TrainingTableModel::Title) >= CataloguePage::kTitleMinimum,
                     qPrintable(QString::number(page.table()->columnWidth(TrainingTableModel::Title))));
        QVERIFY(page.editor()->width() <= page.width() / 2);
        // The title's tooltip carries it whole, with what narrow windows leave out of the table.
        const QString tip = model->data(model->index(0, TrainingTableModel::Title), Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(model->training(0).title + u'\n') && tip.contains(QStringLiteral(" jam")),
                 qPrintable(tip));
        // The page's share of the console's default 1280×720 window: secondary columns give way
        // (level first), the title keeps its minimum; a wide window brings them back.
        page.resize(1080, 640);
        QTRY_VERIFY2(page.table()->columnWidth(TrainingTableModel::Title) >= CataloguePage::kTitleMinimum,
                     qPrintable(QString::number(page.table()->columnWidth(TrainingTableModel::Title))));
        QVERIFY(page.table()->isColumnHidden(TrainingTableModel::Level));
        QVERIFY(!page.table()->isColumnHidden(TrainingTableModel::Price));
        QVERIFY(!page.table()->isColumnHidden(TrainingTableModel::Status));
        if (const QString dir = qEnvironmentVariable("PRAKERJA_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(page.grab().save(dir + QStringLiteral("/catalogue-editor-1080.png")));
        page.resize(1700, 700);
        QTRY_VERIFY(!page.table()->isColumnHidden(TrainingTableModel::Level)
                    && !page.table()->isColumnHidden(TrainingTableModel::Category)
                    && !page.table()->isColumnHidden(TrainingTableModel::Hours));
        QVERIFY(page.table()->columnWidth(TrainingTableModel::Title) >= CataloguePage::kTitleMinimum);
        page.resize(1166, 700);
        // PRAKERJA_SCREENSHOTS=DIR keeps a picture of it, to read every word.
        if (const QString dir = qEnvironmentVariable("PRAKERJA_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(page.grab().save(dir + QStringLiteral("/catalogue-editor-1166.png")));

        // The split is remembered.
        page.splitter()->setSizes({700, 460});
        remembered = page.splitter()->saveState();
    }
    CataloguePage again(*workspace.value(), kCurator);
    QCOMPARE(again.splitter()->saveState(), remembered);
}

void TestCataloguePage::platformsPageCounts()
{
    ScratchDatabase scratch;
    QVERIFY(CatalogService(scratch.db(), {}).seedDemo(kCurator));
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    PlatformsPage page(*workspace.value(), kCurator);
    QSignalSpy listed(&page, &PlatformsPage::listed);
    page.show();
    QTRY_VERIFY(listed.count() >= 1);
    QTableWidget* table = page.table();
    QCOMPARE(table->rowCount(), 8);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("TOKOPEDIA"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Aktif"));
    const int publishedColumn = 3 + int(TrainingStatus::Published) - 1;
    QCOMPARE(table->horizontalHeaderItem(publishedColumn)->text(), QStringLiteral("Terbit"));
    QVERIFY(table->item(0, publishedColumn)->text().toInt() > 100);
    // Suspended from elsewhere: the page shows it with the reason once it lists again.
    auto other = Database::open(scratch.dbPath(), scratch.keys());
    QVERIFY(
        PlatformService(*other.value()).suspend(kCurator, QStringLiteral("TOKOPEDIA"), QStringLiteral("Audit harga")));
    page.refresh();
    QTRY_COMPARE(table->item(0, 2)->text(), QStringLiteral("Ditangguhkan: Audit harga"));
    QCOMPARE(table->item(0, publishedColumn)->text(), QStringLiteral("0"));
    table->selectRow(0);
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("platformReinstate"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("platformSuspend"))->isEnabled());
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("platformReinstate")), Qt::LeftButton);
    QTRY_COMPARE(table->item(0, 2)->text(), QStringLiteral("Aktif"));
    QVERIFY(table->item(0, publishedColumn)->text().toInt() > 100);
    const int draftColumn = 3 + int(TrainingStatus::Draft) - 1;
    QVERIFY(!table->isColumnHidden(draftColumn));

    // An agent sees the published trainings only: no draft or total column, no buttons.
    PlatformsPage agentPage(*workspace.value(), kAgent);
    QSignalSpy agentListed(&agentPage, &PlatformsPage::listed);
    agentPage.show();
    QTRY_VERIFY(agentListed.count() >= 1);
    QVERIFY(agentPage.table()->isColumnHidden(draftColumn));
    QVERIFY(!agentPage.table()->isColumnHidden(publishedColumn));
    QVERIFY(agentPage.table()->item(0, publishedColumn)->text().toInt() > 100);
    QVERIFY(!agentPage.findChild<QPushButton*>(QStringLiteral("platformSuspend")));
}

QTEST_MAIN(TestCataloguePage)
#include "tst_cataloguepage.moc"
