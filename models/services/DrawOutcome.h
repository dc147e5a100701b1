#pragma once
// What a draw, a dry run or a drawn wave's stored results report, and what verifying it found.

#include "domain/Error.h"
#include "engine/DrawReport.h"

#include <QMap>
#include <vector>

namespace prakerja {

struct DrawOutcome
{
    int wave = 0;
    bool dryRun = false;
    qint64 pool = 0, ranked = 0, selected = 0;
    QMap<int, qint64> provinceQuotas;
    DrawReport report;
    std::vector<quint32> selectedIds; // ascending
    // Phase timings (ms) and the engine's memory, for the bench and the GUI. A draw writes the
    // pool's inputs (inputsMs) while it evaluates and ranks; writeMs is what remains after: the
    // outcome chunks (resultsMs) and the selections' rows (selectionsMs) while the charts' report
    // is computed, the wave's row (recordMs), the audit row (auditMs) and the commit (commitMs).
    double loadMs = 0, evaluateMs = 0, rankMs = 0, inputsMs = 0, writeMs = 0;
    double resultsMs = 0, selectionsMs = 0, recordMs = 0, auditMs = 0, commitMs = 0;
    qint64 engineBytes = 0;
};

struct VerifyOutcome
{
    bool matches = false;
    qint64 members = 0;
    qint64 firstDifferingApplicant = -1;
    QString detail; // what differs (or that all matches), for people, in the process's language
};

} // namespace prakerja
