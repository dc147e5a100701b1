// LookupService on a database filled through the real feed path: every search kind, the name
// index past its cursor (and after a key rotation), the agent's limit, reveals refused without
// the role or a reason and audited when allowed, audit rows for searches and cards, the card's
// explanation of every stored outcome, eligibility now, and the migration that encrypts names.
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/PiiMask.h"
#include "domain/SelectionPool.h"
#include "domain/Timestamp.h"
#include "io/FeedIngestor.h"
#include "io/ReferenceImporter.h"
#include "security/NameTokenizer.h"
#include "services/AnnouncementService.h"
#include "services/DrawService.h"
#include "services/KeyRotationService.h"
#include "services/LookupService.h"
#include "services/OutcomeExplainer.h"
#include "services/WaveService.h"
#include "store/NameIndex.h"
#include "store/OutcomeStore.h"

#include <QBuffer>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;
using namespace Qt::StringLiterals;

namespace {

const qint64 kOpens = 1586826000000; // 2020-04-14 08:00 WIB
const qint64 kCloses = 1587027600000; // 2020-04-16 16:00 WIB
const Session kAgent(7, u"agen1"_s, Role::CallCentreAgent);
const Session kAnalyst(8, u"analis"_s, Role::Analyst);
const Session kCurator(9, u"kurator"_s, Role::CatalogueCurator);
const Session kAdmin(1, u"admin"_s, Role::Administrator);

const QStringList kFirst = {u"Muhammad"_s, u"Siti"_s, u"Dewi"_s, u"Agus"_s};
const QStringList kLast = {u"Pratama"_s, u"Aminah"_s, u"Saputra"_s, u"Hidayat"_s, u"Wijaya"_s, u"Lestari"_s};

struct Person
{
    QString nik, name, email, phone, kk;
    bool phoneVerified = true;
    bool rejected = false;
};

QList<Person> people(int n, int first = 0)
{
    QList<Person> out;
    for (int i = first; i < first + n; ++i) {
        Person p;
        p.nik = makeNik(CivilDate{1990, 5, 15}, i % 2 ? Sex::Female : Sex::Male, i + 1);
        p.name = kFirst[i % kFirst.size()] + u' ' + kLast[i / kFirst.size() % kLast.size()];
        if (i == 5)
            p.name = u"Sitì Nurhalizà Ma'ruf"_s;
        p.email = u"orang%1@contoh.id"_s.arg(i);
        p.phone = u"08123%1"_s.arg(i, 7, 10, QChar(u'0'));
        p.kk = u"3171010101%1"_s.arg(i, 6, 10, QChar(u'0'));
        p.phoneVerified = i % 7 != 3;
        p.rejected = i == 11;
        out << p;
    }
    return out;
}

QByteArray feedOf(const QList<Person>& list)
{
    QByteArray feed;
    for (const Person& p : list) {
        feed += QStringLiteral(R"({"event":"registered","at":"2020-04-11T19:00:03+07:00","nik":"%1","name":"%2",)"
                               R"("email":"%3","birth_date":"1990-05-15","phone":"%4","kk":"%5"})")
                    .arg(p.nik, p.name, p.email, p.phone, p.kk)
                    .toUtf8()
            + '\n';
        feed += stageLine(u"email_verified"_s, p.nik, u"2020-04-11T19:10:00+07:00"_s) + '\n';
        if (p.rejected) {
            feed += stageLine(u"nik_rejected"_s, p.nik, u"2020-04-11T19:20:00+07:00"_s, uR"("reason":"not_found")"_s)
                + '\n';
            continue;
        }
        feed += stageLine(u"nik_verified"_s, p.nik, u"2020-04-11T19:20:00+07:00"_s) + '\n';
        if (p.phoneVerified)
            feed += stageLine(u"phone_verified"_s, p.nik, u"2020-04-11T19:30:00+07:00"_s) + '\n';
        feed += stageLine(u"joined_batch"_s, p.nik, u"2020-04-14T09:00:00+07:00"_s, uR"("wave":1)"_s) + '\n';
    }
    return feed;
}

void ingest(Database& db, const QByteArray& feed)
{
    QBuffer buffer;
    buffer.setData(feed);
    buffer.open(QIODevice::ReadOnly);
    FeedIngestor ingestor(db);
    const auto r = ingestor.ingest(FeedIngestor::linesOf(buffer));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
    QCOMPARE(r->rejected, 0);
}

WaveDraft draft(int number, qint64 quota)
{
    WaveDraft d;
    d.number = number;
    d.name = u"Gelombang %1"_s.arg(number);
    d.opensAt = kOpens + (number - 1) * 7 * Timestamp::kDay;
    d.closesAt = kCloses + (number - 1) * 7 * Timestamp::kDay;
    d.announceAt = d.closesAt + Timestamp::kDay;
    d.trainingStartsAt = d.announceAt + Timestamp::kDay;
    d.quota = quota;
    return d;
}

QSet<qint64> ids(const QList<ApplicantHit>& hits)
{
    QSet<qint64> out;
    for (const ApplicantHit& h : hits)
        out.insert(h.id);
    return out;
}

qint64 auditCount(Database& db, const QString& action, const QString& target = {})
{
    return db
        .scalar(target.isEmpty() ? u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s
                                 : u"SELECT COUNT(*) FROM audit_log WHERE action = ? AND target = ?"_s,
                target.isEmpty() ? QVariantList{action} : QVariantList{action, target})
        .toLongLong();
}

} // namespace

class TestLookupService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void exactSearches();
    void nameSearch();
    void nameIndexBehindAndAfterRotation();
    void agentLimitAndPermissions();
    void revealNeedsRoleAndReason();
    void auditRows();
    void cardExplainsEveryStoredOutcome();
    void purchaseDeadlineOnTheCard();
    void eligibilityNowAndRejection();
    void listedButNotRegistered();
    void migrationEncryptsExistingNames();

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    QList<Person> m_people;
};

void TestLookupService::init()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_people = people(120);
    ingest(m_scratch->db(), feedOf(m_people));
    QVERIFY(NameIndex(m_scratch->db()).catchUp(m_scratch->keys()).ok());
}

void TestLookupService::cleanup()
{
    m_scratch.reset();
}

void TestLookupService::exactSearches()
{
    LookupService lookup(m_scratch->db(), kAgent);
    const Person& p = m_people[42];
    auto byNik = lookup.search(LookupQuery::recognise(p.nik));
    QVERIFY(byNik.ok());
    QCOMPARE(byNik->kind, LookupKind::Nik);
    QCOMPARE(byNik->hits.size(), 1);
    const qint64 id = byNik->hits.first().id;
    QCOMPARE(byNik->hits.first().name, p.name);
    QCOMPARE(byNik->hits.first().nikMasked, PiiMask::nik(p.nik));
    const QString digits = p.phone.mid(1); // 8123…
    const QStringList forms = {p.phone,
                               digits,
                               QString(u"62"_s + digits),
                               QString(u"+62"_s + digits),
                               QString(p.phone.left(4) + u' ' + p.phone.mid(4, 4) + u'-' + p.phone.mid(8)),
                               QString(u"("_s + p.phone.left(4) + u") "_s + p.phone.mid(4, 4) + u'.' + p.phone.mid(8))};
    for (const QString& form : forms) {
        auto r = lookup.search(LookupQuery::recognise(form));
        QVERIFY2(r.ok(), qPrintable(form));
        QCOMPARE(r->kind, LookupKind::Phone);
        QCOMPARE(ids(r->hits), QSet<qint64>{id});
    }
    auto byEmail = lookup.search(LookupQuery::recognise(p.email.toUpper()));
    QVERIFY(byEmail.ok());
    QCOMPARE(ids(byEmail->hits), QSet<qint64>{id});
    auto none = lookup.search(LookupQuery::recognise(u"tidakada@contoh.id"_s));
    QVERIFY(none.ok());
    QVERIFY(none->hits.isEmpty());
    // A near-miss is an error with a message, not an empty result.
    auto bad = lookup.search(LookupQuery::recognise(p.nik.left(15)));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, u"nik_length"_s);
}

void TestLookupService::nameSearch()
{
    LookupService lookup(m_scratch->db(), kAdmin);
    auto expected = [&](const QStringList& words) {
        QSet<QString> niks;
        for (const Person& p : m_people)
            if (NameTokenizer::matches(NameTokenizer::normalisedWords(p.name), words))
                niks.insert(p.nik);
        return niks;
    };
    auto found = [&](const QString& text, int pageSize) {
        QSet<QString> names;
        qint64 after = 0;
        for (;;) {
            auto page = lookup.search(LookupQuery::recognise(text), after, pageSize);
            if (!page)
                return QSet<QString>{u"error: "_s + page.error().message()};
            for (const ApplicantHit& h : page->hits) {
                auto card = lookup.card(h.id);
                names.insert(m_people[static_cast<int>(h.id) - 1].nik);
                if (!card || card->name != h.name)
                    return QSet<QString>{u"card mismatch"_s};
            }
            if (!page->more)
                break;
            after = page->nextAfter;
        }
        return names;
    };
    QCOMPARE(found(u"muh pra"_s, 50), expected({u"muh"_s, u"pra"_s}));
    QVERIFY(!expected({u"muh"_s, u"pra"_s}).isEmpty());
    QCOMPARE(found(u"MUHAMMAD"_s, 7), expected({u"muhammad"_s})); // several pages of 7
    QCOMPARE(expected({u"muhammad"_s}).size(), 30);
    QCOMPARE(found(u"nurhaliza"_s, 50), QSet<QString>{m_people[5].nik}); // accent-insensitive
    QCOMPARE(found(u"SITI nurhal"_s, 50), QSet<QString>{m_people[5].nik});
    QCOMPARE(found(u"maruf"_s, 50), QSet<QString>{m_people[5].nik});
    QCOMPARE(found(u"dew les"_s, 50), expected({u"dew"_s, u"les"_s}));
    QVERIFY(found(u"zzzqqq"_s, 50).isEmpty());
}

void TestLookupService::nameIndexBehindAndAfterRotation()
{
    Database& db = m_scratch->db();
    const QList<Person> more = people(10, 500);
    ingest(db, feedOf(more));
    LookupService lookup(db, kAdmin);
    auto page = lookup.search(LookupQuery::recognise(more[0].name));
    QVERIFY(page.ok());
    QCOMPARE(page->indexBehind, 10); // the ingest did not index them
    QVERIFY(lookup.catchUpNameIndex().ok());
    page = lookup.search(LookupQuery::recognise(more[0].name));
    QCOMPARE(page->indexBehind, 0);
    QVERIFY(ids(page->hits).contains(m_people.size() + 1));

    // Key rotation re-keys the tokens: the search still finds everyone, under the new generation.
    const qint64 before = db.scalar(u"SELECT COUNT(*) FROM name_tokens"_s).toLongLong();
    const qint64 oldToken = db.scalar(u"SELECT token FROM name_tokens LIMIT 1"_s).toLongLong();
    const auto rotated = KeyRotationService(db, kAdmin).rotate(m_scratch->keyPath(), {});
    QVERIFY2(rotated.ok() && rotated->completed, rotated.ok() ? "" : qPrintable(rotated.error().message()));
    QCOMPARE(db.scalar(u"SELECT key_id FROM name_index_state"_s).toInt(), rotated->toKeyId);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM name_tokens"_s).toLongLong(), before);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM name_tokens WHERE token = ?"_s, {oldToken}).toLongLong(), 0);
    LookupService after(db, kAdmin);
    auto again = after.search(LookupQuery::recognise(u"nurhaliza"_s));
    QVERIFY(again.ok());
    QCOMPARE(again->hits.size(), 1);
    QCOMPARE(again->hits.first().name, m_people[5].name);
    QCOMPARE(again->indexBehind, 0);
}

void TestLookupService::agentLimitAndPermissions()
{
    Database& db = m_scratch->db();
    LookupService agent(db, kAgent);
    auto page = agent.search(LookupQuery::recognise(u"muhammad"_s), 0, 1000);
    QVERIFY(page.ok());
    QCOMPARE(page->hits.size(), 30); // under the cap: all of them
    auto limited = agent.search(LookupQuery::recognise(u"muhammad"_s), 0, 10);
    QCOMPARE(limited->hits.size(), 10);
    QVERIFY(limited->capped); // agents cannot page on
    QVERIFY(!limited->more);
    auto next = agent.search(LookupQuery::recognise(u"muhammad"_s), limited->nextAfter, 10);
    QVERIFY(!next.ok());
    QCOMPARE(next.error().code, u"agent_result_limit"_s);
    // 60 more Muhammads: an agent's search stops at 50.
    QList<Person> many = people(240, 1000);
    ingest(db, feedOf(many));
    QVERIFY(agent.catchUpNameIndex().ok());
    auto capped = agent.search(LookupQuery::recognise(u"muhammad"_s), 0, 1000);
    QCOMPARE(capped->hits.size(), LookupService::kAgentLimit);
    QVERIFY(capped->capped);
    // A curator may not search at all.
    auto denied = LookupService(db, kCurator).search(LookupQuery::recognise(u"muhammad"_s));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, QString::fromLatin1(Session::kDeniedCode));
    QVERIFY(!LookupService(db, kCurator).card(1).ok());
}

void TestLookupService::revealNeedsRoleAndReason()
{
    Database& db = m_scratch->db();
    const Person& p = m_people[3];
    LookupService agent(db, kAgent);
    const qint64 id = agent.search(LookupQuery::recognise(p.nik))->hits.first().id;
    const qint64 reveals = auditCount(db, u"applicant.reveal"_s);
    // Analysts search but may not reveal.
    auto analyst = LookupService(db, kAnalyst).reveal(id, RevealField::Email, u"pemeriksaan data"_s);
    QVERIFY(!analyst.ok());
    QCOMPARE(analyst.error().code, QString::fromLatin1(Session::kDeniedCode));
    // No reason, or a blank one.
    for (const QString& reason : {QString(), u"   "_s, u"ok"_s}) {
        auto r = agent.reveal(id, RevealField::Email, reason);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"reason_required"_s);
    }
    // The family card is for administrators only.
    auto kk = agent.reveal(id, RevealField::Kk, u"penelepon menanyakan KK"_s);
    QVERIFY(!kk.ok());
    QCOMPARE(kk.error().code, QString::fromLatin1(Session::kDeniedCode));
    QCOMPARE(auditCount(db, u"applicant.reveal"_s), reveals);
    // Allowed: the value, and an audit row with the reason.
    auto email = agent.reveal(id, RevealField::Email, u"penelepon lolos pertanyaan identitas"_s);
    QVERIFY(email.ok());
    QCOMPARE(email.value(), p.email);
    QCOMPARE(agent.reveal(id, RevealField::Phone, u"konfirmasi nomor"_s).value(), p.phone);
    QCOMPARE(agent.reveal(id, RevealField::Nik, u"konfirmasi NIK"_s).value(), p.nik);
    QCOMPARE(LookupService(db, kAdmin).reveal(id, RevealField::Kk, u"permintaan subjek data"_s).value(), p.kk);
    QCOMPARE(auditCount(db, u"applicant.reveal"_s, u"applicant:%1"_s.arg(id)), 4);
    const QString details = db.scalar(u"SELECT details FROM audit_log WHERE action = 'applicant.reveal'"
                                      " ORDER BY id LIMIT 1"_s)
                                .toString();
    QCOMPARE(details, u"field=email reason=penelepon lolos pertanyaan identitas"_s);
    QCOMPARE(db.scalar(u"SELECT operator_name FROM audit_log WHERE action = 'applicant.reveal' ORDER BY id LIMIT 1"_s)
                 .toString(),
             u"agen1"_s);
}

void TestLookupService::auditRows()
{
    Database& db = m_scratch->db();
    LookupService agent(db, kAgent);
    const qint64 searches = auditCount(db, u"applicant.search"_s);
    const Person& p = m_people[9];
    const qint64 id = agent.search(LookupQuery::recognise(p.email))->hits.first().id;
    QVERIFY(agent.search(LookupQuery::recognise(u"siti"_s)).ok());
    QCOMPARE(auditCount(db, u"applicant.search"_s), searches + 2);
    // One hit: the search names whom it found; the text typed is never recorded.
    QCOMPARE(auditCount(db, u"applicant.search"_s, u"applicant:%1"_s.arg(id)), 1);
    QCOMPARE(auditCount(db, u"applicant.search"_s, u"search:name"_s), 1);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE details LIKE '%siti%' OR details LIKE '%contoh%'"_s)
                 .toLongLong(),
             0);
    QVERIFY(agent.card(id).ok());
    QVERIFY(agent.card(id).ok());
    QCOMPARE(auditCount(db, u"applicant.view"_s, u"applicant:%1"_s.arg(id)), 2);
}

void TestLookupService::cardExplainsEveryStoredOutcome()
{
    Database& db = m_scratch->db();
    WaveService waves(db);
    DrawService draws(db);
    QVERIFY(waves.create(kAdmin, draft(1, 40)).ok());
    QVERIFY(waves.open(kAdmin, 1));
    QVERIFY(waves.close(kAdmin, 1));
    auto drawn = draws.draw(kAdmin, 1);
    QVERIFY2(drawn.ok(), drawn.ok() ? "" : qPrintable(drawn.error().message()));
    const Wave wave = waves.get(kAdmin, 1).value();
    const SelectionPool pool = OutcomeStore(db).read(1).value();
    quint32 lastSelected = 0;
    for (size_t i = 0; i < pool.id.size(); ++i)
        if (pool.status[i] == quint8(OutcomeStatus::Selected))
            lastSelected = std::max(lastSelected, pool.rank[i]);
    QVERIFY(lastSelected > 0);
    LookupService lookup(db, kAgent);
    QSet<int> statuses;
    for (size_t i = 0; i < pool.id.size(); ++i) {
        auto card = lookup.card(pool.id[i]);
        QVERIFY(card.ok());
        QCOMPARE(card->waves.size(), 1);
        const CardWave& w = card->waves.first();
        const auto status = static_cast<OutcomeStatus>(pool.status[i]);
        statuses.insert(int(status));
        QCOMPARE(w.outcome, outcomeStatusName(status));
        QCOMPARE(w.joinedAt, Timestamp::parseIso8601(u"2020-04-14T09:00:00+07:00").value());
        OutcomeFacts f;
        f.status = pool.status[i];
        f.reason = pool.reason[i];
        f.tier = pool.tier[i];
        f.rank = pool.rank[i];
        f.province = pool.province[i];
        f.kkPrior = pool.kkPrior[i];
        f.groupQuota = 40;
        f.lastSelectedRank = status == OutcomeStatus::NotSelected ? lastSelected : 0;
        const Bilingual expected = OutcomeExplainer::explain(wave, f);
        QCOMPARE(w.explanation.id, expected.id);
        QCOMPARE(w.explanation.en, expected.en);
        switch (status) {
        case OutcomeStatus::Selected:
            QVERIFY(w.explanation.id.contains(u"TERPILIH. Peringkat %1 "_s.arg(pool.rank[i])));
            break;
        case OutcomeStatus::NotSelected:
            QVERIFY(w.explanation.id.contains(u"peringkat %1"_s.arg(lastSelected)));
            QVERIFY(w.explanation.en.contains(u"rank %1"_s.arg(pool.rank[i])));
            break;
        case OutcomeStatus::Ineligible:
            QCOMPARE(Eligibility(pool.reason[i]), Eligibility::PhoneNotVerified);
            QVERIFY(w.explanation.id.contains(
                u"telepon belum terverifikasi (OTP) saat gelombang ditutup (16 April 2020)"_s));
            break;
        case OutcomeStatus::Withdrawn:
            break;
        }
    }
    QVERIFY(statuses.contains(int(OutcomeStatus::Selected)));
    QVERIFY(statuses.contains(int(OutcomeStatus::NotSelected)));
    QVERIFY(statuses.contains(int(OutcomeStatus::Ineligible)));
    // The card and `wave verify` read the same stored outcome.
    QVERIFY(draws.verify(kAdmin, 1)->matches);
    // Every reason code has its own sentence in both languages.
    QSet<QString> sentences;
    for (int r = 1; r < kEligibilityCount; ++r) {
        const Bilingual b = OutcomeExplainer::ineligibility(r, wave.rules, wave.closesAt, 2);
        QVERIFY(!b.id.isEmpty() && !b.en.isEmpty() && b.id != b.en);
        sentences.insert(b.id);
    }
    QCOMPARE(sentences.size(), kEligibilityCount - 1);
    QCOMPARE(OutcomeExplainer::ineligibility(int(Eligibility::UnderAge), wave.rules, wave.closesAt, 0).id,
             u"belum berusia 18 tahun pada 16 April 2020"_s);
    QCOMPARE(OutcomeExplainer::ineligibility(int(Eligibility::Student), wave.rules, wave.closesAt, 0).id,
             u"tercatat sebagai pelajar di Dapodik"_s);
    // Withdrawn: explained with the re-check's reason.
    OutcomeFacts w;
    w.status = int(OutcomeStatus::Withdrawn);
    w.reason = int(Eligibility::Excluded);
    w.rank = 12;
    QVERIFY(OutcomeExplainer::explain(wave, w).id.contains(u"DITARIK"_s));
    QVERIFY(OutcomeExplainer::explain(wave, w).en.contains(u"exclusion list"_s));
}

void TestLookupService::eligibilityNowAndRejection()
{
    Database& db = m_scratch->db();
    WaveService waves(db);
    QVERIFY(waves.create(kAdmin, draft(1, 100)).ok());
    QVERIFY(waves.create(kAdmin, draft(2, 100)).ok());
    QVERIFY(waves.open(kAdmin, 2));
    LookupService lookup(db, kAgent);
    auto cardOf = [&](int index) {
        return lookup.card(lookup.search(LookupQuery::recognise(m_people[index].nik))->hits.first().id).value();
    };
    const ApplicantCard ok = cardOf(0);
    QCOMPARE(ok.nextWave, 2);
    QVERIFY(!ok.eligibilityNow.isEmpty());
    for (const CardRule& r : ok.eligibilityNow)
        QVERIFY2(r.passed, qPrintable(r.rule.id));
    QCOMPARE(ok.waves.first().outcome, u"pending"_s); // wave 1 not drawn in this test
    const ApplicantCard noPhone = cardOf(3);
    int failed = 0;
    for (const CardRule& r : noPhone.eligibilityNow)
        if (!r.passed) {
            ++failed;
            QCOMPARE(r.rule.id, u"Telepon terverifikasi"_s);
        }
    QCOMPARE(failed, 1);
    const ApplicantCard rejected = cardOf(11);
    QVERIFY(rejected.nikRejection.has_value());
    QVERIFY(rejected.nikRejection->id.contains(u"tidak ditemukan"_s));
    QCOMPARE(rejected.stage.id, u"NIK ditolak"_s);
    // Times are shown in WIB: registration at 19:00:03 WIB on 11 April.
    QCOMPARE(Timestamp::toIsoWib(rejected.timeline.first().at), u"2020-04-11T19:00:03+07:00"_s);
    QCOMPARE(rejected.emailMasked, PiiMask::email(m_people[11].email));
    QCOMPARE(rejected.phoneMasked, PiiMask::phone(m_people[11].phone));
    QCOMPARE(rejected.kkMasked, PiiMask::nik(m_people[11].kk));
}

void TestLookupService::listedButNotRegistered()
{
    Database& db = m_scratch->db();
    const QString listed = makeNik(CivilDate{1985, 1, 2}, Sex::Male, 9001);
    QBuffer csv;
    csv.setData(listed.toLatin1() + '\n');
    csv.open(QIODevice::ReadOnly);
    QVERIFY(ReferenceImporter(db, ReferenceList::Kemnaker).import(csv).ok());
    LookupService lookup(db, kAgent);
    auto page = lookup.search(LookupQuery::recognise(listed));
    QVERIFY(page.ok());
    QVERIFY(page->hits.isEmpty());
    QCOMPARE(page->listedOn.size(), 1);
    QVERIFY(page->listedOn.first().id.contains(u"Kemnaker"_s));
    auto unknown = lookup.search(LookupQuery::recognise(makeNik(CivilDate{1985, 1, 2}, Sex::Male, 9002)));
    QVERIFY(unknown->listedOn.isEmpty());
}

void TestLookupService::migrationEncryptsExistingNames()
{
    if (testingPostgres())
        QSKIP("a PostgreSQL database is always created at the current schema: migrations' data conversions of"
              " older SQLite layouts do not run there (docs/deployment.md, \"Dialect\")");
    // Put the database back to schema 10 with a plaintext name column, then reopen.
    Database& db = m_scratch->db();
    for (const QString& sql :
         {u"DROP TABLE name_tokens"_s, u"DROP TABLE name_index_state"_s,
          u"ALTER TABLE applicants ADD COLUMN name TEXT NOT NULL DEFAULT ''"_s,
          u"UPDATE applicants SET name = 'Budi Migrasi ' || id"_s, u"ALTER TABLE applicants DROP COLUMN name_ct"_s,
          u"DELETE FROM schema_version WHERE version = 11"_s})
        QVERIFY2(db.exec(sql).ok(), qPrintable(sql));
    m_scratch->reopen();
    Database& migrated = m_scratch->db();
    QVERIFY(!migrated.scalar(u"SELECT COUNT(*) FROM pragma_table_info('applicants') WHERE name = 'name'"_s).toBool());
    QCOMPARE(migrated.scalar(u"SELECT COUNT(*) FROM applicants WHERE name_ct IS NULL"_s).toLongLong(), 0);
    LookupService lookup(migrated, kAdmin);
    QVERIFY(lookup.catchUpNameIndex().ok());
    auto page = lookup.search(LookupQuery::recognise(u"budi migr"_s), 0, 1000);
    QVERIFY(page.ok());
    QCOMPARE(page->hits.size(), m_people.size());
    QCOMPARE(lookup.card(7)->name, u"Budi Migrasi 7"_s);
}

// A participant's card says by when the first training must be bought (30 days from the
// announcement), and that the card was revoked once that passed without a purchase.
void TestLookupService::purchaseDeadlineOnTheCard()
{
    Database& db = m_scratch->db();
    ManualClock clock(Timestamp::parseIso8601(u"2020-04-20T10:00:00+07:00").value());
    const ScopedClock useIt(clock);
    WaveService waves(db);
    QVERIFY(waves.create(kAdmin, draft(1, 40)).ok());
    QVERIFY(waves.open(kAdmin, 1));
    QVERIFY(waves.close(kAdmin, 1));
    QVERIFY(DrawService(db).draw(kAdmin, 1).ok());
    AnnouncementService announcements(db, Budget());
    const auto announced = announcements.announce(kAdmin, 1);
    QVERIFY(announced.ok() && announced->selected > 0);
    const SelectionPool pool = OutcomeStore(db).read(1).value();
    qint64 participant = 0;
    for (size_t i = 0; i < pool.id.size() && participant == 0; ++i)
        if (pool.status[i] == quint8(OutcomeStatus::Selected))
            participant = pool.id[i];
    LookupService lookup(db, kAgent);
    auto card = lookup.card(participant);
    QVERIFY(card.ok());
    QCOMPARE(card->purchaseDeadline.value_or(0), clock.nowMs() + 30 * Timestamp::kDay);
    QVERIFY2(card->purchase.id.contains(u"paling lambat 20 Mei 2020"_s), qPrintable(card->purchase.id));
    QVERIFY(card->purchase.en.contains(u"20 May 2020"_s));

    // A day past the deadline with no purchase: revoked, and the card says why.
    clock.advance(31 * Timestamp::kDay);
    QVERIFY(announcements.revokeExpired(kAdmin, clock.nowMs())->revoked >= 1);
    card = lookup.card(participant);
    QVERIFY(card.ok());
    QVERIFY2(card->purchase.id.contains(u"Kartu dicabut karena tidak membeli pelatihan sebelum 20 Mei 2020"_s),
             qPrintable(card->purchase.id));
}

QTEST_GUILESS_MAIN(TestLookupService)
#include "tst_lookupservice.moc"
