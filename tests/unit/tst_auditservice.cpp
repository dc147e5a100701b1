// The audit chain: verify passes on an untouched log and names the first broken row after
// tampering done directly in SQLite; listing filters and pages by id; export writes CSV.
#include "TestSupport.h"

#include "services/AuditService.h"
#include "store/AuditLog.h"

#include <QBuffer>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

namespace {

const Session kAdmin(1, QStringLiteral("admin"), Role::Administrator);
const Session kAnalyst(2, QStringLiteral("analis"), Role::Analyst);

// Ten rows by two operators with two kinds of action.
void fill(Database& db)
{
    AuditLog log(db);
    for (int i = 1; i <= 10; ++i)
        QVERIFY(log.append(i % 2 ? kAdmin : kAnalyst,
                           i <= 5 ? QStringLiteral("wave.create") : QStringLiteral("operator.add"),
                           QStringLiteral("t:%1").arg(i), QStringLiteral("row %1").arg(i)));
}

AuditVerification verify(Database& db)
{
    const auto v = AuditService(db, kAdmin).verify();
    if (!v)
        qFatal("verify: %s", qPrintable(v.error().message()));
    return v.value();
}

} // namespace

class TestAuditService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void untouchedLogVerifies();
    void tamperingIsNamed_data();
    void tamperingIsNamed();
    void forgedRowWithoutKeyFails();
    void breakSurvivesLaterAppends_data();
    void breakSurvivesLaterAppends();
    void verifyReportsProgressAndCancels();
    void listFiltersAndPages();
    void exportWritesCsv();
    void permissionsAreEnforced();
};

void TestAuditService::untouchedLogVerifies()
{
    {
        ScratchDatabase empty;
        QVERIFY(verify(empty.db()).intact);
    }
    ScratchDatabase scratch;
    fill(scratch.db());
    const AuditVerification v = verify(scratch.db());
    QVERIFY2(v.intact, qPrintable(v.describe()));
    QCOMPARE(v.rowsChecked, 10);
    QCOMPARE(v.lastId, 10);
    // verify() appended its own row; the chain still holds after a restart.
    scratch.reopen();
    QVERIFY(verify(scratch.db()).intact);
}

void TestAuditService::tamperingIsNamed_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<qint64>("brokenId");
    QTest::addColumn<QString>("problem");
    QTest::newRow("update details") << QStringList{QStringLiteral(
        "UPDATE audit_log SET details = 'nothing' WHERE id = 4")}
                                    << qint64(4) << QStringLiteral("mac_mismatch");
    QTest::newRow("update operator") << QStringList{QStringLiteral(
        "UPDATE audit_log SET operator_name = 'x' WHERE id = 7")}
                                     << qint64(7) << QStringLiteral("mac_mismatch");
    QTest::newRow("delete middle") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = 6")} << qint64(6)
                                   << QStringLiteral("missing_row");
    QTest::newRow("delete first") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = 1")} << qint64(1)
                                  << QStringLiteral("missing_row");
    QTest::newRow("delete tail") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id >= 9")} << qint64(9)
                                 << QStringLiteral("deleted_tail");
    // A row inserted at the end with a made-up MAC (without the key one cannot compute it).
    QTest::newRow("insert at end") << QStringList{QStringLiteral(
        "INSERT INTO audit_log (id, at, operator_id, operator_name, action, target, details,"
        " key_id, mac) SELECT 11, at, operator_id, operator_name, action, target, 'forged',"
        " key_id, substr(mac, 2) FROM audit_log WHERE id = 10")}
                                   << qint64(11) << QStringLiteral("mac_mismatch");
    // A row inserted in the middle: later ids shifted up by one to make room.
    QTest::newRow("insert in middle")
        << QStringList{QStringLiteral("UPDATE audit_log SET id = id + 100 WHERE id >= 5"),
                       QStringLiteral("UPDATE audit_log SET id = id - 99 WHERE id >= 105"),
                       QStringLiteral(
                           "INSERT INTO audit_log (id, at, operator_id, operator_name, action, target, details,"
                           " key_id, mac) SELECT 5, at, operator_id, operator_name, action, target, 'forged',"
                           " key_id, mac FROM audit_log WHERE id = 4")}
        << qint64(5) << QStringLiteral("mac_mismatch");
    // Rows 3 and 4 swapped (contents and MACs exchanged between the ids).
    QTest::newRow("swap") << QStringList{QStringLiteral("UPDATE audit_log SET id = -3 WHERE id = 3"),
                                         QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = 4"),
                                         QStringLiteral("UPDATE audit_log SET id = 4 WHERE id = -3")}
                          << qint64(3) << QStringLiteral("mac_mismatch");
    QTest::newRow("anchor removed") << QStringList{QStringLiteral("DELETE FROM meta WHERE key = 'audit.anchor'")}
                                    << qint64(1) << QStringLiteral("anchor_missing");
}

void TestAuditService::tamperingIsNamed()
{
    QFETCH(QStringList, sql);
    QFETCH(qint64, brokenId);
    QFETCH(QString, problem);
    ScratchDatabase scratch;
    fill(scratch.db());
    for (const QString& statement : sql)
        QVERIFY(scratch.db().exec(statement));
    const AuditVerification v = verify(scratch.db());
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBrokenId, brokenId);
    QCOMPARE(v.problem, problem);
    QVERIFY(v.describe().contains(QString::number(brokenId)));
}

void TestAuditService::forgedRowWithoutKeyFails()
{
    // A well-formed row chained with a key other than the key file's, anchor and all.
    ScratchDatabase scratch;
    fill(scratch.db());
    const QByteArray wrongKey(32, 'k');
    const QByteArray previous
        = scratch.db().scalar(QStringLiteral("SELECT mac FROM audit_log WHERE id = 10")).toByteArray();
    const QByteArray mac
        = AuditLog::rowMac(wrongKey, previous, 11, 1, 1, QStringLiteral("admin"), QStringLiteral("operator.add"),
                           QStringLiteral("operator:mallory"), QString());
    QVERIFY(scratch.db().exec(QStringLiteral("INSERT INTO audit_log VALUES (11, 1, 1, 'admin', 'operator.add',"
                                             " 'operator:mallory', '', 1, ?)"),
                              {mac}));
    QVERIFY(scratch.db().exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit.anchor'"),
                              {AuditLog::anchorValue(1, 11, AuditLog::anchorMac(wrongKey, 11, mac))}));
    const AuditVerification v = verify(scratch.db());
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBrokenId, 11);
}

void TestAuditService::breakSurvivesLaterAppends_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::newRow("tail deleted") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id >= 8")};
    QTest::newRow("tail and anchor deleted")
        << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id >= 8"),
                       QStringLiteral("DELETE FROM meta WHERE key = 'audit.anchor'")};
}

void TestAuditService::breakSurvivesLaterAppends()
{
    // A deleted tail must not be papered over by the next sign-in re-anchoring the chain.
    QFETCH(QStringList, sql);
    ScratchDatabase scratch;
    fill(scratch.db());
    for (const QString& statement : sql)
        QVERIFY(scratch.db().exec(statement));
    AuditLog log(scratch.db());
    QVERIFY(log.append(kAdmin, QStringLiteral("auth.sign_in"), QStringLiteral("operator:admin")));
    QVERIFY(log.append(kAdmin, QStringLiteral("wave.create"), QStringLiteral("wave:2")));
    QCOMPARE(scratch.db().scalar(QStringLiteral("SELECT action FROM audit_log WHERE id = 8")).toString(),
             QStringLiteral("audit.chain_break"));
    for (int round = 0; round < 2; ++round) { // and again after verify() appended its own row
        const AuditVerification v = verify(scratch.db());
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenId, 8);
        QCOMPARE(v.problem, QStringLiteral("recorded_break"));
    }
    // An untouched log never gets a break row.
    ScratchDatabase clean;
    fill(clean.db());
    verify(clean.db());
    QVERIFY(verify(clean.db()).intact);
    QCOMPARE(
        clean.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'audit.chain_break'")).toInt(),
        0);
}

void TestAuditService::verifyReportsProgressAndCancels()
{
    ScratchDatabase scratch;
    AuditLog log(scratch.db());
    QVERIFY(scratch.db().beginImmediate());
    for (int i = 0; i < 3000; ++i)
        QVERIFY(log.append(kAdmin, QStringLiteral("test.row"), QString::number(i)));
    QVERIFY(scratch.db().commit());
    qint64 lastDone = 0, lastTotal = 0;
    auto v = AuditService(scratch.db(), kAdmin).verify([&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY(v && v->intact);
    QCOMPARE(lastDone, 3000);
    QCOMPARE(lastTotal, 3000);
    std::atomic<bool> cancel{true};
    v = AuditService(scratch.db(), kAdmin).verify({}, &cancel);
    QVERIFY(v);
    QVERIFY(v->cancelled);
    QVERIFY(v->rowsChecked < 3001);
}

void TestAuditService::listFiltersAndPages()
{
    ScratchDatabase scratch;
    fill(scratch.db());
    AuditService audit(scratch.db(), kAdmin);
    AuditFilter f;
    f.operatorName = QStringLiteral("ANALIS"); // case-insensitive
    auto rows = audit.list(f);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 5);
    for (const AuditEntry& e : rows.value())
        QCOMPARE(e.operatorName, QStringLiteral("analis"));
    f = {};
    f.action = QStringLiteral("wave"); // prefix before a dot
    QCOMPARE(audit.list(f)->size(), 5);
    f.action = QStringLiteral("wav");
    QCOMPARE(audit.list(f)->size(), 0);
    f = {};
    f.limit = 4;
    rows = audit.list(f);
    QCOMPARE(rows->size(), 4);
    f.afterId = rows->last().id;
    rows = audit.list(f);
    QCOMPARE(rows->first().id, 5);
    f = {};
    f.newestFirst = true;
    f.limit = 3;
    f.beforeId = 9;
    rows = audit.list(f);
    QCOMPARE(rows->first().id, 8);
    QCOMPARE(rows->last().id, 6);
    // Dates: rows were all written just now.
    f = {};
    f.toMs = *AuditFilter::parseBound(u"2020-04-11", true);
    QCOMPARE(audit.list(f)->size(), 0);
    f = {};
    f.fromMs = *AuditFilter::parseBound(u"2020-04-11", false);
    QCOMPARE(audit.list(f)->size(), 10);
    QCOMPARE(*AuditFilter::parseBound(u"2020-04-11", false),
             *AuditFilter::parseBound(u"2020-04-11T00:00:00+07:00", false));
    QCOMPARE(*AuditFilter::parseBound(u"2020-04-11", true),
             *AuditFilter::parseBound(u"2020-04-12T00:00:00+07:00", false));
    QVERIFY(!AuditFilter::parseBound(u"11/04/2020", false));
}

void TestAuditService::exportWritesCsv()
{
    ScratchDatabase scratch;
    fill(scratch.db());
    QVERIFY(scratch.db().exec(QStringLiteral("UPDATE audit_log SET details = '=HYPERLINK(1)' WHERE id = 2")));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    AuditFilter f;
    f.action = QStringLiteral("wave.create");
    const auto count = AuditService(scratch.db(), kAdmin).exportCsv(f, out);
    QVERIFY(count);
    QCOMPARE(count.value(), 5);
    const QList<QByteArray> lines = out.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines[0].startsWith("id,time_wib,operator_id,operator,action,target,details"));
    QVERIFY(lines[1].startsWith("1,"));
    QVERIFY(lines[2].contains("'=HYPERLINK(1)")); // neutralised for spreadsheets
    // The export itself is audited.
    QCOMPARE(scratch.db().scalar(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")).toString(),
             QStringLiteral("audit.export"));
}

void TestAuditService::permissionsAreEnforced()
{
    ScratchDatabase scratch;
    fill(scratch.db());
    AuditService audit(scratch.db(), kAnalyst);
    QCOMPARE(audit.list({}).error().code, QStringLiteral("permission_denied"));
    QCOMPARE(audit.verify().error().code, QStringLiteral("permission_denied"));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QCOMPARE(audit.exportCsv({}, out).error().code, QStringLiteral("permission_denied"));
    QVERIFY(out.data().isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditService)
#include "tst_auditservice.moc"
