#pragma once
// `prakerjactl bench …`: commands that print the project's figures beside a baseline measured in
// the same run (docs/benchmarks.md). Kept out of the command library and out of the tests.

#include "ctl/Commands.h"

namespace prakerja {
class Database;
}

namespace prakerja::ctl {

QList<Command> benchCommands(); // IngestBench.cpp: bench ingest, ingest-ceiling, funnel, selection
QList<Command> lookupBenchCommands(); // LookupBench.cpp: bench lookup
QList<Command> catalogBenchCommands(); // CatalogBench.cpp: bench catalog
int benchFunnel(CtlContext& ctx); // FunnelBench.cpp
int benchSelection(CtlContext& ctx); // SelectionBench.cpp
int benchSeats(CtlContext& ctx); // SeatsBench.cpp: bench seats
// MoneyBench.cpp: `bench ingest --post-selection L`, run after bench ingest's own figures on its
// database: L lines of the post-selection mix beside L fresh registrations from feed line
// `firstFreshLine` on.
int benchPostSelectionMix(CtlContext& ctx, Database& db, const QString& feedPath, qint64 firstFreshLine, qint64 lines);

} // namespace prakerja::ctl
