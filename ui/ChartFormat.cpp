#include "ChartFormat.h"

#include <QChart>
#include <QLocale>

namespace prakerja::ChartFormat {

namespace {
QLocale indonesian()
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}
} // namespace

void localize(QChart* chart)
{
    // With localizeNumbers, Qt Charts formats "%.0f" axis labels and bar values with the chart's
    // locale (group separators included) instead of printf.
    chart->setLocale(indonesian());
    chart->setLocalizeNumbers(true);
}

QString axisLabel(double value)
{
    return indonesian().toString(value, 'f', 0);
}

} // namespace prakerja::ChartFormat
