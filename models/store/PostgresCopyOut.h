#pragma once
// COPY (query) TO STDOUT in PostgreSQL's binary format on the QPSQL driver's own connection
// (libpq's PQgetCopyData): the bulk reads of the draw (PoolLoader). Rows arrive one at a time as
// the server produces them, in binary (no text to parse, no hex bytea to unescape), and are not
// gathered into one result in memory first as PQexecPrepared's are. The query takes no
// parameters: the owner writes its numbers into the text (numbers only, never a value from
// outside). The reading side of PostgresCopy.

#include "domain/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

struct pg_conn;

namespace prakerja {

class PostgresCopyOut
{
public:
    // `query`: a SELECT; it is run as COPY (query) TO STDOUT (FORMAT binary) on `connection`
    // (Database::postgres(), or a reader's connection of its own).
    PostgresCopyOut(pg_conn* connection, const QByteArray& query);
    ~PostgresCopyOut();
    PostgresCopyOut(const PostgresCopyOut&) = delete;
    PostgresCopyOut& operator=(const PostgresCopyOut&) = delete;

    // Starts the COPY; nothing else may run on the connection until next() returns false.
    Status start();
    // The next row; false at the end or on an error (then status() says which).
    bool next();
    Status status() const { return m_status; }

    // The current row's fields.
    int columns() const { return static_cast<int>(m_fields.size()); }
    bool isNull(int column) const { return m_fields[static_cast<size_t>(column)].size < 0; }
    // int2, int4 or int8 (by the field's length); 0 when NULL.
    qint64 integer(int column) const;
    // bytea or text as sent; empty when NULL. Valid until the next call of next().
    QByteArrayView bytes(int column) const;

private:
    struct Field
    {
        qsizetype offset = 0;
        int size = -1;
    };
    bool fail(const QString& what);
    void drain();

    pg_conn* m_conn;
    QByteArray m_sql;
    char* m_buffer = nullptr; // the current CopyData message (libpq's memory)
    int m_length = 0;
    qsizetype m_at = 0; // the next unread byte in m_buffer
    bool m_started = false;
    bool m_headerRead = false;
    std::vector<Field> m_fields;
    Status m_status = Status::success();
};

} // namespace prakerja
