#include "PostgresCopy.h"

#include "Database.h"

#include <QtEndian>
#include <libpq-fe.h>

namespace prakerja {

namespace {
constexpr qsizetype kChunk = 1 << 20;
// PGCOPY\n\377\r\n\0, then the flags and the header extension's length (both 0).
constexpr char kHeader[] = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', '\377', '\r', '\n', '\0', 0, 0, 0, 0, 0, 0, 0, 0};

template <typename T> void append(QByteArray& buffer, T value)
{
    char raw[sizeof(T)];
    qToBigEndian(value, raw);
    buffer.append(raw, sizeof(T));
}

Status serverError(PGconn* conn, const QString& what)
{
    return makeError(QStringLiteral("storage"),
                     Error::tr("Gagal menulis ke basis data: %1")
                         .arg(what + QStringLiteral(": ") + QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
}
} // namespace

PostgresCopy::PostgresCopy(Database& db, const char* sql) : m_db(db), m_sql(sql) { }

PostgresCopy::~PostgresCopy()
{
    if (m_started) {
        // Abandoned mid-way: end the COPY with an error so that the connection is usable again.
        PGconn* conn = m_db.postgres();
        PQputCopyEnd(conn, "abandoned");
        while (PGresult* r = PQgetResult(conn))
            PQclear(r);
    }
}

Status PostgresCopy::start()
{
    PGconn* conn = m_db.postgres();
    PGresult* r = PQexec(conn, m_sql);
    const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
    PQclear(r);
    if (!ok)
        return serverError(conn, QString::fromLatin1(m_sql));
    m_started = true;
    m_failed = false;
    m_rows = 0;
    m_buffer.clear();
    m_buffer.reserve(kChunk + 4096);
    m_buffer.append(kHeader, sizeof kHeader);
    return Status::success();
}

void PostgresCopy::row(int columns)
{
    if (m_buffer.size() >= kChunk && !m_failed)
        if (const Status s = flush(); !s) {
            m_failed = true;
            m_error = s.error().message();
        }
    append<qint16>(m_buffer, static_cast<qint16>(columns));
    ++m_rows;
}

void PostgresCopy::add(qint64 value)
{
    append<qint32>(m_buffer, 8);
    append<qint64>(m_buffer, value);
}

void PostgresCopy::add(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return addNull();
    append<qint32>(m_buffer, static_cast<qint32>(bytes.size()));
    m_buffer.append(bytes.data(), bytes.size());
}

void PostgresCopy::addText(const QString& text)
{
    if (text.isNull())
        return addNull();
    const QByteArray utf8 = text.toUtf8();
    append<qint32>(m_buffer, static_cast<qint32>(utf8.size()));
    m_buffer.append(utf8);
}

void PostgresCopy::addNull()
{
    append<qint32>(m_buffer, -1);
}

Status PostgresCopy::flush()
{
    if (m_buffer.isEmpty())
        return Status::success();
    PGconn* conn = m_db.postgres();
    if (PQputCopyData(conn, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1)
        return serverError(conn, QStringLiteral("COPY"));
    m_buffer.clear();
    return Status::success();
}

Status PostgresCopy::finish()
{
    PGconn* conn = m_db.postgres();
    append<qint16>(m_buffer, -1); // the trailer
    Status status = m_failed ? Status(makeError(QStringLiteral("storage"), m_error)) : flush();
    m_started = false;
    if (PQputCopyEnd(conn, status ? nullptr : "client error") != 1 && status)
        status = serverError(conn, QStringLiteral("COPY"));
    while (PGresult* r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && status)
            status = makeError(
                QStringLiteral("storage"),
                Error::tr("Gagal menulis ke basis data: %1").arg(QString::fromUtf8(PQresultErrorMessage(r)).trimmed()));
        PQclear(r);
    }
    return status;
}

} // namespace prakerja
