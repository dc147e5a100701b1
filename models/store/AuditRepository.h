#pragma once
// Reads the audit log (AuditLog appends to it): filtered, keyset-paged listing, streaming every
// matching row, and the walk of the HMAC chain by id that names the first broken link.
// AuditService checks the permissions and audits the reading.

#include "domain/Error.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

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

class AuditRepository
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit AuditRepository(Database& db) : m_db(db) { }

    Result<QList<AuditEntry>> list(const AuditFilter& filter);
    // Visits every matching row in id order (the filter's limit and order are ignored); returns the count.
    Result<qint64> forEach(const AuditFilter& filter, const std::function<void(const AuditEntry&)>& visit);
    // Walks the chain in one read transaction (a consistent snapshot while others append).
    Result<AuditVerification> verifyChain(const Progress& progress, const std::atomic<bool>* cancel);

private:
    Database& m_db;
};

} // namespace prakerja
