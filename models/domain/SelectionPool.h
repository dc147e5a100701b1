#pragma once
// A wave's pool in compact columnar arrays (struct of arrays, one entry per member, ordered by
// applicant id): the inputs the selection engine reads and the outcome it writes. About 40
// bytes per member while drawing, so that ten million members fit in well under a gigabyte.

#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace prakerja {

// Why a member cannot be selected; 0 means eligible. Stored in outcomes: append, never renumber.
enum class Eligibility : quint8 {
    Eligible = 0,
    UnderAge = 1,
    EmailNotVerified = 2,
    NikNotVerified = 3,
    PhoneNotVerified = 4,
    Student = 5, // on the dapodik list
    Excluded = 6, // on the exclusion list
    AlreadyParticipant = 7, // participant of an earlier wave
    Revoked = 8, // participant whose card was revoked
    FamilyCardCap = 9, // the family card already has the allowed number of participants
};
constexpr int kEligibilityCount = 10;
QString eligibilityName(Eligibility reason); // "under_age"
QString eligibilityLabel(Eligibility reason); // for people
std::optional<Eligibility> eligibilityFromName(QStringView name);

// Stored in outcomes: append, never renumber.
enum class OutcomeStatus : quint8 { Ineligible = 0, Selected = 1, NotSelected = 2, Withdrawn = 3 };
QString outcomeStatusName(OutcomeStatus status);

using BlindId = std::array<quint8, 16>;

struct SelectionPool
{
    enum Flag : quint8 {
        EmailVerified = 1,
        NikVerified = 2,
        PhoneVerified = 4,
        OwnMember = 8, // joined this wave (not only rolled over)
        RepeatApplicant = 16, // in the pool of an earlier drawn wave
        Participant = 32, // an active participant of an earlier wave
        RevokedParticipant = 64,
    };
    enum Reference : quint8 { OnDapodik = 1, OnDtks = 2, OnKemnaker = 4, OnExclusion = 8 };

    // Inputs
    std::vector<quint32> id; // applicant id, ascending
    std::vector<BlindId> nikBi; // the applicant's blind id: the lottery's input
    std::vector<quint64> kk; // family-card key: first 8 bytes of kk_bi, big-endian; 0 = none
    std::vector<qint32> birthYmd;
    std::vector<quint8> province, sex, segment, flags, refs;
    std::vector<quint8> kkPrior; // active participants of earlier waves on the same family card
    // Evaluation and outcome
    std::vector<quint8> reason; // Eligibility
    std::vector<quint8> tier; // 0 = highest priority
    std::vector<quint8> status; // OutcomeStatus
    std::vector<quint32> rank; // 1-based position in the ranking; 0 if not ranked

    qint64 size() const { return static_cast<qint64>(id.size()); }
    void resize(size_t n);
    void reserve(size_t n);
    // Appends `other`'s members (ids above this pool's) column by column and empties `other`.
    void append(SelectionPool& other);
    // Bytes held by the arrays (capacities), for the bench's bytes-per-member figure.
    qint64 bytesUsed() const;
    // Frees the columns the draw itself does not need (after evaluation and reporting).
    void releaseEvaluationInputs();
    // Index of an applicant id, or -1 (binary search: ids are ascending).
    qint64 indexOf(quint32 applicantId) const;
};

} // namespace prakerja
