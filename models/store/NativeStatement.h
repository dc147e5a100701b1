#pragma once
// A prepared statement on the backend's own connection, for the measured hot paths (ingest, the
// name index, the funnel's event reads): SQLite's sqlite3_stmt, or on PostgreSQL a statement
// prepared once per connection through libpq (PQprepare / PQexecPrepared on QPSQL's PGconn).
// The SQL is SQLite's (`?1` … placeholders); on PostgreSQL it goes through SqlDialect::dml and
// the placeholders become `$1` …, or the owner gives the PostgreSQL text beside it where the
// dialects differ. step() answers with SQLite's codes on both (SQLITE_ROW, SQLITE_DONE, an error).

#include "domain/Error.h"

#include <QByteArray>
#include <QString>
#include <vector>

struct sqlite3_stmt;
struct pg_result;

namespace prakerja {

class Database;

class NativeStatement
{
public:
    NativeStatement(Database& db, const char* sqliteSql, const char* postgresSql = nullptr);
    ~NativeStatement();
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;

    bool valid() const;
    NativeStatement& bind(int index, qint64 value);
    NativeStatement& bind(int index, const QByteArray& blob); // NULL when empty
    // Without a copy on SQLite: `data` must stay unchanged until the statement is stepped and reset.
    NativeStatement& bindStatic(int index, const char* data, int size);
    NativeStatement& bindText(int index, const QString& text); // NULL when null
    NativeStatement& bindNull(int index);
    int step();
    void reset();
    qint64 columnInt(int column) const;
    bool columnIsNull(int column) const;
    QByteArray columnBlob(int column) const;
    QString columnText(int column) const;
    QString errorMessage() const;
    // The last error as the store reports it (code `sql`, or `sql_unique`: UniqueViolation.h).
    Error error() const;
    // Rows the last step's INSERT, UPDATE or DELETE changed.
    qint64 changes() const;
    // The rowid of the last INSERT (SQLite only; PostgreSQL statements say RETURNING id).
    qint64 lastInsertId() const;

private:
    struct Param
    {
        QByteArray value;
        bool null = true;
        bool binary = false;
    };
    void needParam(int index);
    int stepPostgres();

    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_needsReset = false;
    // PostgreSQL
    QByteArray m_name; // of the prepared statement on the connection
    QString m_prepareError;
    std::vector<Param> m_params;
    pg_result* m_result = nullptr;
    int m_row = -1;
    QString m_error;
};

} // namespace prakerja
