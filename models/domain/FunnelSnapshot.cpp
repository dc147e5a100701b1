#include "FunnelSnapshot.h"

namespace prakerja {

QList<EventType> FunnelSnapshot::stages() const
{
    QList<EventType> result(kFunnelStages.begin(), kFunnelStages.end());
    // Later stages (another area writes them) appear once they exist in the data.
    for (EventType later : {EventType::Selected, EventType::TrainingBought})
        if (total(later) > 0)
            result << later;
    return result;
}

bool FunnelSnapshot::operator==(const FunnelSnapshot& other) const
{
    return cursor == other.cursor && oldestAt == other.oldestAt && newestAt == other.newestAt && totals == other.totals
        && perMinute == other.perMinute && perProvince == other.perProvince && perSegment == other.perSegment
        && perWave == other.perWave && nikRejections == other.nikRejections;
}

} // namespace prakerja
