#pragma once
// The funnel's aggregates at one cursor position: a plain value that the tracker publishes to
// views and commands. Its members are Qt containers, so a copy is cheap (implicitly shared)
// and a published snapshot never changes under its reader.

#include "domain/Stage.h"

#include <QMap>
#include <QMetaType>
#include <QString>
#include <array>

namespace prakerja {

// Counts per event type, indexed by the EventType value (room for types added later).
using StageCounts = std::array<qint64, 20>;

struct FunnelSnapshot
{
    qint64 cursor = 0; // the last events.id folded in
    qint64 oldestAt = 0; // feed time (UTC ms) of the earliest event seen; 0 when empty
    qint64 newestAt = 0; // feed time of the latest event seen: "last hour" is relative to it
    qint64 refreshedAtMs = 0; // wall clock of the refresh that produced this snapshot
    qint64 eventsFolded = 0; // events read by the refresh that produced it (0 = loaded only)

    // Funnel semantics, as stage_totals: an applicant counts once per stage (first reach);
    // NikRejected counts rejection events (a registry may be asked again).
    StageCounts totals{};
    QMap<qint64, StageCounts> perMinute; // key: feed time / 60,000 (UTC minute index)
    QMap<int, StageCounts> perProvince; // key: province code from the NIK
    QMap<int, StageCounts> perSegment; // key: Segment value (0 = unknown)
    QMap<int, qint64> perWave; // joins per wave (an applicant may join several waves)
    // The stages from selection on, per the participant's wave (events.wave).
    QMap<int, StageCounts> perWaveStages;
    QMap<QString, qint64> nikRejections; // by reason as the registry gave it

    qint64 total(EventType type) const { return totals[static_cast<size_t>(type)]; }
    // The funnel's stages: the foundation's six, then later stages once they have events.
    QList<EventType> stages() const;
    bool operator==(const FunnelSnapshot& other) const; // aggregates only, not the timings
    bool isEmpty() const { return cursor == 0 && total(EventType::Registered) == 0; }
};

} // namespace prakerja

Q_DECLARE_METATYPE(prakerja::FunnelSnapshot)
