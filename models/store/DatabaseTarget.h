#pragma once
// Where the console's data lives, from `--db` / PRAKERJA_DB (docs/deployment.md): a path is an
// SQLite file (one seat); a `postgresql://` URI or a libpq keyword string ("host=db1
// dbname=prakerja") is a PostgreSQL server (many seats). A password is never part of it: libpq
// reads it from ~/.pgpass, PGPASSFILE or PGPASSWORD, so it is not on a command line, in the
// process list or in the console's settings file.

#include "domain/Error.h"

#include <QString>

namespace prakerja {

class DatabaseTarget
{
public:
    enum class Backend { Sqlite, Postgres };

    // Refuses a PostgreSQL target that carries a password (`user:secret@`, `password=`).
    static Result<DatabaseTarget> parse(const QString& text);
    // True for text that names a PostgreSQL server rather than a file.
    static bool looksLikePostgres(const QString& text);

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    // SQLite: the file's path.
    const QString& path() const { return m_path; }
    // PostgreSQL: the libpq keyword string (URI parameters converted), without a password.
    const QString& conninfo() const { return m_conninfo; }
    // PostgreSQL: the server's database name (the key file's default name follows it).
    QString databaseName() const;
    // For the status bar and messages: "SQLite /home/…/prakerja.db" or "PostgreSQL prakerja @ db1:5432".
    QString describe() const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_conninfo;
    QString m_host, m_port, m_dbname, m_user;
};

} // namespace prakerja
