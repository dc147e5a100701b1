#pragma once
// Reads the maintained per-stage totals (one row per event type): O(stages), never a scan.

#include "domain/Stage.h"

#include <QMap>

namespace prakerja {

class Database;

struct StageTotals
{
    QMap<EventType, qint64> totals;
    qint64 value(EventType type) const { return totals.value(type, 0); }

    static StageTotals read(Database& db);
};

} // namespace prakerja

#include <QMetaType>
Q_DECLARE_METATYPE(prakerja::StageTotals)
