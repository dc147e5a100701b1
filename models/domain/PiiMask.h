#pragma once
// How personal data is shown until a permitted operator reveals it: NIK and KK
// 3201••••••••0001, email s•••@contoh.id, phone 0812•••••890 (always in the 08… form).

#include <QString>

namespace prakerja::PiiMask {

inline constexpr QChar kBullet = QChar(0x2022);

QString nik(QStringView digits); // also KK
QString email(QStringView email);
// `phone` in any form PiiCipher accepts (62…, 08…); shown as 08….
QString phone(QStringView phone);
// 6281234567890 -> 081234567890 (display form of a normalised phone).
QString phoneDisplay(QStringView phone);

} // namespace prakerja::PiiMask
