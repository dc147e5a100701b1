#include "OperatorRepository.h"

#include "Database.h"
#include "UniqueViolation.h"

#include <QSqlQuery>

namespace prakerja {

namespace {
Status done(const Result<QSqlQuery>& q)
{
    return q ? Status::success() : Status(q.error());
}
} // namespace

bool OperatorRepository::any()
{
    return m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM operators)")).toBool();
}

std::optional<qint64> OperatorRepository::idOf(const QString& name)
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM operators WHERE name = ?"), {name});
    if (!id.isValid() || id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

Result<qint64> OperatorRepository::insert(const QString& name, Role role, const QString& hash, qint64 at)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO operators (name, role, password_hash, created_at,"
                                      " password_changed_at) VALUES (?, ?, ?, ?, ?)"),
                       {name, static_cast<int>(role), hash, at, at});
    if (!q) {
        // Known by the error alone: on PostgreSQL the failed INSERT has aborted the transaction,
        // so no query could ask who holds the name (the UNIQUE is on the name in any case).
        if (isUniqueViolation(q.error()))
            return makeError(QStringLiteral("name_taken"), Error::tr("Nama pengguna sudah dipakai"));
        return q.error();
    }
    return m_db.insertedId(q.value());
}

Result<std::optional<OperatorAccount>> OperatorRepository::account(const QString& name)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, role, password_hash, disabled, failed_logins, locked_until"
                                      " FROM operators WHERE name = ?"),
                       {name});
    if (!q)
        return q.error();
    QSqlQuery& row = q.value();
    if (!row.next())
        return std::optional<OperatorAccount>();
    OperatorAccount a;
    a.id = row.value(0).toLongLong();
    a.name = row.value(1).toString();
    a.role = static_cast<Role>(row.value(2).toInt());
    a.hash = row.value(3).toString();
    a.disabled = row.value(4).toBool();
    a.failures = row.value(5).toInt();
    a.lockedUntil = row.value(6).isNull() ? 0 : row.value(6).toLongLong();
    return std::optional<OperatorAccount>(a);
}

Result<QList<OperatorInfo>> OperatorRepository::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, role, disabled, failed_logins, locked_until, created_at,"
                                      " password_changed_at, last_login_at FROM operators ORDER BY name"));
    if (!q)
        return q.error();
    QList<OperatorInfo> rows;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        OperatorInfo o;
        o.id = r.value(0).toLongLong();
        o.name = r.value(1).toString();
        o.role = static_cast<Role>(r.value(2).toInt());
        o.disabled = r.value(3).toBool();
        o.failedLogins = r.value(4).toInt();
        o.lockedUntil = r.value(5).isNull() ? 0 : r.value(5).toLongLong();
        o.createdAt = r.value(6).toLongLong();
        o.passwordChangedAt = r.value(7).toLongLong();
        o.lastLoginAt = r.value(8).isNull() ? 0 : r.value(8).toLongLong();
        rows << o;
    }
    return rows;
}

int OperatorRepository::failures(qint64 id)
{
    return m_db.scalar(QStringLiteral("SELECT failed_logins FROM operators WHERE id = ?"), {id}).toInt();
}

Status OperatorRepository::countFailure(qint64 id)
{
    return done(m_db.exec(QStringLiteral("UPDATE operators SET failed_logins = failed_logins + 1 WHERE id = ?"), {id}));
}

Status OperatorRepository::lock(qint64 id, qint64 until)
{
    return done(m_db.exec(QStringLiteral("UPDATE operators SET failed_logins = 0, locked_until = ? WHERE id = ?"),
                          {until, id}));
}

Status OperatorRepository::unlock(qint64 id)
{
    return done(
        m_db.exec(QStringLiteral("UPDATE operators SET failed_logins = 0, locked_until = NULL WHERE id = ?"), {id}));
}

Status OperatorRepository::recordSignIn(qint64 id, qint64 at, const QString& hash)
{
    return done(
        m_db.exec(QStringLiteral("UPDATE operators SET failed_logins = 0, locked_until = NULL, last_login_at = ?,"
                                 " password_hash = ? WHERE id = ?"),
                  {at, hash, id}));
}

Status OperatorRepository::setPassword(qint64 id, const QString& hash, qint64 at)
{
    return done(m_db.exec(QStringLiteral("UPDATE operators SET password_hash = ?, password_changed_at = ?,"
                                         " failed_logins = 0, locked_until = NULL WHERE id = ?"),
                          {hash, at, id}));
}

Status OperatorRepository::setDisabled(qint64 id, bool disabled)
{
    return done(m_db.exec(QStringLiteral("UPDATE operators SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, id}));
}

std::optional<Role> OperatorRepository::roleOf(qint64 id)
{
    const QVariant role = m_db.scalar(QStringLiteral("SELECT role FROM operators WHERE id = ?"), {id});
    if (!role.isValid() || role.isNull())
        return std::nullopt;
    return static_cast<Role>(role.toInt());
}

Status OperatorRepository::setRole(qint64 id, Role role)
{
    return done(m_db.exec(QStringLiteral("UPDATE operators SET role = ? WHERE id = ?"), {static_cast<int>(role), id}));
}

qint64 OperatorRepository::activeAdministratorsExcept(qint64 id)
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM operators WHERE role = ? AND disabled = 0 AND id <> ?"),
                {static_cast<int>(Role::Administrator), id})
        .toLongLong();
}

} // namespace prakerja
