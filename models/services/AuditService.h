#pragma once
// Reading and checking the audit log: filtered, keyset-paged listing, CSV export, and the
// verification that walks the HMAC chain by id and names the first broken link. Listing and
// export need ViewAudit, verification VerifyAudit; export and verification are audited too.

#include "domain/Error.h"
#include "domain/Session.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace prakerja {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0; // UTC epoch ms
    qint64 operatorId = 0;
    QString operatorName;
    QString action;
    QString target;
    QString details;
};

struct AuditFilter
{
    QString operatorName; // exact, case-insensitive; empty = everyone
    QString action; // "user" matches "user" and "user.*"; empty = every action
    QString target; // exact ("applicant:42"); empty = every target
    qint64 fromMs = 0; // inclusive; 0 = open
    qint64 toMs = 0; // exclusive; 0 = open
    // Keyset paging by id: rows after `afterId` (ascending) or before `beforeId` (newest first).
    qint64 afterId = 0;
    qint64 beforeId = 0;
    bool newestFirst = false;
    int limit = 500;

    // A bound from "YYYY-MM-DD" (a WIB calendar day; `end` takes the day after, so --to is
    // inclusive) or an ISO 8601 time with an offset; nullopt if neither.
    static std::optional<qint64> parseBound(QStringView text, bool end);
};

struct AuditVerification
{
    bool intact = true;
    bool cancelled = false;
    qint64 rowsChecked = 0;
    qint64 lastId = 0;
    qint64 firstBrokenId = 0; // 0 when intact
    QString problem; // "mac_mismatch", "missing_row", "deleted_tail", "unanchored_rows", "anchor_missing",
                     // "anchor_invalid", "unknown_key", "recorded_break"
    QString describe() const; // one line for people (in the UI language)
};

class AuditService
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

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
