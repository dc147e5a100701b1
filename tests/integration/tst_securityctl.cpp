// prakerjactl's security commands as an operator uses them: user management, status 4 for a
// role that lacks the permission, audit verify/list/export (and verify failing after tampering
// done in SQLite), key rotation, and a copied database without its key file.
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAdminPassword = QStringLiteral("kopi-tubruk-pagi-hari");
const QString kAnalystPassword = QStringLiteral("nasi-goreng-kampung-99");
const QByteArray kNik = "3171011505900001";
const QByteArray kEmail = "budi.santoso@contoh.id";
const QByteArray kPhone = "6281234567890";

} // namespace

class TestSecurityCtl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void userManagement();
    void deniedExitsWithStatus4_data();
    void deniedExitsWithStatus4();
    void auditListAndExport();
    void settingsListAndSet();
    void auditVerifyNamesTamperedRow();
    void keyRotationKeepsEverythingReadable();
    void copiedDatabaseWithoutKeyRevealsNothing();

private:
    using Out = prakerja::test::CtlRun;
    Out ctl(const QStringList& args, const QString& user = QStringLiteral("admin"),
            const QString& password = kAdminPassword, const QByteArray& input = {}, const QString& newPassword = {});
    QString dbPath() const { return m_dir.filePath(QStringLiteral("s.db")); }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("s.key")); }
    void sql(const QString& statement);
    QTemporaryDir m_dir;
    QString m_ctl;
};

TestSecurityCtl::Out TestSecurityCtl::ctl(const QStringList& args, const QString& user, const QString& password,
                                          const QByteArray& input, const QString& newPassword)
{
    QList<QPair<QString, QString>> environment = {
        {QStringLiteral("PRAKERJA_DB"), dbPath()},
        {QStringLiteral("PRAKERJA_KEY_FILE"), keyPath()},
        {QStringLiteral("PRAKERJA_USER"), user},
        {QStringLiteral("PRAKERJA_PASSWORD"), password},
        {QStringLiteral("PRAKERJA_LANG"), QStringLiteral("en")},
        {QStringLiteral("HOME"), m_dir.path()}, // settings of this test only
        {QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))},
    };
    if (!newPassword.isEmpty())
        environment.append({QStringLiteral("PRAKERJA_NEW_PASSWORD"), newPassword});
    return prakerja::test::runCtl(args, environment, input);
}

void TestSecurityCtl::sql(const QString& statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

void TestSecurityCtl::initTestCase()
{
    m_ctl = qEnvironmentVariable("PRAKERJACTL");
    QVERIFY2(!m_ctl.isEmpty(), "PRAKERJACTL is not set (run through ctest)");
    const Out init = ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")});
    QVERIFY2(init.code == 0, init.err.constData());
    const QByteArray feed = R"({"event":"registered","at":"2020-04-11T19:00:03+07:00","nik":")" + kNik
        + R"(","kk":"3171010101000001","name":"Budi Santoso","email":")" + kEmail + R"(","phone":")" + kPhone
        + R"(","birth_date":"1990-05-15"})" + "\n";
    const Out ingest
        = ctl({QStringLiteral("ingest"), QStringLiteral("-")}, QStringLiteral("admin"), kAdminPassword, feed);
    QVERIFY2(ingest.code == 0, ingest.err.constData());
}

void TestSecurityCtl::userManagement()
{
    Out add = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("analis"), QStringLiteral("--role"),
                   QStringLiteral("analyst")},
                  QStringLiteral("admin"), kAdminPassword, {}, kAnalystPassword);
    QVERIFY2(add.code == 0, add.err.constData());
    add = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("agen"), QStringLiteral("--role"),
               QStringLiteral("agent")},
              QStringLiteral("admin"), kAdminPassword, {}, QStringLiteral("short"));
    QCOMPARE(add.code, 1);
    QVERIFY(add.err.contains("password_too_short"));
    QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x1x"), QStringLiteral("--role"),
                  QStringLiteral("root")})
                 .code,
             2);
    Out list = ctl({QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.contains("analis"));
    QVERIFY(list.out.contains("analyst"));
    // The analyst changes their own password; then signs in with it.
    const QString fresh = QStringLiteral("sate-ayam-madura-2020");
    QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("analis")}, QStringLiteral("analis"),
                 kAnalystPassword, {}, fresh)
                 .code,
             0);
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("analis"), kAnalystPassword).code,
             3);
    QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("analis")}, QStringLiteral("admin"),
                 kAdminPassword, {}, kAnalystPassword)
                 .code,
             0);
    // Disable, enable, unlock.
    QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("analis")}).code, 0);
    const Out disabled = ctl({QStringLiteral("funnel")}, QStringLiteral("analis"), kAnalystPassword);
    QCOMPARE(disabled.code, 3);
    QVERIFY(disabled.err.contains("account_disabled"));
    QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("analis")}).code, 0);
    QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("analis")}).code, 0);
    QCOMPARE(ctl({QStringLiteral("funnel")}, QStringLiteral("analis"), kAnalystPassword).code, 0);
    QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("nobody")}).code, 1);
}

void TestSecurityCtl::deniedExitsWithStatus4_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("permission");
    QTest::newRow("user list") << QStringList{QStringLiteral("user"), QStringLiteral("list")}
                               << QByteArray("manage_operators");
    QTest::newRow("user add") << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("baru"),
                                             QStringLiteral("--role"), QStringLiteral("agent")}
                              << QByteArray("manage_operators");
    QTest::newRow("other's passwd") << QStringList{QStringLiteral("user"), QStringLiteral("passwd"),
                                                   QStringLiteral("admin")}
                                    << QByteArray("manage_operators");
    QTest::newRow("user unlock") << QStringList{QStringLiteral("user"), QStringLiteral("unlock"),
                                                QStringLiteral("admin")}
                                 << QByteArray("manage_operators");
    QTest::newRow("audit verify") << QStringList{QStringLiteral("audit"), QStringLiteral("verify")}
                                  << QByteArray("verify_audit");
    QTest::newRow("audit list") << QStringList{QStringLiteral("audit"), QStringLiteral("list")}
                                << QByteArray("view_audit");
    QTest::newRow("key rotate") << QStringList{QStringLiteral("key"), QStringLiteral("rotate")}
                                << QByteArray("rotate_keys");
    QTest::newRow("ingest") << QStringList{QStringLiteral("ingest"), QStringLiteral("-")} << QByteArray("ingest_feed");
    QTest::newRow("settings set") << QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                                 QStringLiteral("LockoutMinutes"), QStringLiteral("60")}
                                  << QByteArray("manage_settings");
}

void TestSecurityCtl::deniedExitsWithStatus4()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, permission);
    const Out out = ctl(args, QStringLiteral("analis"), kAnalystPassword, {}, QStringLiteral("sate-ayam-madura-2020"));
    QCOMPARE(out.code, 4);
    QVERIFY2(out.err.contains(permission), out.err.constData());
    // The refusal is audited: who tried what.
    const Out audit = ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                           QStringLiteral("permission.denied")});
    QCOMPARE(audit.code, 0);
    const QList<QByteArray> rows = audit.out.trimmed().split('\n');
    QStringList command; // the words before the options
    for (const QString& a : std::as_const(args)) {
        if (a.startsWith(u'-') && a != u"-")
            break;
        command << a;
    }
    QVERIFY2(!rows.isEmpty() && rows.last().contains("\tanalis\t") && rows.last().contains(command.join(u' ').toUtf8())
                 && rows.last().contains(permission),
             audit.out.constData());
}

// Settings from the CLI: listed with their defaults, changed with an audit row, a bad value a
// usage error (before any password), the language one's own.
void TestSecurityCtl::settingsListAndSet()
{
    const Out before = ctl({QStringLiteral("settings"), QStringLiteral("list")});
    QCOMPARE(before.code, 0);
    QVERIFY(before.out.contains("\nIdleLockMinutes 15\n"));
    const Out set = ctl(
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("idlelockminutes"), QStringLiteral("30")});
    QVERIFY2(set.code == 0, set.err.constData());
    QCOMPARE(set.out, QByteArray("IdleLockMinutes: 15 → 30\n"));
    QVERIFY(ctl({QStringLiteral("settings"), QStringLiteral("list")}).out.contains("IdleLockMinutes 30 (default 15)"));
    const Out bad = ctl(
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("IdleLockMinutes"), QStringLiteral("0")},
        QStringLiteral("admin"), QStringLiteral("wrong password!"));
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains("from 1 to 240"));
    QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("Nope"), QStringLiteral("1")}).code,
             2);
    const Out own
        = ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("Language"), QStringLiteral("en")},
              QStringLiteral("analis"), kAnalystPassword);
    QVERIFY2(own.code == 0, own.err.constData());
    const Out audit = ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                           QStringLiteral("settings.change")});
    QVERIFY(audit.out.contains("setting:IdleLockMinutes\t15 → 30"));
    QVERIFY(audit.out.contains("setting:Language\tid → en"));
}

void TestSecurityCtl::auditListAndExport()
{
    const Out list = ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--operator"),
                          QStringLiteral("analis"), QStringLiteral("--action"), QStringLiteral("auth")});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.contains("auth.sign_in_failed")); // the sign-in with the old password
    QVERIFY(list.out.contains("auth.sign_in\t"));
    QVERIFY(!list.out.contains("operator.add"));
    const Out all = ctl(
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2020-01-01")});
    QVERIFY(all.out.contains("feed.ingest"));
    QVERIFY(all.out.contains("operator.disable"));
    QCOMPARE(
        ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--to"), QStringLiteral("2020-01-01")})
            .out,
        QByteArray());
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("kemarin")})
                 .code,
             2);
    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    const Out exported = ctl({QStringLiteral("audit"), QStringLiteral("export"), csv});
    QCOMPARE(exported.code, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("id,time_wib,operator_id,operator,action,target,details"));
    QVERIFY(text.contains("operator.first_admin"));
}

void TestSecurityCtl::auditVerifyNamesTamperedRow()
{
    Out ok = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(ok.code, 0);
    QVERIFY(ok.out.contains("intact"));
    // Edit row 2 directly in SQLite, then put it back.
    sql(QStringLiteral("UPDATE audit_log SET details = details || ' ' WHERE id = 2"));
    const Out broken = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(broken.code, 1);
    QVERIFY2(broken.out.contains("first_broken_id 2 problem mac_mismatch"), broken.out.constData());
    sql(QStringLiteral("UPDATE audit_log SET details = rtrim(details, ' ') WHERE id = 2"));
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
}

void TestSecurityCtl::keyRotationKeepsEverythingReadable()
{
    // Interrupted after one batch, then resumed.
    const Out first = ctl({QStringLiteral("key"), QStringLiteral("rotate"), QStringLiteral("--batch"),
                           QStringLiteral("1"), QStringLiteral("--max-batches"), QStringLiteral("1")});
    QCOMPARE(first.code, 1);
    QVERIFY(first.out.contains("resume"));
    QVERIFY(ctl({QStringLiteral("key"), QStringLiteral("status")}).out.contains("in progress"));
    const Out rest = ctl({QStringLiteral("key"), QStringLiteral("rotate")});
    QVERIFY2(rest.code == 0, rest.err.constData());
    QVERIFY(ctl({QStringLiteral("key"), QStringLiteral("status")}).out.contains("generations 2, active 2"));
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    // The applicant is still found by NIK (a replay is a duplicate, not a new applicant).
    const QByteArray feed = R"({"event":"registered","at":"2020-04-11T19:00:03+07:00","nik":")" + kNik
        + R"(","kk":"3171010101000001","name":"Budi Santoso","email":")" + kEmail + R"(","phone":")" + kPhone
        + R"(","birth_date":"1990-05-15"})" + "\n";
    const Out replay
        = ctl({QStringLiteral("ingest"), QStringLiteral("-")}, QStringLiteral("admin"), kAdminPassword, feed);
    QVERIFY2(replay.out.contains("accepted 0, duplicates 1, rejected 0"), replay.out.constData());
}

void TestSecurityCtl::copiedDatabaseWithoutKeyRevealsNothing()
{
    // Copy the database files (main, WAL) as a thief would, without the key file.
    QTemporaryDir copy;
    QByteArray raw;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(dbPath() + suffix);
        if (!f.exists())
            continue;
        QVERIFY(f.copy(copy.filePath(QStringLiteral("stolen.db") + suffix)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        raw += f.readAll();
    }
    QVERIFY(raw.size() > 0);
    for (const QByteArray& secret : {kNik, kEmail, kPhone, QByteArray("081234567890"), QByteArray("budi.santoso")})
        QVERIFY2(!raw.contains(secret), secret.constData());
    // Without the key file the copy neither opens nor verifies: a fresh key file is refused.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRAKERJA_DB"), copy.filePath(QStringLiteral("stolen.db")));
    env.insert(QStringLiteral("PRAKERJA_KEY_FILE"), copy.filePath(QStringLiteral("guess.key")));
    env.insert(QStringLiteral("PRAKERJA_USER"), QStringLiteral("admin"));
    env.insert(QStringLiteral("PRAKERJA_PASSWORD"), kAdminPassword);
    env.insert(QStringLiteral("PRAKERJA_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(m_ctl, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY(p.waitForFinished(60'000));
    QVERIFY(p.exitCode() != 0);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("key") || err.contains("Key"), err.constData());
    QVERIFY(!p.readAllStandardOutput().contains("intact"));
    // `init` with a new key file on the copy is refused too: the key does not belong to it.
    p.start(m_ctl, {QStringLiteral("init")});
    QVERIFY(p.waitForFinished(60'000));
    QVERIFY(p.exitCode() != 0);
    QVERIFY(!QFile::exists(copy.filePath(QStringLiteral("guess.key")))
            || p.readAllStandardError().contains("wrong_key"));
}

QTEST_GUILESS_MAIN(TestSecurityCtl)
#include "tst_securityctl.moc"
