#include "OutcomeExplainer.h"

#include "domain/IndonesianFormat.h"
#include "domain/RegionTable.h"
#include "domain/SelectionPool.h"
#include "domain/Timestamp.h"

#include <QLocale>

namespace prakerja {

Bilingual OutcomeExplainer::number(qint64 value)
{
    return {IndonesianFormat::number(value), QLocale(QLocale::English).toString(value)};
}

Bilingual OutcomeExplainer::date(qint64 epochMs)
{
    static const char16_t* const kId[] = {u"Januari", u"Februari", u"Maret",     u"April",   u"Mei",      u"Juni",
                                          u"Juli",    u"Agustus",  u"September", u"Oktober", u"November", u"Desember"};
    static const char16_t* const kEn[] = {u"January", u"February", u"March",     u"April",   u"May",      u"June",
                                          u"July",    u"August",   u"September", u"October", u"November", u"December"};
    const CivilDate d = Timestamp::dateWib(epochMs);
    const int m = std::clamp(d.month, 1, 12) - 1;
    return {QStringLiteral("%1 %2 %3").arg(d.day).arg(QString::fromUtf16(kId[m])).arg(d.year),
            QStringLiteral("%1 %2 %3").arg(d.day).arg(QString::fromUtf16(kEn[m])).arg(d.year)};
}

Bilingual OutcomeExplainer::tierLabel(TierCriterion criterion)
{
    switch (criterion) {
    case TierCriterion::KemnakerList:
        return {QStringLiteral("tercatat di daftar pekerja terdampak Kemnaker"),
                QStringLiteral("on the Kemnaker list of affected workers")};
    case TierCriterion::PrioritySegment:
        return {QStringLiteral("usaha mikro, terkena PHK, atau dirumahkan"),
                QStringLiteral("micro business, laid off or furloughed")};
    case TierCriterion::NotOnDtks:
        return {QStringLiteral("bukan penerima bansos (DTKS)"), QStringLiteral("not receiving social aid (DTKS)")};
    case TierCriterion::Everyone:
        break;
    }
    return {QStringLiteral("pendaftar lainnya"), QStringLiteral("everyone else")};
}

Bilingual OutcomeExplainer::ineligibility(int reason, const RuleSet& rules, qint64 closesAt, int kkPrior)
{
    const Bilingual on = date(closesAt);
    switch (static_cast<Eligibility>(reason)) {
    case Eligibility::UnderAge:
        return {QStringLiteral("belum berusia %1 tahun pada %2").arg(rules.minimumAge).arg(on.id),
                QStringLiteral("not yet %1 years old on %2").arg(rules.minimumAge).arg(on.en)};
    case Eligibility::EmailNotVerified:
        return {QStringLiteral("email belum terverifikasi saat gelombang ditutup (%1)").arg(on.id),
                QStringLiteral("email not verified when the wave closed (%1)").arg(on.en)};
    case Eligibility::NikNotVerified:
        return {QStringLiteral("NIK belum terverifikasi di Dukcapil saat gelombang ditutup (%1)").arg(on.id),
                QStringLiteral("NIK not verified with the civil registry when the wave closed (%1)").arg(on.en)};
    case Eligibility::PhoneNotVerified:
        return {QStringLiteral("nomor telepon belum terverifikasi (OTP) saat gelombang ditutup (%1)").arg(on.id),
                QStringLiteral("phone number not verified (OTP) when the wave closed (%1)").arg(on.en)};
    case Eligibility::Student:
        return {QStringLiteral("tercatat sebagai pelajar di Dapodik"),
                QStringLiteral("recorded as a student in Dapodik (the education registry)")};
    case Eligibility::Excluded:
        return {QStringLiteral("tercatat di daftar pengecualian (ASN, TNI/Polri, pejabat, perangkat desa)"),
                QStringLiteral("on the exclusion list (civil servants, armed forces/police, officials)")};
    case Eligibility::AlreadyParticipant:
        return {QStringLiteral("sudah menjadi peserta di gelombang sebelumnya"),
                QStringLiteral("already a participant of an earlier wave")};
    case Eligibility::Revoked:
        return {QStringLiteral("kepesertaan sebelumnya dicabut (tidak membeli pelatihan dalam 30 hari)"),
                QStringLiteral("an earlier participation was revoked (no training bought within 30 days)")};
    case Eligibility::FamilyCardCap:
        return {QStringLiteral("Kartu Keluarga yang sama sudah memiliki %1 peserta (batas %2 per KK)")
                    .arg(kkPrior)
                    .arg(rules.familyCardCap),
                QStringLiteral("the same family card already has %1 participants (limit %2 per card)")
                    .arg(kkPrior)
                    .arg(rules.familyCardCap)};
    case Eligibility::Eligible:
        break;
    }
    return {QStringLiteral("memenuhi syarat"), QStringLiteral("eligible")};
}

Bilingual OutcomeExplainer::explain(const Wave& wave, const OutcomeFacts& f)
{
    const QString name = wave.name.isEmpty() ? QStringLiteral("Gelombang %1").arg(wave.number) : wave.name;
    const QString nameEn = QStringLiteral("wave %1").arg(wave.number);
    const Bilingual rank = number(f.rank);
    const Bilingual quota = number(f.groupQuota);
    const QString province = RegionTable::instance().provinceName(f.province);
    const Bilingual group = f.provinceGroup
        ? Bilingual{QStringLiteral("kuota provinsi %1 (%2 kursi)").arg(province, quota.id),
                    QStringLiteral("the %1 province quota (%2 places)").arg(province, quota.en)}
        : Bilingual{QStringLiteral("kuota nasional %1 kursi").arg(quota.id),
                    QStringLiteral("the national quota of %1 places").arg(quota.en)};
    switch (static_cast<OutcomeStatus>(f.status)) {
    case OutcomeStatus::Selected:
        return {QStringLiteral("%1: TERPILIH. Peringkat %2 dalam %3.").arg(name, rank.id, group.id),
                QStringLiteral("%1: SELECTED. Rank %2 within %3.").arg(nameEn, rank.en, group.en)};
    case OutcomeStatus::NotSelected: {
        const Bilingual tier = f.tier < wave.rules.tierCount()
            ? tierLabel(wave.rules.tiers[static_cast<size_t>(f.tier)])
            : Bilingual{QStringLiteral("?"), QStringLiteral("?")};
        const Bilingual last = number(f.lastSelectedRank);
        return {QStringLiteral("%1: TIDAK TERPILIH. Prioritas tingkat %2 (%3), peringkat %4; peserta terakhir yang"
                               " terpilih dalam %5 ada di peringkat %6. Dapat ikut gelombang berikutnya tanpa"
                               " mendaftar ulang.")
                    .arg(name)
                    .arg(f.tier + 1)
                    .arg(tier.id, rank.id, group.id, last.id),
                QStringLiteral("%1: NOT SELECTED. Priority tier %2 (%3), rank %4; the last selected member of %5 was"
                               " at rank %6. May join the next wave without registering again.")
                    .arg(nameEn)
                    .arg(f.tier + 1)
                    .arg(tier.en, rank.en, group.en, last.en)};
    }
    case OutcomeStatus::Withdrawn: {
        const Bilingual why = ineligibility(f.reason, wave.rules, wave.closesAt, f.kkPrior);
        return {QStringLiteral("%1: DITARIK pada pemeriksaan ulang sebelum pengumuman (peringkat %2): %3.")
                    .arg(name, rank.id, why.id),
                QStringLiteral("%1: WITHDRAWN at the re-check before the announcement (rank %2): %3.")
                    .arg(nameEn, rank.en, why.en)};
    }
    case OutcomeStatus::Ineligible:
        break;
    }
    const Bilingual why = ineligibility(f.reason, wave.rules, wave.closesAt, f.kkPrior);
    return {QStringLiteral("%1: TIDAK MEMENUHI SYARAT: %2.").arg(name, why.id),
            QStringLiteral("%1: NOT ELIGIBLE: %2.").arg(nameEn, why.en)};
}

} // namespace prakerja
