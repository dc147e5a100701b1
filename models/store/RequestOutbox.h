#pragma once
// Owner of the request_outbox table: requests agents raise for the registration system
// (resend the verification email, re-check the NIK, correct a misspelt name). The console only
// records them; the registration system collects them in id order (`outbox export --since ID`).
// A corrected name is stored encrypted (detail_ct, PiiField::Name, bound to the applicant id)
// and re-keyed by key rotation (rekeyBatch).

#include "domain/Error.h"
#include "domain/RequestKind.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace prakerja {

class Database;
class PiiCipher;

struct OutboxRow
{
    qint64 id = 0;
    qint64 applicantId = 0;
    RequestKind kind = RequestKind::ResendVerificationEmail;
    QByteArray detailCt; // empty unless CorrectName
    QString note;
    qint64 operatorId = 0;
    QString operatorName;
    qint64 createdAt = 0;
    std::optional<qint64> exportedAt; // first collected by the registration system
    // For exports: the applicant's NIK ciphertext and its row binding.
    QByteArray nikBi, nikCt;
};

class RequestOutbox
{
public:
    explicit RequestOutbox(Database& db) : m_db(db) { }

    // The binding of a corrected name's ciphertext (stable across key rotation).
    static QByteArray detailBinding(qint64 applicantId);

    Result<qint64> add(qint64 applicantId, RequestKind kind, const QByteArray& detailCt, const QString& note,
                       qint64 operatorId, const QString& operatorName, qint64 at);
    Result<QList<OutboxRow>> forApplicant(qint64 applicantId);
    // Requests with an id above `afterId`, in id order, with the applicant's NIK ciphertext.
    Result<QList<OutboxRow>> since(qint64 afterId, int limit);
    // Marks the first collection of requests afterId < id <= lastId (earlier marks are kept).
    Status markExported(qint64 afterId, qint64 lastId, qint64 at);
    qint64 lastId();
    // Key rotation: re-encrypts up to `limit` corrected names not yet under `targetKeyId`.
    // Returns how many were changed (0: done). Runs inside the caller's transaction.
    Result<qint64> rekeyBatch(PiiCipher& cipher, int targetKeyId, int limit);

private:
    Database& m_db;
};

} // namespace prakerja
