#pragma once
// Funnel stages and feed event types. The numeric values are stored in the database and in
// exports: append new values, never renumber.

#include <QString>
#include <array>
#include <optional>

namespace prakerja {

enum class EventType : quint8 {
    Registered = 1,
    EmailVerified = 2,
    NikVerified = 3,
    NikRejected = 4,
    PhoneVerified = 5,
    TestCompleted = 6,
    JoinedBatch = 7,
    Selected = 8,
    NotSelected = 9,
    TrainingBought = 10,
    TrainingCompleted = 11,
    IncentivePaid = 12,
    SurveyCompleted = 13,
    // Funnel stages derived from incentive_paid events, never feed events: a participant's
    // second, third and fourth month paid (IncentivePaid counts the first).
    IncentiveMonth2 = 14,
    IncentiveMonth3 = 15,
    IncentiveComplete = 16,
};

// The stages past the wave join, in funnel order, shown once they have events.
constexpr std::array<EventType, 8> kLaterStages = {
    EventType::Selected,        EventType::TrainingBought,  EventType::TrainingCompleted, EventType::IncentivePaid,
    EventType::IncentiveMonth2, EventType::IncentiveMonth3, EventType::IncentiveComplete, EventType::SurveyCompleted};

// The funnel stage an event counts for: its type, except that a participant's later purchases,
// completions and surveys count no stage (0) and the n-th incentive month counts for the
// month-n stage. `ordinal` is events.score for these types (1 = the first; 0 = none stored, as
// in a bare training_bought of an old feed).
constexpr int funnelStageOf(int type, qint64 ordinal)
{
    switch (type) {
    case static_cast<int>(EventType::TrainingBought):
    case static_cast<int>(EventType::TrainingCompleted):
    case static_cast<int>(EventType::SurveyCompleted):
        return ordinal <= 1 ? type : 0;
    case static_cast<int>(EventType::IncentivePaid):
        return ordinal <= 1 ? type
            : ordinal == 2  ? static_cast<int>(EventType::IncentiveMonth2)
            : ordinal == 3  ? static_cast<int>(EventType::IncentiveMonth3)
            : ordinal == 4  ? static_cast<int>(EventType::IncentiveComplete)
                            : 0;
    default:
        return type;
    }
}
// The same rule as SQL over events (e), for recounts.
inline constexpr const char* kFunnelStageSql
    = "CASE WHEN e.type IN (10, 11, 13) THEN CASE WHEN COALESCE(e.score, 0) <= 1 THEN e.type ELSE 0 END"
      " WHEN e.type = 12 THEN CASE COALESCE(e.score, 0) WHEN 0 THEN 12 WHEN 1 THEN 12 WHEN 2 THEN 14"
      " WHEN 3 THEN 15 WHEN 4 THEN 16 ELSE 0 END ELSE e.type END";

// The stages of the funnel, in order; each is an event type an applicant reaches once.
constexpr std::array<EventType, 6> kFunnelStages
    = {EventType::Registered,    EventType::EmailVerified, EventType::NikVerified,
       EventType::PhoneVerified, EventType::TestCompleted, EventType::JoinedBatch};

// Feed name ("email_verified") <-> type.
QString eventName(EventType type);
std::optional<EventType> eventFromName(QStringView name);
// Label for people, in the current UI language.
QString stageLabel(EventType type);

enum class Segment : quint8 {
    Unknown = 0,
    LaidOff = 1,
    Furloughed = 2,
    MicroBusiness = 3,
    JobSeeker = 4,
    Worker = 5,
};
QString segmentName(Segment segment);
std::optional<Segment> segmentFromName(QStringView name);

// NIK lists from other registries, used by eligibility and priority.
enum class ReferenceList : quint8 {
    Dapodik = 1, // students in formal education
    Dtks = 2, // social-aid recipients
    Kemnaker = 3, // laid-off / furloughed workers reported by ministries and regions
    Exclusion = 4, // civil servants, armed forces, police, officials
};
QString referenceListName(ReferenceList list);
std::optional<ReferenceList> referenceListFromName(QStringView name);

} // namespace prakerja
