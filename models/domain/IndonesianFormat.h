#pragma once
// Numbers, percentages and money the Indonesian way: 1.432.133 · 73,85 % · Rp 1.000.000.

#include <QString>

namespace prakerja::IndonesianFormat {

QString number(qint64 value);
// `ratio` in [0,1]; "73,85 %".
QString percent(double ratio, int decimals = 2);
QString rupiah(qint64 value);

} // namespace prakerja::IndonesianFormat
