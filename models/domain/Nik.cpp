#include "Nik.h"

#include "RegionTable.h"

namespace prakerja {

namespace {

struct Parsed
{
    Nik::Failure failure = Nik::Failure::None;
    int district = 0;
    Sex sex = Sex::Male;
    CivilDate birth;
    int serial = 0;
};

Parsed parseParts(QStringView t, const CivilDate& reference)
{
    Parsed p;
    if (t.size() != 16) {
        p.failure = Nik::Failure::Length;
        return p;
    }
    int d[16];
    for (int i = 0; i < 16; ++i) {
        const char16_t c = t[i].unicode();
        if (c < u'0' || c > u'9') {
            p.failure = Nik::Failure::Digits;
            return p;
        }
        d[i] = c - u'0';
    }
    auto num = [&](int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; ++i)
            v = v * 10 + d[i];
        return v;
    };
    const RegionTable& regions = RegionTable::instance();
    const int province = num(0, 2), regency = num(0, 4), district = num(0, 6);
    if (!regions.hasProvince(province)) {
        p.failure = Nik::Failure::Province;
        return p;
    }
    if (!regions.hasRegency(regency)) {
        p.failure = Nik::Failure::Regency;
        return p;
    }
    if (!regions.hasDistrict(district)) {
        p.failure = Nik::Failure::District;
        return p;
    }
    int day = num(6, 2);
    const int month = num(8, 2), yy = num(10, 2);
    Sex sex = Sex::Male;
    if (day > 40) {
        day -= 40;
        sex = Sex::Female;
    }
    // The century that makes the holder between 0 and 100 years old on the reference date.
    int year = (reference.year / 100) * 100 + yy;
    if (CivilDate{year, month, std::min(day, 28)} > reference)
        year -= 100;
    if (!CivilDate::isValid(year, month, day) || CivilDate{year, month, day} > reference) {
        p.failure = Nik::Failure::BirthDate;
        return p;
    }
    const int serial = num(12, 4);
    if (serial == 0) {
        p.failure = Nik::Failure::Serial;
        return p;
    }
    p.district = district;
    p.sex = sex;
    p.birth = CivilDate{year, month, day};
    p.serial = serial;
    return p;
}

} // namespace

Nik::Failure Nik::check(QStringView text, const CivilDate& reference)
{
    return parseParts(text, reference).failure;
}

Result<Nik> Nik::parse(QStringView text, const CivilDate& reference)
{
    const Parsed p = parseParts(text, reference);
    if (p.failure != Failure::None)
        return errorFor(p.failure);
    Nik nik;
    nik.m_digits = text.toString();
    nik.m_district = p.district;
    nik.m_sex = p.sex;
    nik.m_birthDate = p.birth;
    nik.m_serial = p.serial;
    return nik;
}

Error Nik::errorFor(Failure failure)
{
    switch (failure) {
    case Failure::None:
        break;
    case Failure::Length:
        return makeError(QStringLiteral("nik_length"), Error::tr("NIK harus 16 digit"));
    case Failure::Digits:
        return makeError(QStringLiteral("nik_digits"), Error::tr("NIK hanya boleh berisi angka"));
    case Failure::Province:
        return makeError(QStringLiteral("nik_province"), Error::tr("Kode provinsi pada NIK tidak dikenal"));
    case Failure::Regency:
        return makeError(QStringLiteral("nik_regency"), Error::tr("Kode kabupaten/kota pada NIK tidak dikenal"));
    case Failure::District:
        return makeError(QStringLiteral("nik_district"), Error::tr("Kode kecamatan pada NIK tidak dikenal"));
    case Failure::BirthDate:
        return makeError(QStringLiteral("nik_birth_date"), Error::tr("Tanggal lahir pada NIK tidak valid"));
    case Failure::Serial:
        return makeError(QStringLiteral("nik_serial"), Error::tr("Nomor urut NIK tidak boleh 0000"));
    }
    return makeError(QStringLiteral("nik_unknown"), Error::tr("NIK tidak valid"));
}

QString Nik::compose(int districtCode, const CivilDate& birthDate, Sex sex, int serial)
{
    const int day = birthDate.day + (sex == Sex::Female ? 40 : 0);
    return QString::asprintf("%06d%02d%02d%02d%04d", districtCode, day, birthDate.month, birthDate.year % 100, serial);
}

} // namespace prakerja
