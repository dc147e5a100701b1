#pragma once
// COPY … FROM STDIN in PostgreSQL's binary format on the QPSQL driver's own connection (libpq's
// PQputCopyData / PQputCopyEnd): the feed writer's bulk path (FeedWriter::applyAll). Rows are
// gathered client-side and sent in chunks of about a megabyte; finish() ends the COPY and
// reports the server's answer. Columns must be given in the COPY's order with the column's
// exact type: int8 (BIGINT, every INTEGER of the dialect), bytea, or text.

#include "domain/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace prakerja {

class Database;

class PostgresCopy
{
public:
    // `sql`: "COPY table (columns) FROM STDIN (FORMAT binary)".
    PostgresCopy(Database& db, const char* sql);
    ~PostgresCopy();
    PostgresCopy(const PostgresCopy&) = delete;
    PostgresCopy& operator=(const PostgresCopy&) = delete;

    // Starts the COPY; nothing else may run on the connection until finish().
    Status start();
    void row(int columns);
    void add(qint64 value); // int8
    void add(QByteArrayView bytes); // bytea or text (UTF-8); NULL when empty
    void addText(const QString& text); // NULL when null
    void addNull();
    // Ends the COPY; rows() rows written, or the server's error (the transaction is then aborted).
    Status finish();
    qint64 rows() const { return m_rows; }

private:
    Status flush();

    Database& m_db;
    const char* m_sql;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_started = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace prakerja
