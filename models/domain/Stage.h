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
};

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
