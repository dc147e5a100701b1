#include "StageTotals.h"

#include "Database.h"

namespace prakerja {

StageTotals StageTotals::read(Database& db)
{
    StageTotals result;
    auto q = db.exec(QStringLiteral("SELECT stage, total FROM stage_totals"));
    if (q)
        while (q.value().next())
            result.totals.insert(static_cast<EventType>(q.value().value(0).toInt()), q.value().value(1).toLongLong());
    return result;
}

} // namespace prakerja
