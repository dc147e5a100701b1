#pragma once
// The call centre's applicant lookup: recognised searches (NIK, phone and email exactly
// through the blind indexes; names through the keyed token index, confirmed by decrypting the
// candidates), the masked applicant card, and the audited reveal of one field with a typed
// reason. Needs SearchApplicants (reveal: RevealApplicantPii; the KK only for administrators).
// Every search, card and reveal writes an audit row. Agents see at most the first 50 results.

#include "ApplicantCard.h"
#include "LookupQuery.h"
#include "domain/Session.h"

#include <QHash>
#include <functional>
#include <memory>

namespace prakerja {

class Database;
class PiiCipher;
struct ApplicantRecord;

struct ApplicantHit
{
    qint64 id = 0;
    QString name;
    QString nikMasked;
    QString region;
    Bilingual stage;
};

struct SearchPage
{
    LookupKind kind = LookupKind::Invalid;
    QList<ApplicantHit> hits;
    bool more = false; // more results past nextAfter
    qint64 nextAfter = 0; // pass as afterId for the next page
    qint64 indexBehind = 0; // applicants the name index has not reached yet (name searches)
    bool capped = false; // an agent's search stopped at kAgentLimit
    // A NIK search that found no applicant: the reference lists the NIK is on (empty if none).
    QList<Bilingual> listedOn;
    QStringList listedSources;
};

enum class RevealField : quint8 { Nik = 1, Kk = 2, Email = 3, Phone = 4 };
QString revealFieldName(RevealField field); // "nik", "kk", "email", "phone"
std::optional<RevealField> revealFieldFromName(QStringView name);

class LookupService
{
public:
    static constexpr int kAgentLimit = 50;
    static constexpr int kMinReasonLength = 5;

    LookupService(Database& db, const Session& session);
    ~LookupService();
    LookupService(const LookupService&) = delete;
    LookupService& operator=(const LookupService&) = delete;

    // One page of results after applicant id `afterId` (0: the first page). Agents get only
    // the first page, of at most kAgentLimit.
    Result<SearchPage> search(const LookupQuery& query, qint64 afterId = 0, int limit = kAgentLimit);
    Result<ApplicantCard> card(qint64 applicantId);
    // The plain value of one field; audited with the reason.
    Result<QString> reveal(qint64 applicantId, RevealField field, const QString& reason);
    // May this session reveal `field` (the role matrix in docs/security.md)?
    bool mayReveal(RevealField field) const;

    // The applicant with this NIK, for "who looked at this person" (needs ViewAudit or
    // SearchApplicants; not itself a search, so not audited as one). 0 when none.
    Result<qint64> applicantIdOfNik(const QString& nik);
    // Brings the name index up to date (system work; any session that may search).
    Result<qint64> catchUpNameIndex(const std::function<bool(qint64, qint64)>& progress = {});
    // Stage of an applicant from its stored stage times.
    static Bilingual stageOf(const ApplicantRecord& record);

private:
    Result<SearchPage> searchExact(const LookupQuery& query);
    Result<SearchPage> searchName(const LookupQuery& query, qint64 afterId, int limit);
    Result<QList<ApplicantHit>> hitsFor(const QList<qint64>& ids, const QStringList& mustMatch);
    Status audit(const QString& action, const QString& target, const QString& details);
    Result<quint32> lastSelectedRank(int wave, int province, qint64 drawnAt);

    Database& m_db;
    Session m_session;
    std::unique_ptr<PiiCipher> m_cipher;
};

} // namespace prakerja
