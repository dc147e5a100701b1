#pragma once
// The operators table: accounts, password hashes, the failed-attempt counter and the lock.
// OperatorService decides (permissions, policy, audit); this only reads and writes rows.

#include "domain/Error.h"
#include "domain/Session.h"

#include <QList>
#include <QString>
#include <optional>

namespace prakerja {

class Database;

struct OperatorInfo
{
    qint64 id = 0;
    QString name;
    Role role = Role::CallCentreAgent;
    bool disabled = false;
    int failedLogins = 0;
    qint64 lockedUntil = 0; // UTC epoch ms; 0 = not locked
    qint64 createdAt = 0;
    qint64 passwordChangedAt = 0;
    qint64 lastLoginAt = 0; // 0 = never
};

// What sign-in needs of one account.
struct OperatorAccount
{
    qint64 id = 0;
    QString name;
    Role role = Role::CallCentreAgent;
    QString hash;
    bool disabled = false;
    int failures = 0;
    qint64 lockedUntil = 0;
};

class OperatorRepository
{
public:
    explicit OperatorRepository(Database& db) : m_db(db) { }

    bool any();
    std::optional<qint64> idOf(const QString& name);
    // The new operator's id; the error name_taken when the name exists already.
    Result<qint64> insert(const QString& name, Role role, const QString& hash, qint64 at);
    Result<std::optional<OperatorAccount>> account(const QString& name);
    Result<QList<OperatorInfo>> list();
    int failures(qint64 id);
    Status countFailure(qint64 id);
    // Locks until `until` and starts counting again.
    Status lock(qint64 id, qint64 until);
    Status unlock(qint64 id);
    Status recordSignIn(qint64 id, qint64 at, const QString& hash);
    Status setPassword(qint64 id, const QString& hash, qint64 at);
    Status setDisabled(qint64 id, bool disabled);
    std::optional<Role> roleOf(qint64 id);
    Status setRole(qint64 id, Role role);
    // Enabled administrators other than `id`.
    qint64 activeAdministratorsExcept(qint64 id);

private:
    Database& m_db;
};

} // namespace prakerja
