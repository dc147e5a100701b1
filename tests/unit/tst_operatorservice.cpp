// OperatorService: password hashing and its upgrade at sign-in, lockout and unlock, account
// management rules, and the audit rows every change leaves.
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Timestamp.h"
#include "security/PasswordHasher.h"
#include "services/AuditService.h"
#include "services/OperatorService.h"

#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace prakerja;
using namespace prakerja::test;

namespace {

// Few PBKDF2 iterations: the test checks behaviour, not cost.
OperatorService::Policy fastPolicy(int iterations = 1000)
{
    OperatorService::Policy p;
    p.iterations = iterations;
    p.maxFailures = 3;
    p.lockoutMs = 60'000;
    return p;
}

const QString kAdminPassword = QStringLiteral("kopi-tubruk-pagi-hari");
const QString kAgentPassword = QStringLiteral("nasi-goreng-kampung-99");

QString storedHash(Database& db, const QString& name)
{
    return db.scalar(QStringLiteral("SELECT password_hash FROM operators WHERE name = ?"), {name}).toString();
}

QStringList actions(Database& db)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id"));
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

} // namespace

class TestOperatorService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hashesVerifyAndRejectWrongPasswords();
    void upgradesHashParametersAtSignIn();
    void locksAfterFailuresAndAdministratorUnlocks();
    void lockExpires();
    void disabledAccountCannotSignIn();
    void takenNameIsRefusedInWords();
    void passwordChangeOwnOrByAdministrator();
    void lastAdministratorCannotBeDisabled();
    void policyRefusesWeakPasswords_data();
    void policyRefusesWeakPasswords();
    void everyChangeIsAudited();
    void roleChangeIsAuditedAndGuarded();
    void parallelWrongGuessesAllCount();
    void unknownAndLockedNamesCostOneHash();
    void unknownNamesAreNotAuditedVerbatim();
};

void TestOperatorService::hashesVerifyAndRejectWrongPasswords()
{
    const QString h = PasswordHasher::hash(kAdminPassword, 1000);
    QVERIFY(h.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
    QVERIFY(PasswordHasher::verify(kAdminPassword, h));
    QVERIFY(!PasswordHasher::verify(kAdminPassword + u'x', h));
    QVERIFY(!PasswordHasher::verify(kAdminPassword, QStringLiteral("garbage")));
    // Same password, fresh salt: different hash.
    QVERIFY(PasswordHasher::hash(kAdminPassword, 1000) != h);
}

void TestOperatorService::upgradesHashParametersAtSignIn()
{
    ScratchDatabase scratch;
    OperatorService weak(scratch.db(), fastPolicy(1000));
    QVERIFY(weak.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword));
    QVERIFY(storedHash(scratch.db(), QStringLiteral("admin")).startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
    OperatorService stronger(scratch.db(), fastPolicy(2000));
    QVERIFY(!stronger.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-password-here")));
    QVERIFY2(storedHash(scratch.db(), QStringLiteral("admin")).startsWith(QStringLiteral("pbkdf2-sha256$1000$")),
             "a failed sign-in must not rehash");
    QVERIFY(stronger.authenticate(QStringLiteral("admin"), kAdminPassword));
    const QString upgraded = storedHash(scratch.db(), QStringLiteral("admin"));
    QVERIFY(upgraded.startsWith(QStringLiteral("pbkdf2-sha256$2000$")));
    QVERIFY(stronger.authenticate(QStringLiteral("admin"), kAdminPassword)); // still the same password
    QCOMPARE(storedHash(scratch.db(), QStringLiteral("admin")), upgraded); // no rehash when current
}

void TestOperatorService::locksAfterFailuresAndAdministratorUnlocks()
{
    ScratchDatabase scratch;
    OperatorService ops(scratch.db(), fastPolicy());
    const auto admin = ops.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(admin);
    QVERIFY(ops.addOperator(admin.value(), QStringLiteral("agent1"), Role::CallCentreAgent, kAgentPassword));
    for (int i = 0; i < 2; ++i)
        QCOMPARE(ops.authenticate(QStringLiteral("agent1"), QStringLiteral("salah-salah-salah")).error().code,
                 QStringLiteral("bad_credentials"));
    QCOMPARE(ops.authenticate(QStringLiteral("agent1"), QStringLiteral("salah-salah-salah")).error().code,
             QStringLiteral("bad_credentials"));
    // Locked: even the right password is refused, with the answer an unknown name gets.
    QCOMPARE(ops.authenticate(QStringLiteral("agent1"), kAgentPassword).error().code,
             QStringLiteral("bad_credentials"));
    const auto listed = ops.list(admin.value());
    QVERIFY(listed);
    bool sawLock = false;
    for (const OperatorInfo& o : listed.value())
        if (o.name == u"agent1")
            sawLock = o.lockedUntil > 0;
    QVERIFY(sawLock);
    // An agent cannot unlock; the administrator can.
    const Session agent(2, QStringLiteral("agent1"), Role::CallCentreAgent);
    QCOMPARE(ops.unlock(agent, QStringLiteral("agent1")).error().code, QStringLiteral("permission_denied"));
    QVERIFY(ops.unlock(admin.value(), QStringLiteral("agent1")));
    QVERIFY(ops.authenticate(QStringLiteral("agent1"), kAgentPassword));
    QCOMPARE(ops.unlock(admin.value(), QStringLiteral("nobody")).error().code, QStringLiteral("unknown_operator"));
}

void TestOperatorService::lockExpires()
{
    ManualClock clock(Timestamp::nowMs());
    const ScopedClock useIt(clock);
    ScratchDatabase scratch;
    OperatorService ops(scratch.db(), fastPolicy());
    QVERIFY(ops.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!ops.authenticate(QStringLiteral("admin"), QStringLiteral("salah-salah-salah")));
    QCOMPARE(ops.authenticate(QStringLiteral("admin"), kAdminPassword).error().code, QStringLiteral("bad_credentials"));
    // A second before the lockout runs out the right password is still refused; after it, taken.
    clock.advance(fastPolicy().lockoutMs - 1'000);
    QCOMPARE(ops.authenticate(QStringLiteral("admin"), kAdminPassword).error().code, QStringLiteral("bad_credentials"));
    clock.advance(2'000);
    QVERIFY(ops.authenticate(QStringLiteral("admin"), kAdminPassword));
}

void TestOperatorService::disabledAccountCannotSignIn()
{
    ScratchDatabase scratch;
    OperatorService ops(scratch.db(), fastPolicy());
    const auto admin = ops.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(ops.addOperator(admin.value(), QStringLiteral("analis"), Role::Analyst, kAgentPassword));
    QVERIFY(ops.setDisabled(admin.value(), QStringLiteral("analis"), true));
    QCOMPARE(ops.authenticate(QStringLiteral("analis"), kAgentPassword).error().code,
             QStringLiteral("account_disabled"));
    QVERIFY(ops.setDisabled(admin.value(), QStringLiteral("analis"), false));
    QVERIFY(ops.authenticate(QStringLiteral("analis"), kAgentPassword));
    QCOMPARE(ops.setDisabled(admin.value(), QStringLiteral("admin"), true).error().code,
             QStringLiteral("cannot_disable_self"));
}

// A name that exists (in any case) is name_taken on both backends, and the service goes on
// working after it (on PostgreSQL the failed INSERT aborts its transaction).
void TestOperatorService::takenNameIsRefusedInWords()
{
    ScratchDatabase scratch;
    OperatorService ops(scratch.db(), fastPolicy());
    const auto admin = ops.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(ops.addOperator(admin.value(), QStringLiteral("agent"), Role::CallCentreAgent, kAgentPassword));
    for (const QString& name : {QStringLiteral("agent"), QStringLiteral("AGENT")}) {
        const auto again = ops.addOperator(admin.value(), name, Role::Analyst, kAgentPassword);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("name_taken"));
        QCOMPARE(again.error().message(), QStringLiteral("Nama pengguna sudah dipakai"));
    }
    QVERIFY(ops.addOperator(admin.value(), QStringLiteral("agent2"), Role::CallCentreAgent, kAgentPassword));
}

void TestOperatorService::passwordChangeOwnOrByAdministrator()
{
    ScratchDatabase scratch;
    OperatorService ops(scratch.db(), fastPolicy());
    const auto admin = ops.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(ops.addOperator(admin.value(), QStringLiteral("agent1"), Role::CallCentreAgent, kAgentPassword));
    QVERIFY(ops.addOperator(admin.value(), QStringLiteral("agent2"), Role::CallCentreAgent, kAgentPassword));
    const auto agent = ops.authenticate(QStringLiteral("agent1"), kAgentPassword);
    QVERIFY(agent);
    const QString fresh = QStringLiteral("sate-ayam-madura-2020");
    QVERIFY(ops.changePassword(agent.value(), QStringLiteral("agent1"), fresh)); // own account
    QCOMPARE(ops.changePassword(agent.value(), QStringLiteral("agent2"), fresh).error().code,
             QStringLiteral("permission_denied"));
    QVERIFY(!ops.authenticate(QStringLiteral("agent1"), kAgentPassword));
    QVERIFY(ops.authenticate(QStringLiteral("agent1"), fresh));
    QVERIFY(ops.changePassword(admin.value(), QStringLiteral("agent2"), fresh)); // reset by administrator
    QVERIFY(ops.authenticate(QStringLiteral("agent2"), fresh));
    QCOMPARE(ops.changePassword(admin.value(), QStringLiteral("agent2"), QStringLiteral("short")).error().code,
             PasswordHasher::checkPolicy(QStringLiteral("short")).error().code);
}

void TestOperatorService::lastAdministratorCannotBeDisabled()
{
    ScratchDatabase scratch;
    OperatorService ops(scratch.db(), fastPolicy());
    const auto admin = ops.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(ops.addOperator(admin.value(), QStringLiteral("admin2"), Role::Administrator, kAdminPassword));
    const auto second = ops.authenticate(QStringLiteral("admin2"), kAdminPassword);
    QVERIFY(ops.setDisabled(second.value(), QStringLiteral("admin"), true));
    // admin2 is now the only active administrator; nobody else may disable them either.
    QVERIFY(ops.setDisabled(second.value(), QStringLiteral("admin"), false));
    QVERIFY(ops.setDisabled(admin.value(), QStringLiteral("admin2"), true));
    QCOMPARE(ops.setDisabled(second.value(), QStringLiteral("admin"), true).error().code,
             QStringLiteral("last_administrator"));
}

void TestOperatorService::policyRefusesWeakPasswords_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("short") << QStringLiteral("abc123");
    QTest::newRow("common") << QStringLiteral("password1234");
    QTest::newRow("contains name") << QStringLiteral("operatorbaru-2020");
    // The outside test's weak passwords that the old rules let through.
    QTest::newRow("keyboard repeated") << QStringLiteral("qwertyqwerty");
    QTest::newRow("sequences") << QStringLiteral("123456789abc");
    QTest::newRow("leet common word") << QStringLiteral("Passw0rd!234");
    QTest::newRow("twelve spaces") << QStringLiteral("            ");
    QTest::newRow("common list entry") << QStringLiteral("trustno1trustno1");
}

void TestOperatorService::policyRefusesWeakPasswords()
{
    QFETCH(QString, password);
    ScratchDatabase scratch;
    OperatorService ops(scratch.db(), fastPolicy());
    const auto admin = ops.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(!ops.addOperator(admin.value(), QStringLiteral("operatorbaru"), Role::Analyst, password));
    QVERIFY(!scratch.db().scalar(QStringLiteral("SELECT 1 FROM operators WHERE name = 'operatorbaru'")).isValid());
}

void TestOperatorService::everyChangeIsAudited()
{
    ScratchDatabase scratch;
    OperatorService ops(scratch.db(), fastPolicy());
    const auto admin = ops.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(ops.addOperator(admin.value(), QStringLiteral("agent1"), Role::CallCentreAgent, kAgentPassword));
    QVERIFY(!ops.authenticate(QStringLiteral("agent1"), QStringLiteral("salah-salah-salah")));
    QVERIFY(ops.authenticate(QStringLiteral("agent1"), kAgentPassword));
    QVERIFY(ops.setDisabled(admin.value(), QStringLiteral("agent1"), true));
    QVERIFY(ops.setDisabled(admin.value(), QStringLiteral("agent1"), false));
    QVERIFY(ops.unlock(admin.value(), QStringLiteral("agent1")));
    QVERIFY(ops.changePassword(admin.value(), QStringLiteral("agent1"), QStringLiteral("sate-ayam-madura-2020")));
    QVERIFY(!ops.authenticate(QStringLiteral("ghost"), kAgentPassword));
    QCOMPARE(actions(scratch.db()),
             (QStringList{QStringLiteral("operator.first_admin"), QStringLiteral("operator.add"),
                          QStringLiteral("auth.sign_in_failed"), QStringLiteral("auth.sign_in"),
                          QStringLiteral("operator.disable"), QStringLiteral("operator.enable"),
                          QStringLiteral("operator.unlock"), QStringLiteral("operator.passwd"),
                          QStringLiteral("auth.sign_in_failed")}));
    // A refused change writes nothing.
    const Session agent(2, QStringLiteral("agent1"), Role::CallCentreAgent);
    QVERIFY(!ops.setDisabled(agent, QStringLiteral("admin"), true));
    QCOMPARE(actions(scratch.db()).size(), 9);
    const auto verified = AuditService(scratch.db(), admin.value()).verify();
    QVERIFY(verified);
    QVERIFY2(verified->intact, qPrintable(verified->describe()));
}

// Twenty wrong guesses at once, each from its own connection and thread: every one is counted
// and the account ends locked (the outside test saw the counter reach 3 of 20).
void TestOperatorService::parallelWrongGuessesAllCount()
{
    ScratchDatabase scratch;
    OperatorService::Policy policy = fastPolicy(20'000);
    policy.maxFailures = 5;
    {
        OperatorService ops(scratch.db(), policy);
        QVERIFY(ops.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword));
    }
    constexpr int kGuesses = 20;
    std::atomic<int> ready{0};
    std::atomic<int> refused{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kGuesses; ++i)
        threads.emplace_back([&, i] {
            auto db = Database::open(scratch.dbPath(), scratch.keys());
            if (!db)
                return;
            OperatorService ops(*db.value(), policy);
            ready.fetch_add(1);
            while (ready.load() < kGuesses)
                std::this_thread::yield();
            if (!ops.authenticate(QStringLiteral("admin"), QStringLiteral("tebakan-salah-%1").arg(i)))
                refused.fetch_add(1);
        });
    for (auto& t : threads)
        t.join();
    QCOMPARE(ready.load(), kGuesses);
    QCOMPARE(refused.load(), kGuesses);
    // Every attempt left its audit row, and the account is locked: the right password fails too.
    QCOMPARE(scratch.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('auth.sign_in_failed',"
                                        " 'auth.locked')"))
                 .toInt(),
             kGuesses);
    QVERIFY(scratch.db().scalar(QStringLiteral("SELECT locked_until FROM operators WHERE name = 'admin'")).toLongLong()
            > 0);
    OperatorService ops(scratch.db(), policy);
    QCOMPARE(ops.authenticate(QStringLiteral("admin"), kAdminPassword).error().code, QStringLiteral("bad_credentials"));
    const auto verified = AuditService(scratch.db(), Session(1, QStringLiteral("admin"), Role::Administrator)).verify();
    QVERIFY2(verified && verified->intact, qPrintable(verified->describe()));
}

// An unknown name, a wrong password and a locked account all cost one hash at the policy's
// iteration count (the outside test timed 84 ms against 380 ms), and all get one answer.
void TestOperatorService::unknownAndLockedNamesCostOneHash()
{
    ScratchDatabase scratch;
    const OperatorService::Policy policy = fastPolicy(5000);
    OperatorService ops(scratch.db(), policy);
    QVERIFY(ops.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword));
    auto cost = [&](const QString& name, const QString& password, QString* code) {
        const qint64 before = PasswordHasher::iterationsComputed();
        *code = ops.authenticate(name, password).error().code;
        return PasswordHasher::iterationsComputed() - before;
    };
    QString unknownCode, wrongCode, lockedCode;
    QCOMPARE(cost(QStringLiteral("tidak-ada"), QStringLiteral("apa saja"), &unknownCode), qint64(policy.iterations));
    QCOMPARE(cost(QStringLiteral("admin"), QStringLiteral("salah-salah-salah"), &wrongCode), qint64(policy.iterations));
    for (int i = 0; i < policy.maxFailures; ++i)
        QVERIFY(!ops.authenticate(QStringLiteral("admin"), QStringLiteral("salah-salah-salah")));
    QCOMPARE(cost(QStringLiteral("admin"), kAdminPassword, &lockedCode), qint64(policy.iterations));
    QCOMPARE(unknownCode, QStringLiteral("bad_credentials"));
    QCOMPARE(wrongCode, unknownCode);
    QCOMPARE(lockedCode, unknownCode);
}

// A password typed into the name field must not land in the audit log as it was typed.
void TestOperatorService::unknownNamesAreNotAuditedVerbatim()
{
    ScratchDatabase scratch;
    OperatorService ops(scratch.db(), fastPolicy());
    QVERIFY(ops.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword));
    const QString typed = QStringLiteral("Rahasia-Sekali-2020!");
    QVERIFY(!ops.authenticate(typed, QStringLiteral("apa saja")));
    QVERIFY(!ops.authenticate(typed, QStringLiteral("apa saja lagi")));
    auto q = scratch.db().exec(
        QStringLiteral("SELECT operator_name, target, details FROM audit_log WHERE action = 'auth.sign_in_failed'"));
    QVERIFY(q);
    QStringList names;
    while (q.value().next()) {
        const QString row
            = q.value().value(0).toString() + q.value().value(1).toString() + q.value().value(2).toString();
        QVERIFY2(!row.contains(QStringLiteral("Rahasia")) && !row.contains(QStringLiteral("Sekali")), qPrintable(row));
        names << q.value().value(0).toString();
    }
    QCOMPARE(names.size(), 2);
    QCOMPARE(names[0], names[1]); // the same name leaves the same digest: attempts can be told apart
    QVERIFY(names[0].startsWith(QStringLiteral("unknown#")));
}

void TestOperatorService::roleChangeIsAuditedAndGuarded()
{
    ScratchDatabase scratch;
    OperatorService ops(scratch.db(), fastPolicy());
    const auto admin = ops.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(ops.addOperator(admin.value(), QStringLiteral("agent1"), Role::CallCentreAgent, kAgentPassword));
    const int before = static_cast<int>(actions(scratch.db()).size());

    // Only administrators change roles; a refusal changes nothing.
    const Session agent(2, QStringLiteral("agent1"), Role::CallCentreAgent);
    QCOMPARE(ops.setRole(agent, QStringLiteral("agent1"), Role::Administrator).error().code,
             QString::fromLatin1(Session::kDeniedCode));
    QCOMPARE(ops.setRole(admin.value(), QStringLiteral("ghost"), Role::Analyst).error().code,
             QStringLiteral("unknown_operator"));
    QCOMPARE(ops.setRole(admin.value(), QStringLiteral("agent1"), Role::CallCentreAgent).error().code,
             QStringLiteral("same_role"));
    // Nobody changes their own role; the last active administrator stays one.
    QCOMPARE(ops.setRole(admin.value(), QStringLiteral("admin"), Role::Analyst).error().code,
             QStringLiteral("cannot_change_own_role"));
    QCOMPARE(actions(scratch.db()).size(), before);

    QVERIFY(ops.setRole(admin.value(), QStringLiteral("agent1"), Role::Analyst));
    const auto list = ops.list(admin.value());
    QVERIFY(list);
    QCOMPARE(list->at(1).name, QStringLiteral("agent1"));
    QCOMPARE(list->at(1).role, Role::Analyst);
    // The next sign-in carries the new role.
    const auto signedIn = ops.authenticate(QStringLiteral("agent1"), kAgentPassword);
    QVERIFY(signedIn);
    QCOMPARE(signedIn->role(), Role::Analyst);
    QCOMPARE(
        scratch.db().scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'operator.role'")).toString(),
        QStringLiteral("role agent -> analyst"));

    // A second administrator may demote the first only while another active one remains.
    QVERIFY(ops.setRole(admin.value(), QStringLiteral("agent1"), Role::Administrator));
    const auto second = ops.authenticate(QStringLiteral("agent1"), kAgentPassword);
    QVERIFY(ops.setDisabled(admin.value(), QStringLiteral("agent1"), true));
    QCOMPARE(ops.setRole(second.value(), QStringLiteral("admin"), Role::Analyst).error().code,
             QStringLiteral("last_administrator"));
    QVERIFY(ops.setDisabled(admin.value(), QStringLiteral("agent1"), false));
    QVERIFY(ops.setRole(second.value(), QStringLiteral("admin"), Role::Analyst));
    const auto verified = AuditService(scratch.db(), second.value()).verify();
    QVERIFY(verified);
    QVERIFY2(verified->intact, qPrintable(verified->describe()));
}

QTEST_GUILESS_MAIN(TestOperatorService)
#include "tst_operatorservice.moc"
