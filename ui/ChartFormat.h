#pragma once
// How charts write numbers: axis ticks and bar values in Indonesian groups (1.432.133, not
// 1432133 or 1,432,133), whatever the system locale.

class QChart;
class QString;

namespace prakerja::ChartFormat {

// Localised numbers on every axis and bar label of `chart`.
void localize(QChart* chart);
// The text a localised value axis shows for `value` (what the tests compare against).
QString axisLabel(double value);

} // namespace prakerja::ChartFormat
