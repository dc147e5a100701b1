// Partner imports: the fixture with every edge case and its exact counts, dry run, all or
// nothing, re-import, changed rows back to review, JSON, export → import round trip, formula
// neutralisation, and prakerjactl's report and exit status.
#include "TestSupport.h"

#include "engine/DemoCatalogue.h"
#include "services/CatalogImportService.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <algorithm>

using namespace prakerja;
using namespace prakerja::test;

namespace {
const Session kCurator(2, QStringLiteral("kurator"), Role::CatalogueCurator);
const Session kAnalyst(3, QStringLiteral("analis"), Role::Analyst);

TrainingImportFile fixture()
{
    return TrainingImportFile::readFile(QFINDTESTDATA("../data/catalog_import.csv"));
}

TrainingImportFile fromBytes(const QByteArray& bytes, TrainingImportFile::Format format)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return TrainingImportFile::read(buffer, format);
}

QByteArray exported(Database& db, TrainingExport::Format format)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CatalogImportService service(db, {});
    const auto n = service.exportTo(kCurator, out, format);
    if (!n)
        qWarning("%s", qPrintable(n.error().message()));
    return out.data();
}

qint64 trainings(Database& db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM trainings")).toLongLong();
}
} // namespace

class TestCatalogImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtureVerdicts();
    void dryRunAndAllOrNothingWriteNothing();
    void reimportChangesNothing();
    void changedRowsGoBackToReview();
    void json();
    void missingColumnIsFatal();
    void roundTripChangesNothing_data();
    void roundTripChangesNothing();
    void formulasNeutralised();
    void analystCannotImport();
    void bulkImportFillsTheFullTextIndex_data();
    void bulkImportFillsTheFullTextIndex();
    void bulkInsertRolledBackKeepsTheTrigger();
    void cli();
};

void TestCatalogImport::fixtureVerdicts()
{
    ScratchDatabase s;
    const TrainingImportFile file = fixture();
    QVERIFY(!file.error);
    QCOMPARE(file.unknownColumns, QStringList{QStringLiteral("komisi")});
    auto plan = CatalogImportService(s.db(), {}).plan(kCurator, file);
    QVERIFY(plan);
    QCOMPARE(plan->inserts, 5);
    QCOMPARE(plan->rejected, 10);
    QCOMPARE(plan->updates + plan->unchanged, 0);
    QStringList rejects;
    for (const ImportPlanRow& row : plan->rows)
        for (const FieldProblem& p : row.problems)
            rejects << QStringLiteral("%1 %2 %3").arg(row.line).arg(p.field, p.error.code);
    QCOMPARE(
        rejects,
        (QStringList{QStringLiteral("6 platform unknown_platform"), QStringLiteral("7 price price_above_credit"),
                     QStringLiteral("8 code duplicate_code"), QStringLiteral("9 title missing_title"),
                     QStringLiteral("10 level bad_level"), QStringLiteral("11 mode offline_without_clearance"),
                     QStringLiteral("12 category unknown_category"), QStringLiteral("13 price bad_price"),
                     QStringLiteral("14 price price_not_positive"), QStringLiteral("17 duration_hours bad_duration")}));
    // What the accepted rows hold: quotes, a quoted line break, grouped price, English level.
    const Training& barista = plan->rows[1].training;
    QCOMPARE(plan->rows[1].line, 3);
    QCOMPARE(barista.platform, QStringLiteral("SKILLACADEMY"));
    QCOMPARE(barista.title, QStringLiteral("Kursus \"Barista\" Dasar"));
    QCOMPARE(barista.price, 1'000'000);
    QCOMPARE(barista.level, TrainingLevel::Intermediate);
    QCOMPARE(barista.description, QStringLiteral("Baris satu\r\nbaris dua, dengan koma"));
    QCOMPARE(plan->rows[2].line, 5);
    QCOMPARE(plan->rows[2].training.price, 750'000);
    QCOMPARE(plan->rows[2].training.mode, TrainingMode::Offline);
    QVERIFY(plan->rows[2].training.healthClearance);
    const ImportPlanRow& lfOnly = plan->rows[12];
    QCOMPARE(lfOnly.line, 15);
    QCOMPARE(lfOnly.verdict, ImportVerdict::Insert);
    QCOMPARE(lfOnly.training.mode, TrainingMode::Online);
    QVERIFY(lfOnly.training.url.isEmpty());
    QCOMPARE(plan->rows[13].training.title, QStringLiteral("=HYPERLINK(\"http://contoh.id\")"));
}

void TestCatalogImport::dryRunAndAllOrNothingWriteNothing()
{
    ScratchDatabase s;
    CatalogImportService service(s.db(), {});
    auto dry = service.import(kCurator, fixture(), {true, false});
    QVERIFY(dry);
    QVERIFY(!dry->written);
    QCOMPARE(trainings(s.db()), 0);
    auto strict = service.import(kCurator, fixture(), {false, true});
    QVERIFY(!strict->written);
    QCOMPARE(trainings(s.db()), 0);
    auto normal = service.import(kCurator, fixture(), {});
    QVERIFY(normal->written);
    QCOMPARE(trainings(s.db()), 5);
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT count(*) FROM trainings WHERE status = 2")).toInt(), 5);
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT details FROM audit_log ORDER BY id DESC LIMIT 1")).toString(),
             QStringLiteral("5 new, 0 updated, 0 unchanged, 10 rejected"));
}

void TestCatalogImport::reimportChangesNothing()
{
    ScratchDatabase s;
    CatalogImportService service(s.db(), {});
    QVERIFY(service.import(kCurator, fixture(), {}));
    const qint64 history = s.db().scalar(QStringLiteral("SELECT count(*) FROM training_history")).toLongLong();
    auto again = service.import(kCurator, fixture(), {});
    QVERIFY(again);
    QCOMPARE(again->plan.inserts + again->plan.updates, 0);
    QCOMPARE(again->plan.unchanged, 5);
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT count(*) FROM training_history")).toLongLong(), history);
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT max(version) FROM trainings")).toInt(), 1);
}

void TestCatalogImport::changedRowsGoBackToReview()
{
    ScratchDatabase s;
    CatalogImportService service(s.db(), {});
    QVERIFY(service.import(kCurator, fixture(), {}));
    // Published meanwhile.
    QVERIFY(s.db().exec(QStringLiteral("UPDATE trainings SET status = 5")));
    QFile f(QFINDTESTDATA("../data/catalog_import.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    bytes.replace("Dasar Pengelasan Praktik,trades,Mahir,offline,Rp 750.000",
                  "Dasar Pengelasan Praktik,trades,Mahir,offline,Rp 800.000");
    auto outcome = service.import(kCurator, fromBytes(bytes, TrainingImportFile::Format::Csv), {});
    QVERIFY(outcome);
    QCOMPARE(outcome->plan.updates, 1);
    QCOMPARE(outcome->plan.unchanged, 4);
    const ImportPlanRow& row = outcome->plan.rows[2];
    QCOMPARE(row.verdict, ImportVerdict::Update);
    QCOMPARE(row.changes.size(), 2);
    QCOMPARE(row.changes[0].field, QStringLiteral("price"));
    QCOMPARE(row.changes[1].to, QStringLiteral("submitted"));
    auto q = s.db().exec(QStringLiteral("SELECT price, status, version FROM trainings WHERE code = 'PIN-X003'"));
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toLongLong(), 800'000);
    QCOMPARE(q.value().value(1).toInt(), int(TrainingStatus::Submitted));
    QCOMPARE(q.value().value(2).toInt(), 2);
}

void TestCatalogImport::json()
{
    ScratchDatabase s;
    const QByteArray json = R"([
      {"platform": "TOKOPEDIA", "code": "J-1", "title": "Akuntansi untuk Pemula", "category": "finance",
       "level": "Beginner", "price": 300000, "duration_hours": 10, "health_clearance": false, "extra": 1},
      {"platform": "TOKOPEDIA", "code": "J-2", "title": "Mahal", "category": "finance",
       "level": "Pemula", "price": "1.200.000", "duration_hours": 10},
      {"platform": "PINTARIA", "code": "J-3", "title": "Luring", "category": "trades",
       "level": "Mahir", "mode": "offline", "price": 500000, "duration_hours": 20, "health_clearance": true}
    ])";
    const TrainingImportFile file = fromBytes(json, TrainingImportFile::Format::Json);
    QCOMPARE(file.unknownColumns, QStringList{QStringLiteral("extra")});
    auto outcome = CatalogImportService(s.db(), {}).import(kCurator, file, {});
    QVERIFY(outcome);
    QCOMPARE(outcome->plan.inserts, 2);
    QCOMPARE(outcome->plan.rejected, 1);
    QCOMPARE(outcome->plan.rows[1].line, 2);
    QCOMPARE(outcome->plan.rows[1].problems.first().error.code, QStringLiteral("price_above_credit"));
    QVERIFY(fromBytes("{\"not\": \"an array\"}", TrainingImportFile::Format::Json).error);
}

void TestCatalogImport::missingColumnIsFatal()
{
    const TrainingImportFile file
        = fromBytes("platform,code,title,category,level,duration_hours\r\nTOKOPEDIA,X,Judul,digital,Pemula,4\r\n",
                    TrainingImportFile::Format::Csv);
    QVERIFY(file.error);
    QCOMPARE(file.error->code, QStringLiteral("missing_column"));
    QVERIFY(file.error->message().contains(QStringLiteral("price")));
}

void TestCatalogImport::roundTripChangesNothing_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("csv") << false;
    QTest::newRow("json") << true;
}

void TestCatalogImport::roundTripChangesNothing()
{
    QFETCH(bool, json);
    ScratchDatabase s;
    CatalogImportService service(s.db(), {});
    QVERIFY(service.import(kCurator, fixture(), {}));
    QVERIFY(CatalogService(s.db(), {}).seedDemo(kCurator).value() == 0); // not empty: no demo
    const auto format = json ? TrainingExport::Format::Json : TrainingExport::Format::Csv;
    const QByteArray first = exported(s.db(), format);
    auto again = service.import(
        kCurator, fromBytes(first, json ? TrainingImportFile::Format::Json : TrainingImportFile::Format::Csv), {});
    QVERIFY(again);
    QVERIFY(again->plan.unknownColumns.isEmpty());
    QCOMPARE(again->plan.rejected, 0);
    QCOMPARE(again->plan.unchanged, 5);
    QCOMPARE(again->plan.inserts + again->plan.updates, 0);
    QCOMPARE(exported(s.db(), format), first);
}

void TestCatalogImport::formulasNeutralised()
{
    ScratchDatabase s;
    QVERIFY(CatalogImportService(s.db(), {}).import(kCurator, fixture(), {}));
    const QByteArray csv = exported(s.db(), TrainingExport::Format::Csv);
    QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://contoh.id\"\")\""));
    QVERIFY(csv.contains(",'-Diskon besar @semua,"));
    QVERIFY(!csv.contains(",=HYPERLINK"));
    QVERIFY(csv.startsWith("platform,code,title,category,level,mode,price,duration_hours,description,url,"
                           "health_clearance,status\r\n"));
    // JSON is not run by spreadsheets: values as they are.
    QVERIFY(exported(s.db(), TrainingExport::Format::Json).contains("\"title\": \"=HYPERLINK"));
}

void TestCatalogImport::analystCannotImport()
{
    ScratchDatabase s;
    auto r = CatalogImportService(s.db(), {}).import(kAnalyst, fixture(), {});
    QVERIFY(!r);
    QCOMPARE(r.error().code, QLatin1String(Session::kDeniedCode));
}

void TestCatalogImport::bulkImportFillsTheFullTextIndex_data()
{
    QTest::addColumn<int>("fullText");
    QTest::newRow("auto (600 rows: after the batch)") << int(ImportOptions::FullText::Auto);
    QTest::newRow("row by row") << int(ImportOptions::FullText::PerRow);
    QTest::newRow("after the batch") << int(ImportOptions::FullText::AfterBatch);
}

void TestCatalogImport::bulkImportFillsTheFullTextIndex()
{
    QFETCH(int, fullText);
    ScratchDatabase s;
    CatalogImportService service(s.db(), {});
    // Five rows first (the index row by row), then 600 with their own unique words.
    QVERIFY(service.import(kCurator, fixture(), {}));
    QList<Training> many = DemoCatalogue::synthetic(600);
    for (int i = 0; i < many.size(); ++i)
        many[i].title += QStringLiteral(" Kursuskhusus%1").arg(i);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    TrainingExport::write(out, many, TrainingExport::Format::Csv);
    ImportOptions options;
    options.fullText = static_cast<ImportOptions::FullText>(fullText);
    auto outcome = service.import(kCurator, fromBytes(out.data(), TrainingImportFile::Format::Csv), options);
    QVERIFY(outcome);
    QCOMPARE(outcome->plan.inserts, 600);
    TrainingStore store(s.db());
    for (int i : {0, 299, 599}) {
        TrainingQuery q;
        q.text = QStringLiteral("kursuskhusus%1").arg(i);
        auto hits = store.search(q);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QVERIFY(hits->first().title.endsWith(QStringLiteral(" Kursuskhusus%1").arg(i)));
    }
    TrainingQuery earlier;
    earlier.text = QStringLiteral("pengenalan excel kantor");
    const auto found = store.search(earlier);
    QVERIFY(found);
    // The fixture's rows (indexed before) are still found, once each.
    QCOMPARE(std::count_if(found->cbegin(), found->cend(), [](const Training& t) { return t.code == u"TKP-X001"; }), 1);
    QCOMPARE(store.countMatches({}).value(), trainings(s.db()));
    // The insert trigger is back (SQLite's FTS5 index; PostgreSQL matches the columns themselves):
    // a training added afterwards is found.
    if (!testingPostgres())
        QCOMPARE(s.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'trainings_fts_insert'"))
                     .toInt(),
                 1);
    Training later = many.first();
    later.code = QStringLiteral("LATER-1");
    later.title = QStringLiteral("Pelatihan Tambahanunik");
    QVERIFY(CatalogService(s.db(), {}).create(kCurator, later));
    TrainingQuery q;
    q.text = QStringLiteral("tambahanunik");
    QCOMPARE(store.search(q)->size(), 1);
}

void TestCatalogImport::bulkInsertRolledBackKeepsTheTrigger()
{
    if (testingPostgres())
        QSKIP("SQLite's FTS5 insert trigger; PostgreSQL's word search has no index to maintain");
    ScratchDatabase s;
    QVERIFY(s.db().beginImmediate());
    TrainingStore store(s.db());
    QVERIFY(store.beginBulkInsert());
    QCOMPARE(
        s.db().scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'trainings_fts_insert'")).toInt(),
        0);
    s.db().rollback(); // an import that failed half-way
    QCOMPARE(
        s.db().scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'trainings_fts_insert'")).toInt(),
        1);
}

void TestCatalogImport::cli()
{
    QTemporaryDir dir;
    ScratchDatabase scratch;
    scratch.close(); // the commands open it themselves
    const QList<QPair<QString, QString>> env = {
        {QStringLiteral("PRAKERJA_DB"), scratch.dbPath()},
        {QStringLiteral("PRAKERJA_KEY_FILE"), scratch.keyPath()},
        {QStringLiteral("PRAKERJA_USER"), QStringLiteral("admin")},
        {QStringLiteral("PRAKERJA_PASSWORD"), QStringLiteral("kata sandi panjang sekali")},
        {QStringLiteral("PRAKERJA_LANG"), QStringLiteral("en")},
        {QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))},
    };
    QCOMPARE(runCtl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, env).code, 0);
    const QString fixturePath = QFINDTESTDATA("../data/catalog_import.csv");
    CtlRun dry
        = runCtl({QStringLiteral("catalog"), QStringLiteral("import"), fixturePath, QStringLiteral("--dry-run")}, env);
    QCOMPARE(dry.code, 1);
    QVERIFY2(dry.out.contains("new 5, updated 0, unchanged 0, rejected 10 (dry run: nothing written)"), dry.out);
    QVERIFY(dry.err.contains("unknown column: komisi"));
    QVERIFY2(dry.err.contains("line 7: price_above_credit: price: Rp 1.500.000 is above the training credit"), dry.err);
    int rejectLines = 0;
    for (const QByteArray& line : dry.err.split('\n'))
        rejectLines += line.startsWith("line ") ? 1 : 0;
    QCOMPARE(rejectLines, 10);
    CtlRun real = runCtl({QStringLiteral("catalog"), QStringLiteral("import"), fixturePath}, env);
    QCOMPARE(real.code, 1);
    CtlRun list = runCtl({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--status"),
                          QStringLiteral("submitted"), QStringLiteral("--sort"), QStringLiteral("price")},
                         env);
    QCOMPARE(list.code, 0);
    QVERIFY2(list.out.endsWith("5 trainings\n"), list.out);
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QCOMPARE(runCtl({QStringLiteral("catalog"), QStringLiteral("export"), out}, env).code, 0);
    CtlRun round = runCtl({QStringLiteral("catalog"), QStringLiteral("import"), out}, env);
    QCOMPARE(round.code, 0);
    QVERIFY2(round.out.contains("new 0, updated 0, unchanged 5, rejected 0"), round.out);
    CtlRun approve = runCtl({QStringLiteral("catalog"), QStringLiteral("approve"), QStringLiteral("1"),
                             QStringLiteral("2"), QStringLiteral("99")},
                            env);
    QCOMPARE(approve.code, 1);
    QVERIFY2(approve.out.contains("approve: changed 2, refused 1"), approve.out);
    CtlRun help = runCtl({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--help")}, env);
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("--all-or-nothing"));
    for (const QString& cmd : {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("edit"),
                               QStringLiteral("suspend"), QStringLiteral("reinstate")}) {
        CtlRun h = runCtl({QStringLiteral("platform"), cmd, QStringLiteral("--help")}, env);
        QCOMPARE(h.code, 0);
        QVERIFY2(h.out.startsWith(QByteArray(QByteArray("Usage: prakerjactl platform ") + cmd.toUtf8())), h.out);
    }
    CtlRun suspend = runCtl({QStringLiteral("platform"), QStringLiteral("suspend"), QStringLiteral("TOKOPEDIA"),
                             QStringLiteral("--reason"), QStringLiteral("Audit harga")},
                            env);
    QCOMPARE(suspend.code, 0);
    CtlRun platforms = runCtl({QStringLiteral("platform"), QStringLiteral("list")}, env);
    QVERIFY2(platforms.out.contains("suspended: Audit harga"), platforms.out);
    CtlRun checks = runCtl({QStringLiteral("catalog"), QStringLiteral("checks"), QStringLiteral("--json")}, env);
    QCOMPARE(checks.code, 0);
    QVERIFY2(checks.out.contains("\"check\": \"dead_url\""), checks.out);
}

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
