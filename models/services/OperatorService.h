#pragma once
// Operators: the first administrator, sign-in with lockout after repeated failures, and
// (for administrators) adding, listing, disabling and unlocking operators and resetting
// passwords. Password hashes are upgraded at sign-in when the iteration count has been raised.
// Every change and every sign-in (success or failure) appends an audit row in the same
// transaction.

#include "domain/Error.h"
#include "domain/Session.h"
#include "store/OperatorRepository.h"

#include <QList>
#include <QString>

namespace prakerja {

class Database;
class ProgrammeSettings;

class OperatorService
{
public:
    struct Policy
    {
        int iterations = 600'000; // PBKDF2-HMAC-SHA-256; tests pass fewer
        int maxFailures = 5;
        qint64 lockoutMs = 15 * 60'000;
        // The lockout of the programme settings (LockoutFailures, LockoutMinutes).
        static Policy from(const ProgrammeSettings& programme);
    };

    explicit OperatorService(Database& db) : m_db(db) { }
    OperatorService(Database& db, const Policy& policy) : m_db(db), m_policy(policy) { }

    bool hasOperators();
    // Only while there is no operator at all (init --admin, the console's first start).
    Result<Session> createFirstAdministrator(const QString& name, const QString& password);
    Result<qint64> addOperator(const Session& session, const QString& name, Role role, const QString& password);
    Result<Session> authenticate(const QString& name, const QString& password);

    // ManageOperators.
    Result<QList<OperatorInfo>> list(const Session& session);
    // ManageOperators, or one's own account.
    Status changePassword(const Session& session, const QString& name, const QString& newPassword);
    // ManageOperators; nobody disables their own account.
    Status setDisabled(const Session& session, const QString& name, bool disabled);
    // ManageOperators: clears the failure count and the lock.
    Status unlock(const Session& session, const QString& name);
    // ManageOperators; nobody changes their own role, and the last active administrator stays
    // one. Audited as operator.role ("agent -> analyst"); an open session keeps its role until
    // its operator signs in again.
    Status setRole(const Session& session, const QString& name, Role role);

    static Status checkName(const QString& name);

private:
    Result<qint64> insertOperator(const Session& actor, const QString& name, Role role, const QString& password,
                                  const QString& action);
    Result<qint64> idOf(const QString& name);
    QString unknownNameLabel(const QString& name) const;
    void auditSignIn(qint64 operatorId, const QString& name, Role role, const QString& action, const QString& details);

    Database& m_db;
    Policy m_policy;
};

} // namespace prakerja
