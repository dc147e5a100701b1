#include "Stage.h"

#include "EnumTable.h"
#include "Error.h"

namespace prakerja {

namespace {
constexpr EnumEntry<EventType> kEvents[] = {
    {EventType::Registered, u"registered", u"Terdaftar", u"Registered"},
    {EventType::EmailVerified, u"email_verified", u"Email terverifikasi", u"Email verified"},
    {EventType::NikVerified, u"nik_verified", u"NIK terverifikasi", u"NIK verified"},
    {EventType::NikRejected, u"nik_rejected", u"NIK ditolak", u"NIK rejected"},
    {EventType::PhoneVerified, u"phone_verified", u"Telepon terverifikasi", u"Phone verified"},
    {EventType::TestCompleted, u"test_completed", u"Tes selesai", u"Test completed"},
    {EventType::JoinedBatch, u"joined_batch", u"Bergabung gelombang", u"Joined a wave"},
    {EventType::Selected, u"selected", u"Lolos seleksi", u"Selected"},
    {EventType::NotSelected, u"not_selected", u"Tidak lolos", u"Not selected"},
    {EventType::TrainingBought, u"training_bought", u"Membeli pelatihan", u"Training bought"},
    {EventType::TrainingCompleted, u"training_completed", u"Menyelesaikan pelatihan", u"Training completed"},
    {EventType::IncentivePaid, u"incentive_paid", u"Insentif bulan ke-1", u"Incentive month 1"},
    {EventType::SurveyCompleted, u"survey_completed", u"Mengisi survei", u"Survey completed"},
    {EventType::IncentiveMonth2, u"incentive_month_2", u"Insentif bulan ke-2", u"Incentive month 2"},
    {EventType::IncentiveMonth3, u"incentive_month_3", u"Insentif bulan ke-3", u"Incentive month 3"},
    {EventType::IncentiveComplete, u"incentive_complete", u"Insentif 4 bulan lengkap", u"All four incentive months"},
};

struct NamedValue
{
    int value;
    const char16_t* name;
};
constexpr NamedValue kSegments[] = {
    {1, u"laid_off"}, {2, u"furloughed"}, {3, u"micro_business"}, {4, u"job_seeker"}, {5, u"worker"},
};
constexpr NamedValue kLists[] = {
    {1, u"dapodik"},
    {2, u"dtks"},
    {3, u"kemnaker"},
    {4, u"exclusion"},
};
} // namespace

QString eventName(EventType type)
{
    return enumName(kEvents, type);
}

std::optional<EventType> eventFromName(QStringView name)
{
    return enumFromName(kEvents, name);
}

QString stageLabel(EventType type)
{
    return enumLabel(kEvents, type);
}

QString segmentName(Segment segment)
{
    for (const auto& s : kSegments)
        if (s.value == static_cast<int>(segment))
            return QString::fromUtf16(s.name);
    return QStringLiteral("unknown");
}

std::optional<Segment> segmentFromName(QStringView name)
{
    for (const auto& s : kSegments)
        if (name == QStringView(s.name))
            return static_cast<Segment>(s.value);
    return std::nullopt;
}

QString referenceListName(ReferenceList list)
{
    for (const auto& s : kLists)
        if (s.value == static_cast<int>(list))
            return QString::fromUtf16(s.name);
    return {};
}

std::optional<ReferenceList> referenceListFromName(QStringView name)
{
    for (const auto& s : kLists)
        if (name == QStringView(s.name))
            return static_cast<ReferenceList>(s.value);
    return std::nullopt;
}

} // namespace prakerja
