#pragma once
// Reading and checking the audit log: filtered, keyset-paged listing, CSV export, and the
// verification that walks the HMAC chain by id and names the first broken link. Listing and
// export need ViewAudit, verification VerifyAudit; export and verification are audited too.

#include "domain/Error.h"
#include "domain/Session.h"
#include "store/AuditRepository.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace prakerja {

class Database;

class AuditService
{
public:
    using Progress = AuditRepository::Progress;

    AuditService(Database& db, const Session& session) : m_db(db), m_session(session) { }

    Result<QList<AuditEntry>> list(const AuditFilter& filter);
    // Writes every matching row (in id order) as CSV with a header; returns the row count.
    Result<qint64> exportCsv(const AuditFilter& filter, QIODevice& out);
    Result<AuditVerification> verify(const Progress& progress = {}, const std::atomic<bool>* cancel = nullptr);
    // A command the session's operator tried and was refused for lack of permission: who tried
    // what (action "permission.denied", the command as target, the refusal as details). Needs no
    // permission: every operator's refusals are recorded.
    Status recordRefusal(const QString& command, const Error& refusal);

private:
    Database& m_db;
    Session m_session;
};

} // namespace prakerja
