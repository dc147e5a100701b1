#include "OperatorService.h"

#include "ProgrammeSettings.h"
#include "Settings.h"
#include "domain/Timestamp.h"
#include "security/Crypto.h"
#include "security/PasswordHasher.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/OperatorRepository.h"

#include <QRegularExpression>
#include <optional>

namespace prakerja {

namespace {
Error badCredentials()
{
    // One message for unknown user and wrong password: do not reveal which names exist.
    // Also for a locked account: a lock must not confirm that the name exists.
    return makeError(QStringLiteral("bad_credentials"),
                     Error::tr("Nama pengguna atau kata sandi salah, atau akun sedang terkunci"));
}

Error unknownOperator(const QString& name)
{
    return makeError(QStringLiteral("unknown_operator"), Error::tr("Operator %1 tidak ada").arg(name));
}

// Runs `body` and its audit row in one write transaction.
template <typename F> Status inTransaction(Database& db, F&& body)
{
    if (const Status s = db.beginImmediate(); !s)
        return s;
    const Status s = body();
    if (!s) {
        db.rollback();
        return s;
    }
    return db.commit();
}
} // namespace

OperatorService::Policy OperatorService::Policy::from(const ProgrammeSettings& programme)
{
    Policy p;
    p.maxFailures = std::max(1, programme.value(Settings::Key::LockoutFailures).toInt());
    p.lockoutMs = std::max<qint64>(1, programme.value(Settings::Key::LockoutMinutes).toLongLong()) * Timestamp::kMinute;
    return p;
}

Status OperatorService::checkName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{3,64}$"));
    if (!valid.match(name).hasMatch())
        return makeError(QStringLiteral("invalid_name"),
                         Error::tr("Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah, tanda hubung"));
    return Status::success();
}

bool OperatorService::hasOperators()
{
    return OperatorRepository(m_db).any();
}

Result<qint64> OperatorService::idOf(const QString& name)
{
    const auto id = OperatorRepository(m_db).idOf(name);
    if (!id)
        return unknownOperator(name);
    return *id;
}

Result<qint64> OperatorService::insertOperator(const Session& actor, const QString& name, Role role,
                                               const QString& password, const QString& action)
{
    if (const Status s = checkName(name); !s)
        return s.error();
    if (const Status s = PasswordHasher::checkPolicy(password, name); !s)
        return s.error();
    const QString hash = PasswordHasher::hash(password, m_policy.iterations); // outside the write lock: ~0.3 s
    qint64 id = 0;
    const Status s = inTransaction(m_db, [&]() -> Status {
        const auto inserted = OperatorRepository(m_db).insert(name, role, hash, Timestamp::nowMs());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        // The first administrator acts for themselves; otherwise the administrator who added.
        const Session who = actor.operatorId() == 0 ? Session(id, name, role) : actor;
        return AuditLog(m_db).append(who, action, QStringLiteral("operator:%1").arg(name),
                                     QStringLiteral("role=%1").arg(roleName(role)));
    });
    if (!s)
        return s.error();
    return id;
}

Result<Session> OperatorService::createFirstAdministrator(const QString& name, const QString& password)
{
    if (hasOperators())
        return makeError(QStringLiteral("already_initialised"), Error::tr("Administrator pertama sudah ada"));
    const Result<qint64> id = insertOperator(Session::system(), name, Role::Administrator, password,
                                             QStringLiteral("operator.first_admin"));
    if (!id)
        return id.error();
    return Session(id.value(), name, Role::Administrator);
}

Result<qint64> OperatorService::addOperator(const Session& session, const QString& name, Role role,
                                            const QString& password)
{
    if (const Status s = session.require(Permission::ManageOperators); !s)
        return s.error();
    return insertOperator(session, name, role, password, QStringLiteral("operator.add"));
}

void OperatorService::auditSignIn(qint64 operatorId, const QString& name, Role role, const QString& action,
                                  const QString& details)
{
    // A failed audit append must not turn a sign-in into a crash; the write error shows in verify.
    AuditLog(m_db).append(Session(operatorId, name, role), action, QStringLiteral("operator:%1").arg(name), details);
}

QString OperatorService::unknownNameLabel(const QString& name) const
{
    // What was typed as a user name may be a password: the audit keeps a keyed digest only, so
    // that repeated attempts with one name can be told apart without revealing it (the key is
    // in the key file, not in the database).
    QByteArray key = m_db.keys().subKey(m_db.keys().activeId(), "audit-unknown-name");
    const QByteArray digest = Crypto::hmacSha256(key, name.toUtf8()).left(6).toHex();
    Crypto::wipe(key);
    return QStringLiteral("unknown#") + QString::fromLatin1(digest);
}

Result<Session> OperatorService::authenticate(const QString& name, const QString& password)
{
    const qint64 now = Timestamp::nowMs();
    struct Account : OperatorAccount
    {
        bool locked = false;
        bool lockedNow = false; // this attempt found the failures at the limit and set the lock
    };
    std::optional<Account> account;
    // The attempt is counted before its hash is checked, in one write transaction: parallel
    // guesses each take their own number, and those past the limit are refused unchecked.
    OperatorRepository operators(m_db);
    Status reserved = inTransaction(m_db, [&]() -> Status {
        const auto row = operators.account(name);
        if (!row)
            return row.error();
        if (!row.value())
            return Status::success();
        Account a;
        static_cast<OperatorAccount&>(a) = *row.value();
        a.locked = a.lockedUntil > now;
        if (!a.locked && !a.disabled && a.failures >= m_policy.maxFailures) {
            // Attempts counted but never finished (parallel guesses in flight, or a process
            // killed after counting): they count as failures.
            a.locked = a.lockedNow = true;
            if (const Status s = operators.lock(a.id, now + m_policy.lockoutMs); !s)
                return s;
        } else if (!a.locked && !a.disabled) {
            if (const Status s = operators.countFailure(a.id); !s)
                return s;
        }
        account = a;
        return Status::success();
    });
    if (!reserved)
        return reserved.error();

    // The same work whoever asks: one hash at the policy's cost for an unknown or locked name.
    const bool checkReal = account && !account->locked;
    const bool match
        = PasswordHasher::verify(password, checkReal ? account->hash : PasswordHasher::dummyHash(m_policy.iterations))
        && checkReal;
    if (!account) {
        auditSignIn(0, unknownNameLabel(name), Role::CallCentreAgent, QStringLiteral("auth.sign_in_failed"),
                    QStringLiteral("unknown user"));
        return badCredentials();
    }
    const Account& a = *account;
    if (a.locked) {
        auditSignIn(a.id, a.name, a.role,
                    a.lockedNow ? QStringLiteral("auth.locked") : QStringLiteral("auth.sign_in_failed"),
                    QStringLiteral("account locked"));
        return badCredentials(); // the same answer as for a wrong password: a lock tells nobody the name exists
    }
    if (a.disabled) {
        auditSignIn(a.id, a.name, a.role, QStringLiteral("auth.sign_in_failed"), QStringLiteral("account disabled"));
        if (!match)
            return badCredentials();
        return makeError(QStringLiteral("account_disabled"), Error::tr("Akun dinonaktifkan"));
    }
    if (!match) {
        // Counted already; lock once the count reaches the limit.
        inTransaction(m_db, [&]() -> Status {
            const int count = operators.failures(a.id);
            const bool lockNow = count >= m_policy.maxFailures;
            if (lockNow)
                if (const Status s = operators.lock(a.id, now + m_policy.lockoutMs); !s)
                    return s;
            return AuditLog(m_db).append(
                Session(a.id, a.name, a.role),
                lockNow ? QStringLiteral("auth.locked") : QStringLiteral("auth.sign_in_failed"),
                QStringLiteral("operator:%1").arg(a.name),
                QStringLiteral("wrong password, failure %1 of %2").arg(std::max(count, 1)).arg(m_policy.maxFailures));
        });
        return badCredentials();
    }
    const bool upgrade = PasswordHasher::needsUpgrade(a.hash, m_policy.iterations);
    const QString newHash = upgrade ? PasswordHasher::hash(password, m_policy.iterations) : a.hash;
    const Status s = inTransaction(m_db, [&]() -> Status {
        if (const Status recorded = operators.recordSignIn(a.id, now, newHash); !recorded)
            return recorded;
        return AuditLog(m_db).append(Session(a.id, a.name, a.role), QStringLiteral("auth.sign_in"),
                                     QStringLiteral("operator:%1").arg(a.name),
                                     upgrade ? QStringLiteral("password hash upgraded") : QString());
    });
    if (!s)
        return s.error();
    return Session(a.id, a.name, a.role);
}

Result<QList<OperatorInfo>> OperatorService::list(const Session& session)
{
    if (const Status s = session.require(Permission::ManageOperators); !s)
        return s.error();
    return OperatorRepository(m_db).list();
}

Status OperatorService::changePassword(const Session& session, const QString& name, const QString& newPassword)
{
    const bool own = name.compare(session.operatorName(), Qt::CaseInsensitive) == 0 && session.operatorId() != 0;
    if (!own) {
        if (const Status s = session.require(Permission::ManageOperators); !s)
            return s;
    }
    const Result<qint64> id = idOf(name);
    if (!id)
        return id.error();
    if (const Status s = PasswordHasher::checkPolicy(newPassword, name); !s)
        return s;
    const QString hash = PasswordHasher::hash(newPassword, m_policy.iterations);
    return inTransaction(m_db, [&]() -> Status {
        if (const Status s = OperatorRepository(m_db).setPassword(id.value(), hash, Timestamp::nowMs()); !s)
            return s;
        return AuditLog(m_db).append(session, QStringLiteral("operator.passwd"),
                                     QStringLiteral("operator:%1").arg(name),
                                     own ? QStringLiteral("own password") : QStringLiteral("reset by administrator"));
    });
}

Status OperatorService::setDisabled(const Session& session, const QString& name, bool disabled)
{
    if (const Status s = session.require(Permission::ManageOperators); !s)
        return s;
    const Result<qint64> id = idOf(name);
    if (!id)
        return id.error();
    if (disabled && id.value() == session.operatorId())
        return makeError(QStringLiteral("cannot_disable_self"), Error::tr("Akun sendiri tidak dapat dinonaktifkan"));
    return inTransaction(m_db, [&]() -> Status {
        if (disabled) {
            // Never leave the console without an administrator who can sign in.
            if (OperatorRepository(m_db).activeAdministratorsExcept(id.value()) == 0)
                return makeError(QStringLiteral("last_administrator"),
                                 Error::tr("Administrator aktif terakhir tidak dapat dinonaktifkan"));
        }
        if (const Status s = OperatorRepository(m_db).setDisabled(id.value(), disabled); !s)
            return s;
        return AuditLog(m_db).append(session,
                                     disabled ? QStringLiteral("operator.disable") : QStringLiteral("operator.enable"),
                                     QStringLiteral("operator:%1").arg(name));
    });
}

Status OperatorService::unlock(const Session& session, const QString& name)
{
    if (const Status s = session.require(Permission::ManageOperators); !s)
        return s;
    const Result<qint64> id = idOf(name);
    if (!id)
        return id.error();
    return inTransaction(m_db, [&]() -> Status {
        if (const Status s = OperatorRepository(m_db).unlock(id.value()); !s)
            return s;
        return AuditLog(m_db).append(session, QStringLiteral("operator.unlock"),
                                     QStringLiteral("operator:%1").arg(name));
    });
}

Status OperatorService::setRole(const Session& session, const QString& name, Role role)
{
    if (const Status s = session.require(Permission::ManageOperators); !s)
        return s;
    if (roleName(role).isEmpty())
        return makeError(QStringLiteral("invalid_role"), Error::tr("Peran tidak dikenal"));
    const Result<qint64> id = idOf(name);
    if (!id)
        return id.error();
    if (id.value() == session.operatorId())
        return makeError(QStringLiteral("cannot_change_own_role"), Error::tr("Peran akun sendiri tidak dapat diubah"));
    return inTransaction(m_db, [&]() -> Status {
        OperatorRepository operators(m_db);
        const Role from = operators.roleOf(id.value()).value_or(role);
        if (from == role)
            return makeError(QStringLiteral("same_role"),
                             Error::tr("Operator %1 sudah berperan %2").arg(name, roleLabel(role)));
        // Never leave the console without an administrator who can sign in.
        if (from == Role::Administrator && operators.activeAdministratorsExcept(id.value()) == 0)
            return makeError(QStringLiteral("last_administrator"),
                             Error::tr("Administrator aktif terakhir harus tetap administrator"));
        if (const Status s = operators.setRole(id.value(), role); !s)
            return s;
        return AuditLog(m_db).append(session, QStringLiteral("operator.role"), QStringLiteral("operator:%1").arg(name),
                                     QStringLiteral("role %1 -> %2").arg(roleName(from), roleName(role)));
    });
}

} // namespace prakerja
