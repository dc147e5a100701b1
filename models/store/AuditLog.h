#pragma once
// The tamper-evident audit log: every write and every view of an applicant's personal data
// appends a row (time, operator, action, target, details). Rows are chained with
// HMAC-SHA-256 under the key file's audit sub-key: mac(n) = HMAC(k, mac(n-1) || row n), so an
// edited, deleted, inserted or reordered row breaks the chain at that row, and nobody without
// the key file can forge a row. append() runs inside the caller's transaction if one is open.
// The last row is also anchored in meta ("audit.anchor": its id and a MAC over id and mac), so
// deleting rows from the end of the log is detected as well (AuditService::verify).

#include "domain/Error.h"

#include <QString>

namespace prakerja {

class Database;
class Session;

class AuditLog
{
public:
    explicit AuditLog(Database& db) : m_db(db) { }

    // `action` is a stable dotted name ("wave.create", "applicant.reveal"); `target` names the
    // object ("wave:3", "applicant:1234"); `details` is free text or JSON for people.
    Status append(const Session& session, const QString& action, const QString& target, const QString& details = {});

    // Key rotation: re-chains every row under `key` (generation `keyId`) and anchors the last
    // one. Returns the rows re-chained. Needs the caller's write transaction.
    Result<qint64> rechain(const QByteArray& key, int keyId);

    // The MAC of a row given its predecessor's, exactly as append() computes it.
    static QByteArray rowMac(const QByteArray& key, const QByteArray& previousMac, qint64 id, qint64 at,
                             qint64 operatorId, const QString& operatorName, const QString& action,
                             const QString& target, const QString& details);

    // MAC of the anchor that pins the chain's last row.
    static QByteArray anchorMac(const QByteArray& key, qint64 id, const QByteArray& rowMac);
    // meta value of the anchor: "<key id>:<row id>:<hex anchor mac>".
    static QByteArray anchorValue(int keyId, qint64 id, const QByteArray& anchor);
    static constexpr const char* kAnchorKey = "audit.anchor";
    // Written by append() before its own row when the anchor does not pin the last row.
    static constexpr const char* kChainBreakAction = "audit.chain_break";

private:
    // Why the anchor does not pin row `lastId` (empty when it does, or when the log is empty).
    QString anchorProblem(qint64 lastId, const QByteArray& lastMac) const;

    Database& m_db;
};

} // namespace prakerja
