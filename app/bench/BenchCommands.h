#pragma once
// `prakerjactl bench …`: commands that print the project's figures beside a baseline measured in
// the same run (docs/benchmarks.md). Kept out of the command library and out of the tests.

#include "ctl/Commands.h"

namespace prakerja::ctl {

QList<Command> benchCommands(); // IngestBench.cpp: bench ingest, ingest-ceiling, funnel, selection
QList<Command> lookupBenchCommands(); // LookupBench.cpp: bench lookup
QList<Command> catalogBenchCommands(); // CatalogBench.cpp: bench catalog
int benchFunnel(CtlContext& ctx); // FunnelBench.cpp
int benchSelection(CtlContext& ctx); // SelectionBench.cpp

} // namespace prakerja::ctl
