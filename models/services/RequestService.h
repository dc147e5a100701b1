#pragma once
// Requests an agent raises for the registration system: resend the verification email,
// re-check the NIK with the civil registry, correct a misspelt name. They leave a record in
// the outbox and never change an applicant or a selection here. Raising needs AddApplicantNote;
// the registration system's pickup (exportSince) needs ExportData. Both are audited.

#include "ApplicantCard.h"
#include "domain/RequestKind.h"
#include "domain/Session.h"

#include <QList>
#include <optional>

namespace prakerja {

class Database;

// One request as the registration system collects it (personal data in plain text).
struct OutboxExport
{
    qint64 id = 0;
    qint64 applicantId = 0;
    QString nik;
    QString kind; // requestKindName
    QString newName; // CorrectName only
    QString note;
    QString operatorName;
    qint64 createdAt = 0;
};

// A request as the card shows it.
struct RequestState
{
    qint64 id = 0;
    RequestKind kind = RequestKind::ResendVerificationEmail;
    QString operatorName;
    qint64 createdAt = 0;
    std::optional<qint64> collectedAt;
    Bilingual text; // "Permintaan #3, 2 Desember 2026, agen1: … — menunggu diambil …"
};

class RequestService
{
public:
    static constexpr int kMaxNote = 500;
    static constexpr int kMaxName = 100;
    static constexpr int kExportLimit = 10'000;

    RequestService(Database& db, const Session& session) : m_db(db), m_session(session) { }

    Result<qint64> raise(qint64 applicantId, RequestKind kind, const QString& note, const QString& newName = {});
    // Requests with an id above `sinceId`, in id order (at most kExportLimit: ask again from
    // the last id). The first collection of each is recorded (the card shows it); audited.
    Result<QList<OutboxExport>> exportSince(qint64 sinceId);
    // The applicant's requests with their state (needs SearchApplicants).
    Result<QList<RequestState>> forApplicant(qint64 applicantId);

private:
    Database& m_db;
    Session m_session;
};

} // namespace prakerja
