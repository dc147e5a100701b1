#include "Stage.h"

#include "EnumTable.h"
#include "Error.h"

namespace prakerja {

namespace {
constexpr EnumEntry<EventType> kEvents[] = {
    {EventType::Registered, u"registered", QT_TRANSLATE_NOOP("Text", "Terdaftar")},
    {EventType::EmailVerified, u"email_verified", QT_TRANSLATE_NOOP("Text", "Email terverifikasi")},
    {EventType::NikVerified, u"nik_verified", QT_TRANSLATE_NOOP("Text", "NIK terverifikasi")},
    {EventType::NikRejected, u"nik_rejected", QT_TRANSLATE_NOOP("Text", "NIK ditolak")},
    {EventType::PhoneVerified, u"phone_verified", QT_TRANSLATE_NOOP("Text", "Telepon terverifikasi")},
    {EventType::TestCompleted, u"test_completed", QT_TRANSLATE_NOOP("Text", "Tes selesai")},
    {EventType::JoinedBatch, u"joined_batch", QT_TRANSLATE_NOOP("Text", "Bergabung gelombang")},
    {EventType::Selected, u"selected", QT_TRANSLATE_NOOP("Text", "Lolos seleksi")},
    {EventType::NotSelected, u"not_selected", QT_TRANSLATE_NOOP("Text", "Tidak lolos")},
    {EventType::TrainingBought, u"training_bought", QT_TRANSLATE_NOOP("Text", "Membeli pelatihan")},
    {EventType::TrainingCompleted, u"training_completed", QT_TRANSLATE_NOOP("Text", "Menyelesaikan pelatihan")},
    {EventType::IncentivePaid, u"incentive_paid", QT_TRANSLATE_NOOP("Text", "Insentif bulan ke-1")},
    {EventType::SurveyCompleted, u"survey_completed", QT_TRANSLATE_NOOP("Text", "Mengisi survei")},
    {EventType::IncentiveMonth2, u"incentive_month_2", QT_TRANSLATE_NOOP("Text", "Insentif bulan ke-2")},
    {EventType::IncentiveMonth3, u"incentive_month_3", QT_TRANSLATE_NOOP("Text", "Insentif bulan ke-3")},
    {EventType::IncentiveComplete, u"incentive_complete", QT_TRANSLATE_NOOP("Text", "Insentif 4 bulan lengkap")},
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
