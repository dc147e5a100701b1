#include "IndonesianFormat.h"

#include <cmath>

namespace prakerja::IndonesianFormat {

QString number(qint64 value)
{
    // Grouping by hand: QLocale(id_ID) depends on the CLDR data of the Qt build.
    const bool negative = value < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    QString digitsText = QString::number(magnitude);
    QString out;
    out.reserve(digitsText.size() + digitsText.size() / 3 + 1);
    const qsizetype lead = digitsText.size() % 3;
    for (qsizetype i = 0; i < digitsText.size(); ++i) {
        if (i > 0 && (i - lead) % 3 == 0)
            out += u'.';
        out += digitsText[i];
    }
    return negative ? u'-' + out : out;
}

QString percent(double ratio, int decimals)
{
    if (!std::isfinite(ratio))
        return QStringLiteral("–");
    QString text = QString::number(ratio * 100.0, 'f', decimals);
    text.replace(u'.', u',');
    return text + QStringLiteral(" %");
}

QString rupiah(qint64 value)
{
    return QStringLiteral("Rp ") + number(value);
}

} // namespace prakerja::IndonesianFormat
