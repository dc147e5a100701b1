#include "OperatorService.h"

#include "domain/Timestamp.h"
#include "security/PasswordHasher.h"
#include "store/Database.h"

#include <QRegularExpression>

namespace prakerja {

namespace {
Error badCredentials()
{
    // One message for unknown user and wrong password: do not reveal which names exist.
    return makeError(QStringLiteral("bad_credentials"), QStringLiteral("Nama pengguna atau kata sandi salah"),
                     QStringLiteral("Wrong user name or password"));
}
} // namespace

Status OperatorService::checkName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{3,64}$"));
    if (!valid.match(name).hasMatch())
        return makeError(QStringLiteral("invalid_name"),
                         QStringLiteral("Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah, tanda hubung"),
                         QStringLiteral("User names have 3–64 characters: letters, digits, dot, underscore, hyphen"));
    return Status::success();
}

bool OperatorService::hasOperators()
{
    return m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM operators)")).toBool();
}

Result<qint64> OperatorService::insertOperator(const QString& name, Role role, const QString& password)
{
    if (const Status s = checkName(name); !s)
        return s.error();
    if (const Status s = PasswordHasher::checkPolicy(password, name); !s)
        return s.error();
    const qint64 now = Timestamp::nowMs();
    auto q = m_db.exec(QStringLiteral("INSERT INTO operators (name, role, password_hash, created_at, password_changed_at)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {name, static_cast<int>(role), PasswordHasher::hash(password, m_policy.iterations), now, now});
    if (!q) {
        if (m_db.scalar(QStringLiteral("SELECT 1 FROM operators WHERE name = ?"), {name}).isValid())
            return makeError(QStringLiteral("name_taken"), QStringLiteral("Nama pengguna sudah dipakai"),
                             QStringLiteral("User name already taken"));
        return q.error();
    }
    return q.value().lastInsertId().toLongLong();
}

Result<Session> OperatorService::createFirstAdministrator(const QString& name, const QString& password)
{
    if (hasOperators())
        return makeError(QStringLiteral("already_initialised"), QStringLiteral("Administrator pertama sudah ada"),
                         QStringLiteral("The first administrator already exists"));
    const Result<qint64> id = insertOperator(name, Role::Administrator, password);
    if (!id)
        return id.error();
    return Session(id.value(), name, Role::Administrator);
}

Result<qint64> OperatorService::addOperator(const Session& session, const QString& name, Role role,
                                            const QString& password)
{
    if (const Status s = session.require(Permission::ManageOperators); !s)
        return s.error();
    return insertOperator(name, role, password);
}

Result<Session> OperatorService::authenticate(const QString& name, const QString& password)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, role, password_hash, disabled, failed_logins, locked_until"
                                      " FROM operators WHERE name = ?"),
                       {name});
    if (!q)
        return q.error();
    QSqlQuery& row = q.value();
    if (!row.next()) {
        PasswordHasher::verify(password, PasswordHasher::hash(QString(), 1)); // same shape of work either way
        return badCredentials();
    }
    const qint64 id = row.value(0).toLongLong();
    const QString storedName = row.value(1).toString();
    const auto role = static_cast<Role>(row.value(2).toInt());
    const QString hash = row.value(3).toString();
    const bool disabled = row.value(4).toBool();
    const int failures = row.value(5).toInt();
    const qint64 lockedUntil = row.value(6).isNull() ? 0 : row.value(6).toLongLong();
    row.finish();
    const qint64 now = Timestamp::nowMs();
    if (disabled)
        return makeError(QStringLiteral("account_disabled"), QStringLiteral("Akun dinonaktifkan"),
                         QStringLiteral("Account disabled"));
    if (lockedUntil > now)
        return makeError(QStringLiteral("account_locked"),
                         QStringLiteral("Akun terkunci sampai %1").arg(Timestamp::toDisplayWib(lockedUntil, false)),
                         QStringLiteral("Account locked until %1").arg(Timestamp::toDisplayWib(lockedUntil, false)));
    if (!PasswordHasher::verify(password, hash)) {
        const int count = failures + 1;
        const QVariant lock = count >= m_policy.maxFailures ? QVariant(now + m_policy.lockoutMs) : QVariant();
        m_db.exec(QStringLiteral("UPDATE operators SET failed_logins = ?, locked_until = ? WHERE id = ?"),
                  {count >= m_policy.maxFailures ? 0 : count, lock, id});
        if (lock.isValid())
            return makeError(QStringLiteral("account_locked"),
                             QStringLiteral("Terlalu banyak percobaan gagal; akun terkunci sampai %1")
                                 .arg(Timestamp::toDisplayWib(lock.toLongLong(), false)),
                             QStringLiteral("Too many failed attempts; account locked until %1")
                                 .arg(Timestamp::toDisplayWib(lock.toLongLong(), false)));
        return badCredentials();
    }
    QString newHash = hash;
    if (PasswordHasher::needsUpgrade(hash, m_policy.iterations))
        newHash = PasswordHasher::hash(password, m_policy.iterations);
    m_db.exec(QStringLiteral("UPDATE operators SET failed_logins = 0, locked_until = NULL, last_login_at = ?,"
                             " password_hash = ? WHERE id = ?"),
              {now, newHash, id});
    return Session(id, storedName, role);
}

} // namespace prakerja
