#pragma once
// Operators: the first administrator, sign-in with lockout after repeated failures, and
// (for administrators) adding operators. Password hashes are upgraded at sign-in when the
// iteration count has been raised.

#include "Session.h"
#include "domain/Error.h"

#include <QString>

namespace prakerja {

class Database;

class OperatorService {
public:
    struct Policy {
        int iterations = 600'000; // PBKDF2-HMAC-SHA-256; tests pass fewer
        int maxFailures = 5;
        qint64 lockoutMs = 15 * 60'000;
    };

    explicit OperatorService(Database& db) : m_db(db) { }
    OperatorService(Database& db, const Policy& policy) : m_db(db), m_policy(policy) { }

    bool hasOperators();
    // Only while there is no operator at all (init --admin, the console's first start).
    Result<Session> createFirstAdministrator(const QString& name, const QString& password);
    Result<qint64> addOperator(const Session& session, const QString& name, Role role, const QString& password);
    Result<Session> authenticate(const QString& name, const QString& password);

    static Status checkName(const QString& name);

private:
    Result<qint64> insertOperator(const QString& name, Role role, const QString& password);

    Database& m_db;
    Policy m_policy;
};

} // namespace prakerja
