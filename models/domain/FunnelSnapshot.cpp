#include "FunnelSnapshot.h"

namespace prakerja {

QList<EventType> FunnelSnapshot::stages() const
{
    QList<EventType> result(kFunnelStages.begin(), kFunnelStages.end());
    // The stages past the wave join appear together once any of them has events (a wave was
    // announced), so that the money's stages show their zeros and drop-offs from the start.
    for (EventType later : kLaterStages)
        if (total(later) > 0) {
            for (EventType stage : kLaterStages)
                result << stage;
            break;
        }
    return result;
}

bool FunnelSnapshot::operator==(const FunnelSnapshot& other) const
{
    return cursor == other.cursor && oldestAt == other.oldestAt && newestAt == other.newestAt && totals == other.totals
        && perMinute == other.perMinute && perProvince == other.perProvince && perSegment == other.perSegment
        && perWave == other.perWave && perWaveStages == other.perWaveStages && nikRejections == other.nikRejections;
}

} // namespace prakerja
