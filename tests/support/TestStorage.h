#pragma once
// Test fixtures that reach below the store, in each backend's own terms: a table that refuses
// writes (as a full disk or an injected failure would), and the bytes a database keeps at rest.

#include "TestSupport.h"

namespace prakerja::test {

// Makes `table` refuse an INSERT while `when` (a condition on NEW) holds, failing with `message`,
// until allowInserts(): a trigger in the backend's own dialect. On SQLite only this connection
// sees it (a TEMP trigger) when `thisConnection`.
void refuseInserts(Database& db, const QString& name, const QString& table, const QString& when, const QString& message,
                   bool thisConnection = false);
void allowInserts(Database& db, const QString& name, const QString& table);

// Every byte of the database at rest: the SQLite file and its WAL, or on PostgreSQL, after a
// checkpoint, the test cluster's files of this database.
QByteArray storedBytes(ScratchDatabase& s);

} // namespace prakerja::test
