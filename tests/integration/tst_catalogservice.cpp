// CatalogService and PlatformService: who may do what in the workflow, history and audit,
// the full-text search, suspension and reinstatement, and the conflict of two connections.
#include "TestSupport.h"

#include "engine/DemoCatalogue.h"
#include "services/CatalogService.h"
#include "services/PlatformService.h"

#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

namespace {
const Session kAdmin(1, QStringLiteral("admin"), Role::Administrator);
const Session kCurator(2, QStringLiteral("kurator"), Role::CatalogueCurator);
const Session kAnalyst(3, QStringLiteral("analis"), Role::Analyst);
const Session kAgent(4, QStringLiteral("agen"), Role::CallCentreAgent);

Training draft(const QString& code, const QString& title = QStringLiteral("Manajemen Warung Kopi"))
{
    Training t;
    t.platform = QStringLiteral("TOKOPEDIA");
    t.code = code;
    t.title = title;
    t.category = QStringLiteral("food");
    t.price = 300000;
    t.durationHours = 12;
    t.description = QStringLiteral(
        "Mengelola kafé kecil: menu, stok, kasir dan pelayanan pelanggan sehari-hari, dengan praktik.");
    t.url = QStringLiteral("https://www.tokopedia.com/prakerja/") + code;
    return t;
}

QStringList auditActions(Database& db)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id"));
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}
} // namespace

class TestCatalogService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedsPlatformsAndCategories();
    void workflowPerRole_data();
    void workflowPerRole();
    void fullWorkflowKeepsHistory();
    void rejectNeedsAReason();
    void priceRulesFollowTheCredit();
    void agentSeesThePublishedCatalogueOnly();
    void searchFoldsDiacriticsAndFilters();
    void suspensionAndReinstatement();
    void conflictBetweenTwoConnections();
    void bulkReportsChangedAndRefused();
    void dismissIsAudited();
    void demoCatalogueOnce();
    void pagesMakeTheWholeAnswer_data();
    void pagesMakeTheWholeAnswer();
    void cleanupTestCase() { m_paging.reset(); }

private:
    std::unique_ptr<ScratchDatabase> m_paging; // one demo catalogue for every row of the paging table
};

void TestCatalogService::seedsPlatformsAndCategories()
{
    ScratchDatabase s;
    CatalogService catalog(s.db(), {});
    auto platforms = catalog.platforms();
    QVERIFY(platforms);
    QStringList codes;
    for (const Platform& p : platforms.value())
        codes << p.code;
    QCOMPARE(codes,
             (QStringList{QStringLiteral("TOKOPEDIA"), QStringLiteral("SKILLACADEMY"), QStringLiteral("MAUBELAJARAPA"),
                          QStringLiteral("BUKALAPAK"), QStringLiteral("PINTARIA"), QStringLiteral("SEKOLAHMU"),
                          QStringLiteral("PIJARMAHIR"), QStringLiteral("SISNAKER")}));
    QCOMPARE(platforms->at(6).name, QStringLiteral("Pijar Mahir"));
    auto categories = catalog.categories();
    QVERIFY(categories);
    QCOMPARE(categories->size(), 12);
    QCOMPARE(categories->first().code, QStringLiteral("digital"));
    QCOMPARE(categories->first().nameEn, QStringLiteral("IT and digital"));
    QCOMPARE(categories->last().code, QStringLiteral("other"));
}

void TestCatalogService::workflowPerRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("administrator") << int(Role::Administrator) << true;
    QTest::newRow("curator") << int(Role::CatalogueCurator) << true;
    QTest::newRow("analyst") << int(Role::Analyst) << false;
    QTest::newRow("agent") << int(Role::CallCentreAgent) << false;
}

void TestCatalogService::workflowPerRole()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    ScratchDatabase s;
    CatalogService catalog(s.db(), {});
    const Session who(9, QStringLiteral("who"), static_cast<Role>(role));
    auto created = catalog.create(who, draft(QStringLiteral("K-1")));
    QCOMPARE(created.ok(), allowed);
    if (!allowed) {
        QCOMPARE(created.error().code, QLatin1String(Session::kDeniedCode));
        created = catalog.create(kCurator, draft(QStringLiteral("K-1")));
        QVERIFY(created);
    }
    const qint64 id = created->id;
    for (TrainingAction a :
         {TrainingAction::Submit, TrainingAction::Approve, TrainingAction::Publish, TrainingAction::Retire}) {
        auto r = catalog.act(who, id, a);
        QCOMPARE(r.ok(), allowed);
        if (!allowed) {
            QCOMPARE(r.error().code, QLatin1String(Session::kDeniedCode));
            QVERIFY(catalog.act(kCurator, id, a)); // the step is allowed in itself
        }
    }
    auto edited = catalog.get(kAdmin, id).value();
    edited.price = 250000;
    QCOMPARE(catalog.save(who, edited).ok(), allowed);
}

void TestCatalogService::fullWorkflowKeepsHistory()
{
    ScratchDatabase s;
    CatalogService catalog(s.db(), {});
    auto t = catalog.create(kCurator, draft(QStringLiteral("K-2")));
    QVERIFY(t);
    QCOMPARE(t->status, TrainingStatus::Draft);
    QCOMPARE(t->version, 1);
    // Refused steps name the status they start from.
    auto refused = catalog.act(kCurator, t->id, TrainingAction::Publish);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("bad_transition"));
    QVERIFY(catalog.act(kCurator, t->id, TrainingAction::Submit));
    QVERIFY(catalog.act(kAdmin, t->id, TrainingAction::Approve));
    auto published = catalog.act(kCurator, t->id, TrainingAction::Publish);
    QVERIFY(published);
    QCOMPARE(published->status, TrainingStatus::Published);
    QCOMPARE(published->version, 4);
    Training edit = published.value();
    edit.title = QStringLiteral("Manajemen Warung Kopi Modern");
    edit.price = 320000;
    auto saved = catalog.save(kCurator, edit);
    QVERIFY(saved);
    QCOMPARE(saved->version, 5);
    QCOMPARE(saved->status, TrainingStatus::Published);
    QVERIFY(catalog.act(kCurator, t->id, TrainingAction::Retire));
    auto history = catalog.history(kAnalyst, t->id);
    QVERIFY(history);
    QStringList lines;
    for (const TrainingHistoryEntry& e : history.value())
        lines.prepend(QStringLiteral("v%1 %2 %3: %4 → %5").arg(e.version).arg(e.operatorName, e.field, e.from, e.to));
    QCOMPARE(lines,
             (QStringList{QStringLiteral("v1 kurator status:  → draft"),
                          QStringLiteral("v2 kurator status: draft → submitted"),
                          QStringLiteral("v3 admin status: submitted → approved"),
                          QStringLiteral("v4 kurator status: approved → published"),
                          QStringLiteral("v5 kurator title: Manajemen Warung Kopi → Manajemen Warung Kopi Modern"),
                          QStringLiteral("v5 kurator price: 300000 → 320000"),
                          QStringLiteral("v6 kurator status: published → retired")}));
    QVERIFY(!catalog.history(kAgent, t->id));
    QCOMPARE(auditActions(s.db()),
             (QStringList{QStringLiteral("catalog.create"), QStringLiteral("catalog.submit"),
                          QStringLiteral("catalog.approve"), QStringLiteral("catalog.publish"),
                          QStringLiteral("catalog.edit"), QStringLiteral("catalog.retire")}));
}

void TestCatalogService::rejectNeedsAReason()
{
    ScratchDatabase s;
    CatalogService catalog(s.db(), {});
    auto t = catalog.create(kCurator, draft(QStringLiteral("K-3")));
    QVERIFY(catalog.act(kCurator, t->id, TrainingAction::Submit));
    auto noReason = catalog.act(kCurator, t->id, TrainingAction::Reject, QStringLiteral("  "));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code, QStringLiteral("reason_required"));
    auto rejected = catalog.act(kCurator, t->id, TrainingAction::Reject, QStringLiteral("Gratis di tempat lain"));
    QVERIFY(rejected);
    QCOMPARE(rejected->status, TrainingStatus::Rejected);
    QCOMPARE(rejected->rejectReason, QStringLiteral("Gratis di tempat lain"));
    auto again = catalog.act(kCurator, t->id, TrainingAction::Submit);
    QVERIFY(again);
    QVERIFY(again->rejectReason.isEmpty());
}

void TestCatalogService::priceRulesFollowTheCredit()
{
    ScratchDatabase s;
    CatalogService catalog(s.db(), {});
    Training t = draft(QStringLiteral("K-4"));
    t.price = 1'000'001;
    auto refused = catalog.create(kCurator, t);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("price_above_credit"));
    t.price = 900'000;
    auto created = catalog.create(kCurator, t);
    QVERIFY(created);
    QVERIFY(catalog.act(kCurator, created->id, TrainingAction::Submit));
    QVERIFY(catalog.act(kCurator, created->id, TrainingAction::Approve));
    // The credit is lowered before it is published: publishing checks the price again.
    CatalogService lower(s.db(), CatalogPolicy{800'000});
    auto publish = lower.act(kCurator, created->id, TrainingAction::Publish);
    QVERIFY(!publish);
    QCOMPARE(publish.error().code, QStringLiteral("price_above_credit"));
    Training offline = draft(QStringLiteral("K-5"));
    offline.mode = TrainingMode::Offline;
    auto noClearance = catalog.create(kCurator, offline);
    QVERIFY(!noClearance);
    QCOMPARE(noClearance.error().code, QStringLiteral("offline_without_clearance"));
    offline.healthClearance = true;
    QVERIFY(catalog.create(kCurator, offline));
    Training unknown = draft(QStringLiteral("K-6"));
    unknown.category = QStringLiteral("cooking");
    QCOMPARE(catalog.create(kCurator, unknown).error().code, QStringLiteral("unknown_category"));
    auto dup = catalog.create(kCurator, draft(QStringLiteral("K-5")));
    QVERIFY(!dup);
    QCOMPARE(dup.error().code, QStringLiteral("duplicate_code"));
}

void TestCatalogService::agentSeesThePublishedCatalogueOnly()
{
    ScratchDatabase s;
    CatalogService catalog(s.db(), {});
    auto a = catalog.create(kCurator, draft(QStringLiteral("A-1")));
    auto b = catalog.create(kCurator, draft(QStringLiteral("A-2")));
    for (TrainingAction step : {TrainingAction::Submit, TrainingAction::Approve, TrainingAction::Publish})
        QVERIFY(catalog.act(kCurator, b->id, step));
    auto agent = catalog.search(kAgent, {});
    QVERIFY(agent);
    QCOMPARE(agent->size(), 1);
    QCOMPARE(agent->first().id, b->id);
    QCOMPARE(catalog.search(kAnalyst, {})->size(), 2);
    QVERIFY(!catalog.get(kAgent, a->id));
    QVERIFY(catalog.get(kAgent, b->id));
    QVERIFY(catalog.get(kAnalyst, a->id));
    QVERIFY(!catalog.checks(kAgent));
    QVERIFY(catalog.checks(kAnalyst));
}

void TestCatalogService::searchFoldsDiacriticsAndFilters()
{
    ScratchDatabase s;
    CatalogService catalog(s.db(), {});
    QVERIFY(catalog.seedDemo(kCurator));
    TrainingQuery q;
    q.text = QStringLiteral("warung kop");
    auto all = catalog.search(kAnalyst, q);
    QVERIFY(all);
    QVERIFY(!all->isEmpty());
    for (const Training& t : all.value())
        QVERIFY(t.title.startsWith(QStringLiteral("Manajemen Warung Kopi")));
    q.platform = QStringLiteral("TOKOPEDIA");
    q.level = int(TrainingLevel::Beginner);
    auto two = catalog.search(kAnalyst, q);
    QCOMPARE(two->size(), 1);
    QCOMPARE(two->first().title, QStringLiteral("Manajemen Warung Kopi"));
    // Diacritics folded both ways.
    auto created = catalog.create(kCurator, draft(QStringLiteral("K-7"), QStringLiteral("Kafé Rumahan")));
    QVERIFY(created);
    TrainingQuery folded;
    folded.text = QStringLiteral("kafe");
    QCOMPARE(catalog.search(kAnalyst, folded)->size(), 1);
    folded.text = QStringLiteral("KAFÉ rumah");
    QCOMPARE(catalog.search(kAnalyst, folded)->size(), 1);
    // Price range and sort.
    TrainingQuery priced;
    priced.minPrice = 500000;
    priced.maxPrice = 600000;
    priced.sort = TrainingSort::Price;
    priced.descending = true;
    auto range = catalog.search(kAnalyst, priced);
    QVERIFY(range && range->size() > 2);
    for (qsizetype i = 0; i < range->size(); ++i) {
        QVERIFY(range->at(i).price >= 500000 && range->at(i).price <= 600000);
        if (i)
            QVERIFY(range->at(i - 1).price >= range->at(i).price);
    }
    // The LIKE scan finds the same rows.
    TrainingStore store(s.db());
    TrainingQuery like;
    like.text = QStringLiteral("Housekeeping");
    QCOMPARE(store.search(like)->size(), store.searchLike(like)->size());
    QVERIFY(TrainingStore::ftsQuery(QStringLiteral("\"; DROP")).contains(u'"'));
    QVERIFY(TrainingStore::ftsQuery(QStringLiteral(" -*- ")).isEmpty());
}

void TestCatalogService::suspensionAndReinstatement()
{
    ScratchDatabase s;
    CatalogService catalog(s.db(), {});
    PlatformService platforms(s.db());
    auto published = catalog.create(kCurator, draft(QStringLiteral("S-1")));
    for (TrainingAction step : {TrainingAction::Submit, TrainingAction::Approve, TrainingAction::Publish})
        QVERIFY(catalog.act(kCurator, published->id, step));
    auto submitted = catalog.create(kCurator, draft(QStringLiteral("S-2")));
    QVERIFY(catalog.act(kCurator, submitted->id, TrainingAction::Submit));
    QCOMPARE(platforms.suspend(kAnalyst, QStringLiteral("TOKOPEDIA"), QStringLiteral("x")).error().code,
             QLatin1String(Session::kDeniedCode));
    QCOMPARE(platforms.suspend(kCurator, QStringLiteral("TOKOPEDIA"), QString()).error().code,
             QStringLiteral("reason_required"));
    auto held = platforms.suspend(kCurator, QStringLiteral("TOKOPEDIA"), QStringLiteral("Audit harga"));
    QVERIFY(held);
    QCOMPARE(held.value(), 1);
    QVERIFY(catalog.search(kAgent, {})->isEmpty());
    auto t = catalog.get(kAdmin, published->id);
    QCOMPARE(t->status, TrainingStatus::Approved);
    QVERIFY(t->held);
    QCOMPARE(catalog.get(kAdmin, submitted->id)->status, TrainingStatus::Submitted);
    auto publish = catalog.act(kCurator, published->id, TrainingAction::Publish);
    QCOMPARE(publish.error().code, QStringLiteral("platform_suspended"));
    auto list = platforms.list(kCurator);
    QVERIFY(list);
    QCOMPARE(list->first().platform.status, PlatformStatus::Suspended);
    QCOMPARE(list->first().platform.suspendReason, QStringLiteral("Audit harga"));
    QCOMPARE(list->first().held, 1);
    QCOMPARE(list->first().trainingsByStatus.value(int(TrainingStatus::Approved)), 1);
    QCOMPARE(list->first().trainingsByStatus.value(int(TrainingStatus::Submitted)), 1);
    QVERIFY(!list->first().publishedOnly);
    // An agent sees the published catalogue only: the platform and its status, no other counts.
    auto agentList = platforms.list(kAgent);
    QVERIFY(agentList);
    QCOMPARE(agentList->first().platform.status, PlatformStatus::Suspended);
    QVERIFY(agentList->first().publishedOnly);
    QCOMPARE(agentList->first().total(), 0);
    QCOMPARE(agentList->first().held, 0);
    QVERIFY(!platforms.suspend(kCurator, QStringLiteral("TOKOPEDIA"), QStringLiteral("lagi")));

    auto restored = platforms.reinstate(kCurator, QStringLiteral("TOKOPEDIA"));
    QVERIFY(restored);
    QCOMPARE(restored.value(), 1);
    t = catalog.get(kAdmin, published->id);
    QCOMPARE(t->status, TrainingStatus::Published);
    QVERIFY(!t->held);
    QCOMPARE(catalog.search(kAgent, {})->size(), 1);
    QCOMPARE(catalog.get(kAdmin, submitted->id)->status, TrainingStatus::Submitted);
    QVERIFY(auditActions(s.db()).contains(QStringLiteral("platform.suspend")));
    QVERIFY(auditActions(s.db()).contains(QStringLiteral("platform.reinstate")));
}

void TestCatalogService::conflictBetweenTwoConnections()
{
    ScratchDatabase s;
    auto second = Database::open(s.dbPath(), s.keys());
    QVERIFY(second);
    CatalogService one(s.db(), {});
    CatalogService two(*second.value(), {});
    auto created = one.create(kCurator, draft(QStringLiteral("C-1")));
    QVERIFY(created);
    // Both read version 1.
    Training mine = one.get(kCurator, created->id).value();
    Training theirs = two.get(kAdmin, created->id).value();
    theirs.price = 275000;
    auto first = two.save(kAdmin, theirs);
    QVERIFY(first);
    QCOMPARE(first->version, 2);
    mine.title = QStringLiteral("Judul saya");
    auto conflict = one.save(kCurator, mine);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().code, QStringLiteral("version_conflict"));
    QVERIFY2(conflict.error().message().contains(QStringLiteral("versi 1")), qPrintable(conflict.error().message()));
    QVERIFY(conflict.error().message().contains(QStringLiteral("versi 2")));
    // Nothing of mine was written; theirs is intact.
    Training stored = one.get(kCurator, created->id).value();
    QCOMPARE(stored.price, 275000);
    QCOMPARE(stored.title, QStringLiteral("Manajemen Warung Kopi"));
    // Keeping mine over theirs is a deliberate save over the version now stored.
    mine.version = stored.version;
    auto resolved = one.save(kCurator, mine);
    QVERIFY(resolved);
    QCOMPARE(resolved->title, QStringLiteral("Judul saya"));
    QCOMPARE(resolved->price, 300000);
    QCOMPARE(resolved->version, 3);
    // A workflow step at a stale version conflicts too.
    auto stale = two.act(kAdmin, created->id, TrainingAction::Submit, {}, 2);
    QCOMPARE(stale.error().code, QStringLiteral("version_conflict"));
}

void TestCatalogService::bulkReportsChangedAndRefused()
{
    ScratchDatabase s;
    CatalogService catalog(s.db(), {});
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << catalog.create(kCurator, draft(QStringLiteral("B-%1").arg(i)))->id;
    QVERIFY(catalog.act(kCurator, ids[0], TrainingAction::Submit));
    auto outcome = catalog.bulk(kCurator, ids + QList<qint64>{999}, TrainingAction::Submit);
    QVERIFY(outcome);
    QCOMPARE(outcome->changed, (QList<qint64>{ids[1], ids[2], ids[3]}));
    QCOMPARE(outcome->refused.size(), 2);
    QCOMPARE(outcome->refused[0].first, ids[0]);
    QCOMPARE(outcome->refused[0].second.code, QStringLiteral("bad_transition"));
    QCOMPARE(outcome->refused[1].second.code, QStringLiteral("no_training"));
    QCOMPARE(catalog.bulk(kAnalyst, ids, TrainingAction::Approve).error().code, QLatin1String(Session::kDeniedCode));
}

void TestCatalogService::dismissIsAudited()
{
    ScratchDatabase s;
    CatalogService catalog(s.db(), {});
    Training t = draft(QStringLiteral("D-1"));
    t.url.clear();
    auto created = catalog.create(kCurator, t);
    auto flags = catalog.checks(kCurator);
    QVERIFY(flags);
    QCOMPARE(flags->size(), 1);
    QCOMPARE(flags->first().check, CurationCheck::DeadUrl);
    QCOMPARE(catalog.dismiss(kAnalyst, created->id, CurationCheck::DeadUrl, QStringLiteral("x")).error().code,
             QLatin1String(Session::kDeniedCode));
    QCOMPARE(catalog.dismiss(kCurator, created->id, CurationCheck::DeadUrl, QString()).error().code,
             QStringLiteral("reason_required"));
    QVERIFY(catalog.dismiss(kCurator, created->id, CurationCheck::DeadUrl, QStringLiteral("Kelas tatap muka")));
    QVERIFY(catalog.checks(kCurator)->isEmpty());
    auto all = catalog.checks(kCurator, true);
    QCOMPARE(all->size(), 1);
    QVERIFY(all->first().dismissed);
    QCOMPARE(all->first().dismissReason, QStringLiteral("Kelas tatap muka"));
    QCOMPARE(auditActions(s.db()).last(), QStringLiteral("catalog.dismiss_flag"));
}

void TestCatalogService::demoCatalogueOnce()
{
    ScratchDatabase s;
    CatalogService catalog(s.db(), {});
    QVERIFY(!catalog.seedDemo(kAnalyst));
    auto n = catalog.seedDemo(kCurator);
    QVERIFY(n);
    QCOMPARE(n.value(), int(DemoCatalogue::generate().size()));
    QCOMPARE(catalog.seedDemo(kCurator).value(), 0);
    auto published = catalog.search(kAgent, {});
    QVERIFY(published->size() >= 900);
    for (const QString& example : DemoCatalogue::examples()) {
        TrainingQuery q;
        q.text = example;
        bool found = false;
        const auto hits = catalog.search(kAgent, q);
        QVERIFY(hits);
        for (const Training& t : hits.value())
            found = found || t.title == example;
        QVERIFY2(found, qPrintable(example));
    }
}

void TestCatalogService::pagesMakeTheWholeAnswer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    // Every sortable column, both directions, over the whole catalogue (long runs of equal keys:
    // levels, statuses, categories, platforms, so pages end inside ties), and with a search.
    const std::pair<TrainingSort, const char*> sorts[]
        = {{TrainingSort::Title, "title"},   {TrainingSort::Platform, "platform"}, {TrainingSort::Category, "category"},
           {TrainingSort::Level, "level"},   {TrainingSort::Price, "price"},       {TrainingSort::Duration, "duration"},
           {TrainingSort::Status, "status"}, {TrainingSort::Updated, "updated"}};
    for (const auto& [sort, name] : sorts) {
        for (bool descending : {false, true}) {
            const QByteArray tag = QByteArray(name) + (descending ? " descending" : " ascending");
            QTest::newRow(tag.constData()) << QString() << QString() << int(sort) << descending;
            QTest::newRow(QByteArray(tag + " with search and platform").constData())
                << QStringLiteral("pelatihan") << QStringLiteral("TOKOPEDIA") << int(sort) << descending;
        }
    }
}

void TestCatalogService::pagesMakeTheWholeAnswer()
{
    QFETCH(QString, text);
    QFETCH(QString, platform);
    QFETCH(int, sort);
    QFETCH(bool, descending);
    if (!m_paging) {
        m_paging = std::make_unique<ScratchDatabase>();
        ScratchDatabase* s = m_paging.get();
        QVERIFY(CatalogService(s->db(), {}).seedDemo(kCurator));
        // Equal titles that differ in case and an equal price: ties a page may end inside.
        auto rows = TrainingStore(s->db()).all();
        QVERIFY(rows && rows->size() > 300);
        for (int i = 0; i < 3; ++i) {
            Training t = rows->at(i * 100);
            t.title = i == 1 ? QStringLiteral("kursus sama") : QStringLiteral("Kursus Sama");
            QVERIFY(TrainingStore(s->db()).update(t, QStringLiteral("uji"), 1));
        }
    }
    CatalogService catalog(m_paging->db(), {});
    TrainingQuery q;
    q.text = text;
    q.platform = platform;
    q.sort = static_cast<TrainingSort>(sort);
    q.descending = descending;
    const auto whole = catalog.search(kAnalyst, q);
    QVERIFY(whole && !whole->isEmpty());
    if (text.isEmpty())
        QVERIFY(whole->size() > 150); // several pages
    QList<qint64> ids;
    for (const Training& t : whole.value())
        ids << t.id;
    // The whole answer in the column's order, ties by id (the numeric columns checked here).
    auto numericKey = [sort](const Training& t) -> std::optional<qint64> {
        switch (static_cast<TrainingSort>(sort)) {
        case TrainingSort::Level:
            return qint64(t.level);
        case TrainingSort::Price:
            return t.price;
        case TrainingSort::Duration:
            return qint64(t.durationHours);
        case TrainingSort::Status:
            return qint64(t.status);
        case TrainingSort::Updated:
            return t.updatedAt;
        default:
            return std::nullopt;
        }
    };
    for (qsizetype i = 1; i < whole->size(); ++i) {
        const auto a = numericKey(whole->at(i - 1)), b = numericKey(whole->at(i));
        if (!a)
            break;
        const auto before = std::pair{*a, whole->at(i - 1).id}, after = std::pair{*b, whole->at(i).id};
        QVERIFY2(descending ? after < before : before < after, qPrintable(QString::number(i)));
    }
    // Pages of 70 read by keyset only: each page names the last row of the one before (the
    // offset stays 0, so a page that ignored its cursor would repeat the first). The first is
    // counted; together they are the whole answer, in its order, each row once.
    q.limit = 70;
    QList<qint64> paged;
    TrainingCursor after;
    for (int n = 0;; ++n) {
        q.after = after;
        const auto page = catalog.searchPage(kAnalyst, q);
        QVERIFY(page);
        QCOMPARE(page->total, n == 0 ? qint64(whole->size()) : qint64(-1));
        for (const Training& t : page->rows)
            paged << t.id;
        if (page->rows.size() < q.limit) {
            QVERIFY(page->rows.isEmpty() || page->next.isValid());
            break;
        }
        QVERIFY(page->next.isValid());
        QCOMPARE(page->next.id, page->rows.last().id);
        after = page->next;
        QVERIFY(n < 2000);
    }
    QCOMPARE(paged, ids);
    // Without a cursor an offset still pages (the second page, by offset, is the same rows).
    if (ids.size() > 140) {
        q.after = {};
        q.offset = 70;
        const auto second = catalog.searchPage(kAnalyst, q);
        QVERIFY(second);
        QCOMPARE(second->offset, 70);
        QCOMPARE(second->rows.size(), qsizetype(70));
        QCOMPARE(second->rows.first().id, ids[70]);
        QCOMPARE(second->rows.last().id, ids[139]);
    }
    // An agent's count is the published catalogue's.
    q.offset = 0;
    q.after = {};
    TrainingQuery all = q;
    all.limit = 0;
    QCOMPARE(catalog.searchPage(kAgent, q)->total, qint64(catalog.search(kAgent, all)->size()));
    // Only the named trainings (the flagged filter), counted the same way.
    q.onlyIds = true;
    if (ids.size() >= 3) {
        q.ids = {ids.last(), ids.first(), ids[ids.size() / 2]};
        const auto only = catalog.searchPage(kAnalyst, q);
        QCOMPARE(only->total, qint64(3));
        QCOMPARE(only->rows.size(), qsizetype(3));
    }
    q.ids.clear();
    QCOMPARE(catalog.searchPage(kAnalyst, q)->total, qint64(0));
}

QTEST_GUILESS_MAIN(TestCatalogService)
#include "tst_catalogservice.moc"
