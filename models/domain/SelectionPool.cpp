#include "SelectionPool.h"

#include "EnumTable.h"
#include "domain/Error.h"

#include <algorithm>
#include <type_traits>

namespace prakerja {

namespace {
constexpr EnumEntry<Eligibility> kReasons[] = {
    {Eligibility::Eligible, u"eligible", QT_TRANSLATE_NOOP("Text", "Memenuhi syarat")},
    {Eligibility::UnderAge, u"under_age", QT_TRANSLATE_NOOP("Text", "Belum 18 tahun pada tanggal penutupan")},
    {Eligibility::EmailNotVerified, u"email_not_verified", QT_TRANSLATE_NOOP("Text", "Email belum terverifikasi")},
    {Eligibility::NikNotVerified, u"nik_not_verified", QT_TRANSLATE_NOOP("Text", "NIK belum terverifikasi")},
    {Eligibility::PhoneNotVerified, u"phone_not_verified", QT_TRANSLATE_NOOP("Text", "Telepon belum terverifikasi")},
    {Eligibility::Student, u"student", QT_TRANSLATE_NOOP("Text", "Terdaftar sebagai pelajar (Dapodik)")},
    {Eligibility::Excluded, u"excluded", QT_TRANSLATE_NOOP("Text", "Termasuk daftar pengecualian")},
    {Eligibility::AlreadyParticipant, u"already_participant",
     QT_TRANSLATE_NOOP("Text", "Sudah menjadi peserta gelombang sebelumnya")},
    {Eligibility::Revoked, u"revoked", QT_TRANSLATE_NOOP("Text", "Kepesertaan dicabut")},
    {Eligibility::FamilyCardCap, u"family_card_cap",
     QT_TRANSLATE_NOOP("Text", "Batas peserta per Kartu Keluarga tercapai")},
};
} // namespace

QString eligibilityName(Eligibility reason)
{
    const QString name = enumName(kReasons, reason);
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

QString eligibilityLabel(Eligibility reason)
{
    return enumLabel(kReasons, reason);
}

std::optional<Eligibility> eligibilityFromName(QStringView name)
{
    return enumFromName(kReasons, name);
}

QString outcomeStatusName(OutcomeStatus status)
{
    switch (status) {
    case OutcomeStatus::Ineligible:
        return QStringLiteral("ineligible");
    case OutcomeStatus::Selected:
        return QStringLiteral("selected");
    case OutcomeStatus::NotSelected:
        return QStringLiteral("not_selected");
    case OutcomeStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

void SelectionPool::resize(size_t n)
{
    id.resize(n);
    nikBi.resize(n);
    kk.resize(n);
    birthYmd.resize(n);
    province.resize(n);
    sex.resize(n);
    segment.resize(n);
    flags.resize(n);
    refs.resize(n);
    kkPrior.resize(n);
    reason.resize(n);
    tier.resize(n);
    status.resize(n);
    rank.resize(n);
}

void SelectionPool::reserve(size_t n)
{
    id.reserve(n);
    nikBi.reserve(n);
    kk.reserve(n);
    birthYmd.reserve(n);
    province.reserve(n);
    sex.reserve(n);
    segment.reserve(n);
    flags.reserve(n);
    refs.reserve(n);
    kkPrior.reserve(n);
    reason.reserve(n);
    tier.reserve(n);
    status.reserve(n);
    rank.reserve(n);
}

void SelectionPool::append(SelectionPool& other)
{
    const auto move = [](auto& to, auto& from) {
        to.insert(to.end(), from.begin(), from.end());
        std::decay_t<decltype(from)>().swap(from); // free each column as soon as it is copied
    };
    move(id, other.id);
    move(nikBi, other.nikBi);
    move(kk, other.kk);
    move(birthYmd, other.birthYmd);
    move(province, other.province);
    move(sex, other.sex);
    move(segment, other.segment);
    move(flags, other.flags);
    move(refs, other.refs);
    move(kkPrior, other.kkPrior);
    move(reason, other.reason);
    move(tier, other.tier);
    move(status, other.status);
    move(rank, other.rank);
}

qint64 SelectionPool::bytesUsed() const
{
    auto bytes = [](const auto& v) { return static_cast<qint64>(v.capacity() * sizeof(v[0])); };
    return bytes(id) + bytes(nikBi) + bytes(kk) + bytes(birthYmd) + bytes(province) + bytes(sex) + bytes(segment)
        + bytes(flags) + bytes(refs) + bytes(kkPrior) + bytes(reason) + bytes(tier) + bytes(status) + bytes(rank);
}

void SelectionPool::releaseEvaluationInputs()
{
    std::vector<qint32>().swap(birthYmd);
    std::vector<quint8>().swap(sex);
    std::vector<quint8>().swap(segment);
    std::vector<quint8>().swap(flags);
    std::vector<quint8>().swap(refs);
}

qint64 SelectionPool::indexOf(quint32 applicantId) const
{
    const auto it = std::lower_bound(id.begin(), id.end(), applicantId);
    return it != id.end() && *it == applicantId ? it - id.begin() : -1;
}

} // namespace prakerja
