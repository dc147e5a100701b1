#pragma once
// Where a bench's scratch database lives: a SQLite file in the bench's folder, or with `--db
// postgresql://…` (or a libpq keyword string) a database made on that server for the run (the
// role needs CREATEDB) and dropped at the end. One place for both, so that every bench prints
// the same figures on either backend.

#include "domain/Error.h"
#include "store/DatabaseTarget.h"

#include <QString>
#include <QVariant>

namespace prakerja {
class Database;
}

namespace prakerja::ctl {

class BenchDatabase
{
public:
    // `server`: what --db named (a path means SQLite: the bench uses `sqlitePath` instead).
    BenchDatabase(const QString& server, const QString& sqlitePath);
    ~BenchDatabase();
    BenchDatabase(const BenchDatabase&) = delete;
    BenchDatabase& operator=(const BenchDatabase&) = delete;

    bool isPostgres() const { return m_postgres; }
    // PostgreSQL: the scratch database gets this fixed name and outlives the run (a bench's --keep),
    // so that the next run can reuse it; exists() says whether an earlier run left it.
    void keepAs(const QString& name);
    bool exists();
    // Removes an earlier run's file or database and makes the PostgreSQL one.
    Status create();
    // What Database::open takes.
    QString location() const;
    // "SQLite /tmp/…/bench.db" or "PostgreSQL prakerja_bench_… @ host:port".
    QString describe() const;
    // The database's size on disk.
    qint64 bytes(Database* db) const; // the open connection on PostgreSQL; SQLite reads the file
    // "SQLite" or "PostgreSQL".
    QString backendName() const;
    // CPU seconds (user + system) used so far by the server's processes (the postmaster's
    // children: backends, WAL writer, checkpointer …), when the server runs on this machine; -1
    // otherwise. With the bench's own CPU time this splits a run's work between client and server.
    double serverCpuSeconds(Database* db) const;

private:
    Status runOnServer(const QString& sql, QVariant* answer = nullptr);

    bool m_postgres = false;
    DatabaseTarget m_server;
    QString m_name;
    QString m_sqlitePath;
    bool m_kept = false;
};

} // namespace prakerja::ctl
