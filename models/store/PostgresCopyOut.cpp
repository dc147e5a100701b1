#include "PostgresCopyOut.h"

#include <QtEndian>
#include <libpq-fe.h>

#include <cstring>

namespace prakerja {

namespace {
// PGCOPY\n\377\r\n\0, then the flags (int32) and the header extension's length (int32).
constexpr char kSignature[] = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', '\377', '\r', '\n', '\0'};
constexpr qsizetype kHeaderSize = sizeof kSignature + 8;
} // namespace

PostgresCopyOut::PostgresCopyOut(pg_conn* connection, const QByteArray& query)
    : m_conn(connection), m_sql("COPY (" + query + ") TO STDOUT (FORMAT binary)")
{ }

PostgresCopyOut::~PostgresCopyOut()
{
    drain();
}

Status PostgresCopyOut::start()
{
    PGconn* conn = m_conn;
    PGresult* r = PQexec(conn, m_sql.constData());
    const bool ok = PQresultStatus(r) == PGRES_COPY_OUT;
    const QString message = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    PQclear(r);
    if (!ok) {
        m_status = makeError(QStringLiteral("sql"), Error::tr("Kesalahan basis data: %1").arg(message));
        return m_status;
    }
    m_started = true;
    m_headerRead = false;
    m_status = Status::success();
    return m_status;
}

bool PostgresCopyOut::fail(const QString& what)
{
    if (m_status)
        m_status = makeError(QStringLiteral("sql"), Error::tr("Kesalahan basis data: %1").arg(what));
    drain();
    return false;
}

// Reads what is left of the COPY and its final result, so that the connection is usable again.
void PostgresCopyOut::drain()
{
    if (m_buffer) {
        PQfreemem(m_buffer);
        m_buffer = nullptr;
    }
    if (!m_started)
        return;
    m_started = false;
    PGconn* conn = m_conn;
    for (char* rest = nullptr; PQgetCopyData(conn, &rest, 0) >= 0; rest = nullptr)
        PQfreemem(rest);
    while (PGresult* r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && m_status)
            m_status = makeError(
                QStringLiteral("sql"),
                Error::tr("Kesalahan basis data: %1").arg(QString::fromUtf8(PQresultErrorMessage(r)).trimmed()));
        PQclear(r);
    }
}

bool PostgresCopyOut::next()
{
    if (!m_started)
        return false;
    PGconn* conn = m_conn;
    for (;;) {
        if (!m_buffer || m_at >= m_length) {
            if (m_buffer) {
                PQfreemem(m_buffer);
                m_buffer = nullptr;
            }
            const int length = PQgetCopyData(conn, &m_buffer, 0);
            if (length == -1) { // the end: the COPY's own result follows
                drain();
                return false;
            }
            if (length < 0)
                return fail(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
            m_length = length;
            m_at = 0;
        }
        if (!m_headerRead) {
            if (m_length - m_at < kHeaderSize || std::memcmp(m_buffer + m_at, kSignature, sizeof kSignature) != 0)
                return fail(QStringLiteral("COPY: no binary header"));
            const qint32 extension = qFromBigEndian<qint32>(m_buffer + m_at + sizeof kSignature + 4);
            m_at += kHeaderSize + std::max<qint32>(0, extension);
            m_headerRead = true;
            continue;
        }
        if (m_length - m_at < 2)
            return fail(QStringLiteral("COPY: truncated row"));
        const qint16 count = qFromBigEndian<qint16>(m_buffer + m_at);
        m_at += 2;
        if (count < 0) { // the trailer
            m_at = m_length;
            continue;
        }
        m_fields.resize(static_cast<size_t>(count));
        for (Field& field : m_fields) {
            if (m_length - m_at < 4)
                return fail(QStringLiteral("COPY: truncated row"));
            field.size = qFromBigEndian<qint32>(m_buffer + m_at);
            m_at += 4;
            field.offset = m_at;
            if (field.size > 0) {
                if (m_length - m_at < field.size)
                    return fail(QStringLiteral("COPY: truncated field"));
                m_at += field.size;
            }
        }
        return true;
    }
}

qint64 PostgresCopyOut::integer(int column) const
{
    const Field& f = m_fields[static_cast<size_t>(column)];
    const char* data = m_buffer + f.offset;
    switch (f.size) {
    case 8:
        return qFromBigEndian<qint64>(data);
    case 4:
        return qFromBigEndian<qint32>(data);
    case 2:
        return qFromBigEndian<qint16>(data);
    default:
        return 0;
    }
}

QByteArrayView PostgresCopyOut::bytes(int column) const
{
    const Field& f = m_fields[static_cast<size_t>(column)];
    if (f.size <= 0)
        return {};
    return QByteArrayView(m_buffer + f.offset, f.size);
}

} // namespace prakerja
