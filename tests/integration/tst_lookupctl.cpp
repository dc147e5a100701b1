// The requests outbox through prakerjactl: an agent raises requests that change nothing here;
// `outbox export --since ID` gives each request once, in id order, with its id; the card shows
// each request's state; key rotation keeps a corrected name readable; permissions and audit.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kAdminPassword = u"kopi-tubruk-pagi-hari"_s;
const QString kAgentPassword = u"teh-manis-hangat-2020"_s;

QByteArray registered(int k, const QString& name)
{
    return R"({"event":"registered","at":"2020-04-11T19:00:03+07:00","nik":"317101150590000)" + QByteArray::number(k)
        + R"(","name":")" + name.toUtf8() + R"(","email":"orang)" + QByteArray::number(k)
        + R"(@contoh.id","birth_date":"1990-05-15"})" + "\n";
}
} // namespace

class TestLookupCtl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void requestsAreRecordedNotApplied();
    void exportOnceInOrder();
    void cardShowsEachRequestsState();
    void rotationKeepsCorrectedNamesReadable();
    void referenceSourcesAndCoverage();
    void helpForEachCommand();
    void auditListBySubject();

private:
    using Out = prakerja::test::CtlRun;
    Out ctl(const QStringList& args, const QString& user = u"admin"_s, const QString& password = kAdminPassword,
            const QByteArray& input = {}, const QString& newPassword = {});
    Out agent(const QStringList& args) { return ctl(args, u"agen"_s, kAgentPassword); }
    QVariant scalar(const QString& sql);
    QTemporaryDir m_dir;
    // The database on this run's backend (SQLite or the test cluster); only the CLI connects to it.
    prakerja::test::ScratchDatabase m_scratch;
};

TestLookupCtl::Out TestLookupCtl::ctl(const QStringList& args, const QString& user, const QString& password,
                                      const QByteArray& input, const QString& newPassword)
{
    QList<QPair<QString, QString>> environment = {
        {u"PRAKERJA_DB"_s, m_scratch.dbPath()},
        {u"PRAKERJA_KEY_FILE"_s, m_scratch.keyPath()},
        {u"PRAKERJA_USER"_s, user},
        {u"PRAKERJA_PASSWORD"_s, password},
        {u"PRAKERJA_LANG"_s, u"en"_s},
        {u"HOME"_s, m_dir.path()},
        {u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s)},
    };
    if (!newPassword.isEmpty())
        environment.append({u"PRAKERJA_NEW_PASSWORD"_s, newPassword});
    return prakerja::test::runCtl(args, environment, input);
}

QVariant TestLookupCtl::scalar(const QString& sql)
{
    // A connection of its own for each look, with the key file as it is now (rotation changes it).
    auto keys = prakerja::KeyFile::load(m_scratch.keyPath());
    if (!keys)
        return {};
    auto db = prakerja::Database::open(m_scratch.dbPath(), keys.value());
    return db ? db.value()->scalar(sql) : QVariant();
}

void TestLookupCtl::initTestCase()
{
    m_scratch.close(); // the CLI is the only seat (key rotation refuses while others are online)
    QVERIFY2(!qEnvironmentVariable("PRAKERJACTL").isEmpty(), "PRAKERJACTL is not set (run through ctest)");
    Out out = ctl({u"init"_s, u"--admin"_s, u"admin"_s});
    QVERIFY2(out.code == 0, out.err.constData());
    out = ctl({u"ingest"_s, u"-"_s}, u"admin"_s, kAdminPassword,
              registered(1, u"Budi Santoso"_s) + registered(2, u"Siti Rahayu"_s) + registered(3, u"Agus Salim"_s));
    QVERIFY2(out.code == 0, out.err.constData());
    out = ctl({u"user"_s, u"add"_s, u"agen"_s, u"--role"_s, u"agent"_s}, u"admin"_s, kAdminPassword, {},
              kAgentPassword);
    QVERIFY2(out.code == 0, out.err.constData());
}

void TestLookupCtl::requestsAreRecordedNotApplied()
{
    const QVariant nameBefore = scalar(u"SELECT name_ct FROM applicants WHERE id = 2"_s);
    const QVariant verifiedBefore = scalar(u"SELECT email_verified_at FROM applicants WHERE id = 1"_s);
    Out out = agent({u"applicant"_s, u"request"_s, u"1"_s, u"resend_verification_email"_s, u"--note"_s,
                     u"email tidak masuk sejak kemarin"_s});
    QVERIFY2(out.code == 0, out.err.constData());
    QVERIFY(out.out.startsWith("request 1"));
    out = agent({u"applicant"_s, u"request"_s, u"2"_s, u"correct_name"_s, u"--name"_s, u"Siti Rahayu Ningsih"_s});
    QVERIFY2(out.code == 0, out.err.constData());
    out = agent({u"applicant"_s, u"request"_s, u"3"_s, u"recheck_nik"_s});
    QVERIFY2(out.code == 0, out.err.constData());
    // Malformed: an unknown kind, a name correction without the name, a name on another kind,
    // an unknown applicant.
    QCOMPARE(agent({u"applicant"_s, u"request"_s, u"1"_s, u"delete_me"_s}).code, 2);
    out = agent({u"applicant"_s, u"request"_s, u"2"_s, u"correct_name"_s});
    QCOMPARE(out.code, 1);
    QVERIFY(out.err.contains("correct spelling"));
    QCOMPARE(agent({u"applicant"_s, u"request"_s, u"1"_s, u"recheck_nik"_s, u"--name"_s, u"X"_s}).code, 1);
    QCOMPARE(agent({u"applicant"_s, u"request"_s, u"99"_s, u"recheck_nik"_s}).code, 1);
    // Nothing about the applicants changed; the new name is not in the clear anywhere.
    QCOMPARE(scalar(u"SELECT name_ct FROM applicants WHERE id = 2"_s), nameBefore);
    QCOMPARE(scalar(u"SELECT email_verified_at FROM applicants WHERE id = 1"_s), verifiedBefore);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM request_outbox"_s).toInt(), 3);
    QVERIFY(!scalar(u"SELECT detail_ct FROM request_outbox WHERE id = 2"_s).toByteArray().contains("Ningsih"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'request.raise' AND details NOT LIKE '%Ningsih%'"_s)
                 .toInt(),
             3);
    // An analyst may not raise requests.
    QCOMPARE(ctl({u"user"_s, u"add"_s, u"analis"_s, u"--role"_s, u"analyst"_s}, u"admin"_s, kAdminPassword, {},
                 u"nasi-goreng-kampung-99"_s)
                 .code,
             0);
    QCOMPARE(
        ctl({u"applicant"_s, u"request"_s, u"1"_s, u"recheck_nik"_s}, u"analis"_s, u"nasi-goreng-kampung-99"_s).code,
        4);
}

void TestLookupCtl::exportOnceInOrder()
{
    // Agents may not export.
    Out out = agent({u"outbox"_s, u"export"_s, u"--since"_s, u"0"_s});
    QCOMPARE(out.code, 4);
    QCOMPARE(ctl({u"outbox"_s, u"export"_s}).code, 2); // --since is required
    QCOMPARE(ctl({u"outbox"_s, u"export"_s, u"--since"_s, u"-1"_s}).code, 2);

    out = ctl({u"outbox"_s, u"export"_s, u"--since"_s, u"0"_s, u"--json"_s});
    QVERIFY2(out.code == 0, out.err.constData());
    const QList<QByteArray> lines = out.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    qint64 previous = 0;
    QStringList kinds;
    for (const QByteArray& line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QVERIFY(o.value(u"id"_s).toInteger() > previous);
        previous = o.value(u"id"_s).toInteger();
        kinds << o.value(u"kind"_s).toString();
        QCOMPARE(o.value(u"operator"_s).toString(), u"agen"_s);
        QCOMPARE(o.value(u"nik"_s).toString().size(), 16);
    }
    QCOMPARE(kinds, (QStringList{u"resend_verification_email"_s, u"correct_name"_s, u"recheck_nik"_s}));
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second.value(u"new_name"_s).toString(), u"Siti Rahayu Ningsih"_s);
    QCOMPARE(second.value(u"nik"_s).toString(), u"3171011505900002"_s);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(u"note"_s).toString(),
             u"email tidak masuk sejak kemarin"_s);

    // Asking from the last id taken: nothing again. A new request: only that one.
    out = ctl({u"outbox"_s, u"export"_s, u"--since"_s, QString::number(previous)});
    QCOMPARE(out.code, 0);
    QVERIFY(out.out.trimmed().isEmpty());
    QCOMPARE(agent({u"applicant"_s, u"request"_s, u"1"_s, u"recheck_nik"_s}).code, 0);
    out = ctl({u"outbox"_s, u"export"_s, u"--since"_s, QString::number(previous)});
    QCOMPARE(out.code, 0);
    const QList<QByteArray> fresh = out.out.trimmed().split('\n');
    QCOMPARE(fresh.size(), 1);
    QVERIFY(fresh[0].startsWith(QByteArray(QByteArray::number(previous + 1) + '\t')));
    QVERIFY(fresh[0].contains("\trecheck_nik\t"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'outbox.export'"_s).toInt(), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM request_outbox WHERE exported_at IS NULL"_s).toInt(), 0);
}

void TestLookupCtl::cardShowsEachRequestsState()
{
    QCOMPARE(agent({u"applicant"_s, u"request"_s, u"1"_s, u"resend_verification_email"_s}).code, 0);
    const Out out = agent({u"applicant"_s, u"card"_s, u"1"_s});
    QVERIFY2(out.code == 0, out.err.constData());
    QVERIFY(out.out.contains("Requests to the registration system:"));
    QVERIFY(out.out.contains("#1 Resend the verification email"));
    QVERIFY(out.out.contains("collected by the registration system on"));
    QVERIFY(out.out.contains("Re-check the NIK with the civil registry"));
    QVERIFY(out.out.contains("— waiting for the registration system")); // the newest, not yet taken
    QVERIFY(out.out.contains(" WIB  ")); // the timeline's times, the zone once
    QVERIFY(!out.out.contains("WIB WIB"));
    const Out json = agent({u"applicant"_s, u"card"_s, u"1"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"requests"_s).toArray().size(), 3);
}

void TestLookupCtl::rotationKeepsCorrectedNamesReadable()
{
    const Out rotated = ctl({u"key"_s, u"rotate"_s});
    QVERIFY2(rotated.code == 0, rotated.err.constData());
    const Out out = ctl({u"outbox"_s, u"export"_s, u"--since"_s, u"1"_s, u"--json"_s});
    QVERIFY2(out.code == 0, out.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(out.out.split('\n').first()).object();
    QCOMPARE(o.value(u"id"_s).toInteger(), 2);
    QCOMPARE(o.value(u"new_name"_s).toString(), u"Siti Rahayu Ningsih"_s);
}

void TestLookupCtl::referenceSourcesAndCoverage()
{
    // Applicant 1 is on the Bandung list and verified; 3171011505900009 is listed, not registered.
    QFile bandung(m_dir.filePath(u"bandung.txt"_s)), jabar(m_dir.filePath(u"jabar.txt"_s));
    QVERIFY(bandung.open(QIODevice::WriteOnly) && jabar.open(QIODevice::WriteOnly));
    bandung.write("3171011505900001\n3171011505900009\n");
    jabar.write("3171011505900002\n3171011505900003\n");
    bandung.close();
    jabar.close();
    QCOMPARE(ctl({u"import"_s, u"reference"_s, u"kemnaker"_s, bandung.fileName(), u"--source"_s, u"  "_s}).code, 1);
    Out out = ctl(
        {u"import"_s, u"reference"_s, u"kemnaker"_s, bandung.fileName(), u"--source"_s, u"Disnaker Kota Bandung"_s});
    QVERIFY2(out.code == 0, out.err.constData());
    out = ctl({u"import"_s, u"reference"_s, u"kemnaker"_s, jabar.fileName(), u"--source"_s,
               u"Disnaker Provinsi Jawa Barat"_s});
    QVERIFY2(out.code == 0, out.err.constData());
    out = ctl({u"ingest"_s, u"-"_s}, u"admin"_s, kAdminPassword,
              R"({"event":"nik_verified","at":"2020-04-12T08:00:00+07:00","nik":"3171011505900002"})"
              "\n");
    QVERIFY2(out.code == 0, out.err.constData());
    {
        auto keys = prakerja::KeyFile::load(m_scratch.keyPath());
        QVERIFY(keys);
        auto db = prakerja::Database::open(m_scratch.dbPath(), keys.value());
        QVERIFY(db);
        QVERIFY(db.value()->exec(u"INSERT INTO participants (applicant_id, wave, kk, announced_at, status)"
                                 " VALUES (2, 1, 0, 0, 1)"_s));
    }

    out = agent({u"reference"_s, u"coverage"_s, u"--json"_s});
    QVERIFY2(out.code == 0, out.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(out.out).array();
    QCOMPARE(rows.size(), 2);
    const QJsonObject b = rows[0].toObject(), j = rows[1].toObject();
    QCOMPARE(b.value(u"source"_s).toString(), u"Disnaker Kota Bandung"_s);
    QCOMPARE(b.value(u"list"_s).toString(), u"kemnaker"_s);
    QCOMPARE(b.value(u"listed"_s).toInt(), 2);
    QCOMPARE(b.value(u"registered"_s).toInt(), 1);
    QCOMPARE(b.value(u"verified"_s).toInt(), 0);
    QCOMPARE(j.value(u"source"_s).toString(), u"Disnaker Provinsi Jawa Barat"_s);
    QCOMPARE(j.value(u"listed"_s).toInt(), 2);
    QCOMPARE(j.value(u"registered"_s).toInt(), 2);
    QCOMPARE(j.value(u"verified"_s).toInt(), 1);
    QCOMPARE(j.value(u"selected"_s).toInt(), 1);
    QVERIFY(agent({u"reference"_s, u"coverage"_s}).out.contains("Disnaker Kota Bandung\t2\t1\t0\t0\t0"));

    // The import history with sources (not for agents).
    QCOMPARE(agent({u"reference"_s, u"imports"_s}).code, 4);
    out = ctl({u"reference"_s, u"imports"_s});
    QCOMPARE(out.code, 0);
    QVERIFY(out.out.contains("\tkemnaker\tDisnaker Kota Bandung\tadmin\t2\tbandung.txt\tin force"));
    QVERIFY(out.out.contains("\tkemnaker\tDisnaker Provinsi Jawa Barat\tadmin\t2\tjabar.txt\tin force"));

    // Listed but not registered: the small card names the list and its source.
    out = agent({u"lookup"_s, u"--nik"_s, u"3171011505900009"_s, u"--json"_s});
    QVERIFY2(out.code == 0, out.err.constData());
    QVERIFY(out.out.contains("Disnaker Kota Bandung"));
    QVERIFY(out.out.contains("Affected-workers list (Kemnaker), source: Disnaker Kota Bandung"));
}

void TestLookupCtl::helpForEachCommand()
{
    for (const QStringList& words :
         {QStringList{u"applicant"_s, u"request"_s}, QStringList{u"outbox"_s, u"export"_s}}) {
        const Out out = ctl(words + QStringList{u"--help"_s});
        QCOMPARE(out.code, 0);
        QVERIFY(out.out.contains(words.join(u' ').toUtf8()));
        QVERIFY(out.out.contains("Needs"));
    }
}

// `audit list --subject NIK`: who looked at this person, and nobody else's rows.
void TestLookupCtl::auditListBySubject()
{
    QCOMPARE(agent({u"applicant"_s, u"card"_s, u"1"_s}).code, 0);
    QCOMPARE(agent({u"applicant"_s, u"card"_s, u"2"_s}).code, 0);
    Out out = ctl({u"audit"_s, u"list"_s, u"--subject"_s, u"3171011505900001"_s});
    QVERIFY2(out.code == 0, out.err.constData());
    QVERIFY(out.out.contains("\tagen\tapplicant.view\tapplicant:1\t"));
    QVERIFY(!out.out.contains("applicant:2"));
    for (const QByteArray& line : out.out.split('\n'))
        QVERIFY(line.isEmpty() || line.contains("\tapplicant:1\t"));
    // A NIK nobody registered with: said, exit 1; an agent may not read the audit log.
    QCOMPARE(ctl({u"audit"_s, u"list"_s, u"--subject"_s, u"3171011505900009"_s}).code, 1);
    QVERIFY(agent({u"audit"_s, u"list"_s, u"--subject"_s, u"3171011505900001"_s}).code != 0);
}

QTEST_GUILESS_MAIN(TestLookupCtl)
#include "tst_lookupctl.moc"
