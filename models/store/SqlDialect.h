#pragma once
// The one place where SQL differs between the backends (docs/deployment.md, "Dialect"). The
// store classes write SQLite's SQL; on PostgreSQL, Database runs each statement through here:
//  - migrations (ddl): INTEGER → BIGINT, BLOB → BYTEA, `id INTEGER PRIMARY KEY` → an identity
//    column, WITHOUT ROWID dropped, COLLATE NOCASE → the `nocase` ICU collation created first;
//    FTS5 virtual tables and their triggers are left out (the catalogue's full-text search has a
//    PostgreSQL fallback to write, see docs/deployment.md); data conversions of older SQLite
//    layouts (UPDATE, DELETE, INSERT … SELECT in a migration) are left out, since a PostgreSQL
//    database is always created at the current schema by this version;
//  - statements (dml): INSERT OR IGNORE → ON CONFLICT DO NOTHING, INSERT OR REPLACE → an upsert
//    on the table's primary key, PRAGMA → nothing, `CROSS JOIN t ON` (SQLite's join-order
//    hint) → JOIN.

#include "DatabaseTarget.h"

#include <QString>

namespace prakerja {

class SqlDialect
{
public:
    using Backend = DatabaseTarget::Backend;

    // A migration's statement for `backend`; empty when the backend has nothing to run.
    static QString ddl(Backend backend, const QString& sqlite);
    // A migration's statement that only PostgreSQL runs (written in its SQL, passed as is; SQLite
    // skips it), e.g. an index SQLite has its own way for (FTS5 there, GIN here).
    static QString postgresOnly(const QString& postgres);
    // An ordinary statement for `backend`; empty when the backend has nothing to run.
    static QString dml(Backend backend, const QString& sqlite);
    // Run once before a PostgreSQL database's first migration.
    static QStringList postgresPrelude();
};

} // namespace prakerja
