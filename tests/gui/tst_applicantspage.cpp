// The Applicants page offscreen as an agent: search by phone, open the card, reveal the email
// with a reason, add a note; the results model fetching lazily under QAbstractItemModelTester;
// near-miss messages; what other roles see.
#include "ApplicantsPage.h"
#include "TestSupport.h"

#include "domain/PiiMask.h"
#include "io/FeedIngestor.h"
#include "itemmodels/ApplicantResultsModel.h"
#include "services/LookupJob.h"
#include "services/TicketService.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;
using namespace Qt::StringLiterals;

namespace {

const Session kAgent(7, u"agen1"_s, Role::CallCentreAgent);
const Session kAnalyst(8, u"analis"_s, Role::Analyst);
const Session kAdmin(1, u"admin"_s, Role::Administrator);
const Session kCurator(9, u"kurator"_s, Role::CatalogueCurator);

// `n` applicants named "Siti Aminah"; applicant k has phone 0812345678kk and email siti<k>@contoh.id.
void fill(Database& db, int n)
{
    QByteArray feed;
    for (int k = 1; k <= n; ++k) {
        const QString nik = makeNik(CivilDate{1990, 5, 15}, Sex::Female, k);
        feed
            += registeredLine(nik, u"siti%1@contoh.id"_s.arg(k), CivilDate{1990, 5, 15}, u"2020-04-11T19:00:03+07:00"_s,
                              uR"("phone":"0812345678%1")"_s.arg(k, 2, 10, QChar(u'0')))
            + '\n';
        feed += stageLine(u"email_verified"_s, nik) + '\n';
    }
    QBuffer buffer;
    buffer.setData(feed);
    buffer.open(QIODevice::ReadOnly);
    FeedIngestor ingestor(db);
    const auto r = ingestor.ingest(FeedIngestor::linesOf(buffer));
    QVERIFY(r.ok());
    QCOMPARE(r->accepted, 2 * n);
}

} // namespace

class TestApplicantsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agentSearchesRevealsAndNotes();
    void resultsFetchLazily();
    void nearMissShowsMessage();
    void otherRoles();
    void ticketQueueAndRequests();
};

void TestApplicantsPage::agentSearchesRevealsAndNotes()
{
    ScratchDatabase scratch;
    fill(scratch.db(), 3);
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    ApplicantsPage page(*workspace.value(), kAgent);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    auto* search = page.findChild<QLineEdit*>(u"applicantSearch"_s);
    QTest::keyClicks(search, u"(0812) 3456-7802"_s);
    QTest::mouseClick(page.findChild<QPushButton*>(u"searchButton"_s), Qt::LeftButton);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->data(page.model()->index(0, ApplicantResultsModel::Name)).toString(), u"Siti Aminah"_s);
    QCOMPARE(page.findChild<QLabel*>(u"resultCount"_s)->text(), u"1 pendaftar"_s);
    // Every column in view, none squeezed to nothing, no sideways scroll.
    auto* results = page.findChild<QTableView*>(u"results"_s);
    const QHeaderView* header = results->horizontalHeader();
    int widths = 0;
    for (int c = 0; c < ApplicantResultsModel::ColumnCount; ++c) {
        QTRY_VERIFY2(
            header->sectionSize(c) >= 60,
            qPrintable(u"%1: %2 of %3"_s.arg(c).arg(header->sectionSize(c)).arg(results->viewport()->width())));
        widths += header->sectionSize(c);
    }
    QVERIFY(widths <= results->viewport()->width());
    const QString nik = page.model()->data(page.model()->index(0, ApplicantResultsModel::Nik)).toString();
    QVERIFY(header->sectionSize(ApplicantResultsModel::Nik) > results->fontMetrics().horizontalAdvance(nik));
    // The first result's card opens by itself, masked.
    auto* email = page.findChild<QLabel*>(u"value_email"_s);
    QTRY_COMPARE(email->text(), PiiMask::email(u"siti2@contoh.id"_s));
    QCOMPARE(page.findChild<QLabel*>(u"value_phone"_s)->text(), PiiMask::phone(u"081234567802"_s));
    QCOMPARE(page.findChild<QLabel*>(u"cardName"_s)->text(), u"Siti Aminah"_s);
    QVERIFY(page.findChild<QLabel*>(u"cardDetails"_s)->text().contains(u"Email terverifikasi"_s));
    QVERIFY(!page.findChild<QPushButton*>(u"reveal_kk"_s)->isVisible()); // agents never reveal the KK

    // Reveal the email with a reason: the plain value appears and the reveal is audited.
    page.setRevealReasonForTest([] { return std::optional<QString>(u"penelepon lolos pertanyaan identitas"_s); });
    auto* reveal = page.findChild<QPushButton*>(u"reveal_email"_s);
    QVERIFY(reveal->isVisible());
    QTest::mouseClick(reveal, Qt::LeftButton);
    QTRY_COMPARE(email->text(), u"siti2@contoh.id"_s);
    QCOMPARE(scratch.db()
                 .scalar(u"SELECT details FROM audit_log WHERE action = 'applicant.reveal' AND target = ?"_s,
                         {u"applicant:%1"_s.arg(page.cardApplicant())})
                 .toString(),
             u"field=email reason=penelepon lolos pertanyaan identitas"_s);

    // A note about the call.
    auto* category = page.findChild<QComboBox*>(u"noteCategory"_s);
    category->setCurrentIndex(category->findData(int(TicketCategory::EmailVerification)));
    QTest::keyClicks(page.findChild<QPlainTextEdit*>(u"noteText"_s), u"Email verifikasi belum masuk; dikirim ulang"_s);
    QTest::mouseClick(page.findChild<QPushButton*>(u"addNote"_s), Qt::LeftButton);
    auto* notes = page.findChild<QListWidget*>(u"notes"_s);
    QTRY_COMPARE(notes->count(), 1);
    QVERIFY(notes->item(0)->text().contains(u"Verifikasi email"_s));
    QVERIFY(notes->item(0)->text().contains(u"agen1"_s));
    QVERIFY(notes->item(0)->text().contains(u"terbuka"_s));
    QCOMPARE(
        scratch.db()
            .scalar(u"SELECT COUNT(*) FROM tickets WHERE applicant_id = ? AND category = 1"_s, {page.cardApplicant()})
            .toLongLong(),
        1);
    QVERIFY(page.findChild<QPlainTextEdit*>(u"noteText"_s)->toPlainText().isEmpty());
    // Looking at it: PRAKERJA_SCREENSHOT_DIR=… saves the page as the agent sees it now.
    if (const QString dir = qEnvironmentVariable("PRAKERJA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(page.grab().save(dir + u"/applicants-agent.png"_s));
}

void TestApplicantsPage::resultsFetchLazily()
{
    ScratchDatabase scratch;
    fill(scratch.db(), 70);
    LookupJob job(WorkspacePaths{scratch.dbPath(), scratch.keyPath()}, scratch.keys(), kAdmin);
    job.catchUpNameIndex();
    QTRY_VERIFY(!job.isIndexing());
    ApplicantResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const LookupQuery query = LookupQuery::recognise(u"siti ami"_s);
    connect(&job, &LookupJob::searched, &model,
            [&model](quint64 token, const SearchPage& page, const QString&) { model.appendPage(token, page); });
    connect(&model, &ApplicantResultsModel::fetchRequested, &job,
            [&](quint64 token, qint64 afterId) { job.search(query, afterId, 30, token); });
    model.start(1);
    job.search(query, 0, 30, 1);
    // The tester and the test both ask for more; pages of 30 arrive until the last one.
    QTRY_VERIFY(model.rowCount() >= 30);
    while (!model.isComplete()) {
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one request at a time
        QTRY_VERIFY(!model.isLoading());
    }
    QCOMPARE(model.rowCount(), 70);
    QCOMPARE(model.countText(), u"70 pendaftar"_s);
    QVERIFY(!model.canFetchMore({}));
    QList<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.applicantId(r);
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QCOMPARE(ids, sorted); // in applicant order, none twice
    // Until the last page is known the count says "more than".
    ApplicantResultsModel partial;
    partial.start(5);
    SearchPage first;
    first.more = true;
    first.hits = {ApplicantHit{1, u"A"_s, {}, {}, {}}, ApplicantHit{2, u"B"_s, {}, {}, {}}};
    partial.appendPage(5, first);
    QCOMPARE(partial.countText(), u"lebih dari 2 pendaftar"_s);
    // A stale page (an earlier search's token) is dropped.
    model.start(2);
    model.appendPage(1, SearchPage{});
    QCOMPARE(model.rowCount(), 0);
}

void TestApplicantsPage::nearMissShowsMessage()
{
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    ApplicantsPage page(*workspace.value(), kAgent);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(page.findChild<QLineEdit*>(u"applicantSearch"_s), u"320101450690000"_s);
    QTest::keyClick(page.findChild<QLineEdit*>(u"applicantSearch"_s), Qt::Key_Return);
    auto* message = page.findChild<QLabel*>(u"searchMessage"_s);
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"NIK harus 16 digit; yang diketik 15 digit"_s));
}

void TestApplicantsPage::otherRoles()
{
    ScratchDatabase scratch;
    fill(scratch.db(), 1);
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    {
        ApplicantsPage page(*workspace.value(), kCurator);
        QVERIFY(page.findChild<QLabel*>(u"notPermitted"_s));
        QVERIFY(!page.findChild<QLineEdit*>(u"applicantSearch"_s));
    }
    ApplicantsPage page(*workspace.value(), kAnalyst);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(page.findChild<QLineEdit*>(u"applicantSearch"_s), u"siti1@contoh.id"_s);
    QTest::keyClick(page.findChild<QLineEdit*>(u"applicantSearch"_s), Qt::Key_Return);
    QTRY_COMPARE(page.findChild<QLabel*>(u"cardName"_s)->text(), u"Siti Aminah"_s);
    for (const QString& f : {u"nik"_s, u"kk"_s, u"email"_s, u"phone"_s})
        QVERIFY(!page.findChild<QPushButton*>(u"reveal_"_s + f)->isVisible()); // analysts do not reveal
    QVERIFY(!page.findChild<QPushButton*>(u"addNote"_s)->isEnabled());
}

void TestApplicantsPage::ticketQueueAndRequests()
{
    ScratchDatabase scratch;
    fill(scratch.db(), 3);
    const Session other(12, u"agen2"_s, Role::CallCentreAgent);
    QVERIFY(TicketService(scratch.db(), kAgent).add(1, TicketCategory::EmailVerification, u"email belum masuk"_s));
    QVERIFY(TicketService(scratch.db(), kAgent).add(2, TicketCategory::WaveSelection, u"tidak terpilih"_s));
    QVERIFY(TicketService(scratch.db(), other).add(3, TicketCategory::EmailVerification, u"lagi"_s));
    // One of agen2's tickets is two days old.
    QVERIFY(scratch.db()
                .exec(u"UPDATE tickets SET created_at = created_at - 2 * 86400000 WHERE operator_name = 'agen2'"_s)
                .ok());
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    ApplicantsPage page(*workspace.value(), kAgent);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* tabs = page.findChild<QTabWidget*>(u"applicantTabs"_s);
    // The tab shows the agent's open tickets before it is opened.
    QTRY_COMPARE(tabs->tabText(1), u"Tiket (2 terbuka)"_s);
    tabs->setCurrentIndex(1);
    auto* table = page.findChild<QTableWidget*>(u"ticketTable"_s);
    auto* counts = page.findChild<QLabel*>(u"ticketCounts"_s);
    QTRY_COMPARE(table->rowCount(), 2);
    QVERIFY(counts->text().contains(u"2 tiket terbuka milik Anda"_s));
    QVERIFY(counts->text().contains(u"Verifikasi email 1"_s));
    QVERIFY(counts->text().contains(u"Gelombang dan seleksi 1"_s));
    // The team queue: three; of category email verification: two; older than a day: agen2's.
    auto* scope = page.findChild<QComboBox*>(u"ticketScope"_s);
    scope->setCurrentIndex(1);
    QTRY_COMPARE(table->rowCount(), 3);
    QTRY_VERIFY(counts->text().contains(u"3 tiket terbuka di antrean tim"_s));
    QVERIFY(counts->text().contains(u"Verifikasi email 2"_s));
    auto* category = page.findChild<QComboBox*>(u"ticketCategory"_s);
    category->setCurrentIndex(category->findData(int(TicketCategory::EmailVerification)));
    QTRY_COMPARE(table->rowCount(), 2);
    QTRY_VERIFY(counts->text().contains(u"Ditampilkan: 2 tiket kategori Verifikasi email"_s));
    auto* age = page.findChild<QComboBox*>(u"ticketAge"_s);
    age->setCurrentIndex(2); // more than a day
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"2 hari"_s);
    QCOMPARE(table->item(0, 4)->text(), u"agen2"_s);
    QCOMPARE(table->item(0, 3)->text(), u"3"_s);
    // Opening the row shows that applicant's card on the search tab.
    table->selectRow(0);
    QTest::mouseClick(page.findChild<QPushButton*>(u"openTicket"_s), Qt::LeftButton);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(page.cardApplicant(), 3);
    QTRY_COMPARE(page.findChild<QLabel*>(u"cardName"_s)->text(), u"Siti Aminah"_s);

    // A name correction for the registration system: recorded, shown on the card as waiting.
    auto* kind = page.findChild<QComboBox*>(u"requestKind"_s);
    kind->setCurrentIndex(kind->findData(int(RequestKind::CorrectName)));
    auto* name = page.findChild<QLineEdit*>(u"requestName"_s);
    QVERIFY(name->isVisible());
    QTest::keyClicks(name, u"Siti Aminah Lubis"_s);
    QTest::keyClicks(page.findChild<QLineEdit*>(u"requestNote"_s), u"penelepon mengeja ulang"_s);
    QTest::mouseClick(page.findChild<QPushButton*>(u"raiseRequest"_s), Qt::LeftButton);
    auto* details = page.findChild<QLabel*>(u"cardDetails"_s);
    QTRY_VERIFY(details->text().contains(u"Perbaiki ejaan nama"_s));
    QVERIFY(details->text().contains(u"menunggu diambil sistem pendaftaran"_s));
    QVERIFY(name->text().isEmpty());
    if (const QString dir = qEnvironmentVariable("PRAKERJA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(page.grab().save(dir + u"/applicants-card-request-agent.png"_s));
    QCOMPARE(scratch.db().scalar(u"SELECT COUNT(*) FROM request_outbox WHERE applicant_id = 3 AND kind = 3"_s).toInt(),
             1);
    // Resending the email needs no name: the field hides.
    kind->setCurrentIndex(kind->findData(int(RequestKind::ResendVerificationEmail)));
    QVERIFY(!name->isVisible());

    // Resolve from the queue: back on the tickets tab, agen2's old ticket goes.
    tabs->setCurrentIndex(1);
    QTRY_COMPARE(table->rowCount(), 1);
    table->selectRow(0);
    QTest::mouseClick(page.findChild<QPushButton*>(u"resolveTicket"_s), Qt::LeftButton);
    QTRY_COMPARE(table->rowCount(), 0);
    QCOMPARE(scratch.db().scalar(u"SELECT COUNT(*) FROM tickets WHERE status = 0"_s).toInt(), 2);
    if (const QString dir = qEnvironmentVariable("PRAKERJA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        age->setCurrentIndex(0);
        category->setCurrentIndex(0);
        QTRY_COMPARE(table->rowCount(), 2);
        QVERIFY(page.grab().save(dir + u"/applicants-tickets-agent.png"_s));
    }
}

QTEST_MAIN(TestApplicantsPage)
#include "tst_applicantspage.moc"
