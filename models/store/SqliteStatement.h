#pragma once
// RAII prepared statement on the native sqlite3 handle, for the measured hot paths only
// (ingest, selection outcomes). Everything else goes through Qt SQL.

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace prakerja {

class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool valid() const { return m_stmt != nullptr; }
    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, const QByteArray& blob); // NULL when empty
    // Without a copy: `data` must stay unchanged until the statement is stepped and reset.
    SqliteStatement& bindStatic(int index, const char* data, int size);
    SqliteStatement& bindText(int index, const QString& text); // NULL when null
    SqliteStatement& bindNull(int index);
    // Returns the sqlite3_step() code (SQLITE_ROW, SQLITE_DONE, or an error); resets first
    // when the previous run finished.
    int step();
    void reset();
    qint64 columnInt(int column) const;
    bool columnIsNull(int column) const;
    QByteArray columnBlob(int column) const;
    QString columnText(int column) const;
    QString errorMessage() const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_needsReset = false;
};

} // namespace prakerja
