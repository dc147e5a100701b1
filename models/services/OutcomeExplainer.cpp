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
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "tercatat di daftar pekerja terdampak Kemnaker"));
    case TierCriterion::PrioritySegment:
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "usaha mikro, terkena PHK, atau dirumahkan"));
    case TierCriterion::NotOnDtks:
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "bukan penerima bansos (DTKS)"));
    case TierCriterion::Everyone:
        break;
    }
    return Bilingual::of(QT_TRANSLATE_NOOP("Text", "pendaftar lainnya"));
}

Bilingual OutcomeExplainer::ineligibility(int reason, const RuleSet& rules, qint64 closesAt, int kkPrior)
{
    const Bilingual on = date(closesAt);
    switch (static_cast<Eligibility>(reason)) {
    case Eligibility::UnderAge:
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "belum berusia %1 tahun pada %2")).arg(rules.minimumAge).arg(on);
    case Eligibility::EmailNotVerified:
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "email belum terverifikasi saat gelombang ditutup (%1)"))
            .arg(on);
    case Eligibility::NikNotVerified:
        return Bilingual::of(
                   QT_TRANSLATE_NOOP("Text", "NIK belum terverifikasi di Dukcapil saat gelombang ditutup (%1)"))
            .arg(on);
    case Eligibility::PhoneNotVerified:
        return Bilingual::of(
                   QT_TRANSLATE_NOOP("Text", "nomor telepon belum terverifikasi (OTP) saat gelombang ditutup (%1)"))
            .arg(on);
    case Eligibility::Student:
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "tercatat sebagai pelajar di Dapodik"));
    case Eligibility::Excluded:
        return Bilingual::of(
            QT_TRANSLATE_NOOP("Text", "tercatat di daftar pengecualian (ASN, TNI/Polri, pejabat, perangkat desa)"));
    case Eligibility::AlreadyParticipant:
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "sudah menjadi peserta di gelombang sebelumnya"));
    case Eligibility::Revoked:
        return Bilingual::of(
            QT_TRANSLATE_NOOP("Text", "kepesertaan sebelumnya dicabut (tidak membeli pelatihan dalam 30 hari)"));
    case Eligibility::FamilyCardCap:
        return Bilingual::of(
                   QT_TRANSLATE_NOOP("Text", "Kartu Keluarga yang sama sudah memiliki %1 peserta (batas %2 per KK)"))
            .arg(kkPrior)
            .arg(rules.familyCardCap);
    case Eligibility::Eligible:
        break;
    }
    return Bilingual::of(QT_TRANSLATE_NOOP("Text", "memenuhi syarat"));
}

Bilingual OutcomeExplainer::explain(const Wave& wave, const OutcomeFacts& f)
{
    // A wave's own name is data in one language; in English the card says its number.
    const Bilingual numbered = Bilingual::of(QT_TRANSLATE_NOOP("Text", "Gelombang %1")).arg(wave.number);
    const Bilingual name{wave.name.isEmpty() ? numbered.id : wave.name, numbered.en};
    const Bilingual rank = number(f.rank);
    const Bilingual quota = number(f.groupQuota);
    const QString province = RegionTable::instance().provinceName(f.province);
    const Bilingual group = f.provinceGroup
        ? Bilingual::of(QT_TRANSLATE_NOOP("Text", "kuota provinsi %1 (%2 kursi)")).arg(province, quota)
        : Bilingual::of(QT_TRANSLATE_NOOP("Text", "kuota nasional %1 kursi")).arg(quota);
    switch (static_cast<OutcomeStatus>(f.status)) {
    case OutcomeStatus::Selected:
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "%1: TERPILIH. Peringkat %2 dalam %3.")).arg(name, rank, group);
    case OutcomeStatus::NotSelected: {
        const Bilingual tier = f.tier < wave.rules.tierCount()
            ? tierLabel(wave.rules.tiers[static_cast<size_t>(f.tier)])
            : Bilingual::of(QT_TRANSLATE_NOOP("Text", "?"));
        const Bilingual last = number(f.lastSelectedRank);
        return Bilingual::of(QT_TRANSLATE_NOOP("Text",
                                               "%1: TIDAK TERPILIH. Prioritas tingkat %2 (%3), peringkat %4;"
                                               " peserta terakhir yang terpilih dalam %5 ada di peringkat"
                                               " %6. Dapat ikut gelombang berikutnya tanpa mendaftar ulang."))
            .arg(name)
            .arg(f.tier + 1)
            .arg(tier, rank, group, last);
    }
    case OutcomeStatus::Withdrawn: {
        const Bilingual why = ineligibility(f.reason, wave.rules, wave.closesAt, f.kkPrior);
        return Bilingual::of(QT_TRANSLATE_NOOP(
                                 "Text", "%1: DITARIK pada pemeriksaan ulang sebelum pengumuman (peringkat %2): %3."))
            .arg(name, rank, why);
    }
    case OutcomeStatus::Ineligible:
        break;
    }
    const Bilingual why = ineligibility(f.reason, wave.rules, wave.closesAt, f.kkPrior);
    return Bilingual::of(QT_TRANSLATE_NOOP("Text", "%1: TIDAK MEMENUHI SYARAT: %2.")).arg(name, why);
}

} // namespace prakerja
