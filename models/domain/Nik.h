#pragma once
// The 16-digit Indonesian national identity number (Nomor Induk Kependudukan):
// province(2) regency(2) district(2) DDMMYY(6, women add 40 to the day) serial(4).
// Parsing validates every part and derives sex and birth date.

#include "CivilDate.h"
#include "Error.h"

#include <QString>

namespace prakerja {

enum class Sex : quint8 { Male = 1, Female = 2 };

class Nik
{
public:
    enum class Failure {
        None,
        Length,
        Digits,
        Province,
        Regency,
        District,
        BirthDate,
        Serial,
    };

    // `reference` picks the century: the one that makes the holder 0 to 100 years old on it.
    static Result<Nik> parse(QStringView text, const CivilDate& reference);
    static Failure check(QStringView text, const CivilDate& reference);
    static Error errorFor(Failure failure);

    const QString& digits() const { return m_digits; }
    int provinceCode() const { return m_district / 10000; }
    int regencyCode() const { return m_district / 100; }
    int districtCode() const { return m_district; }
    Sex sex() const { return m_sex; }
    const CivilDate& birthDate() const { return m_birthDate; }
    int serial() const { return m_serial; }
    int ageOn(const CivilDate& date) const { return m_birthDate.ageOn(date); }

    // Builds a structurally valid NIK (the simulator and tests use it).
    static QString compose(int districtCode, const CivilDate& birthDate, Sex sex, int serial);

private:
    Nik() = default;
    QString m_digits;
    int m_district = 0;
    Sex m_sex = Sex::Male;
    CivilDate m_birthDate;
    int m_serial = 0;
};

} // namespace prakerja
