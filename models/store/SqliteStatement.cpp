#include "SqliteStatement.h"

#include <sqlite3.h>

namespace prakerja {

SqliteStatement::SqliteStatement(sqlite3* db, const char* sql) : m_db(db)
{
    // No handle (a PostgreSQL database): an invalid statement whose every call is a no-op and whose
    // step() fails; the store owners take their PostgreSQL branch before they get here.
    if (!db)
        return;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        qWarning("sqlite3_prepare failed: %s (%s)", sqlite3_errmsg(db), sql);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value)
{
    if (!m_stmt)
        return *this;
    if (m_needsReset)
        reset();
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QByteArray& blob)
{
    if (!m_stmt)
        return *this;
    if (m_needsReset)
        reset();
    if (blob.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindStatic(int index, const char* data, int size)
{
    if (!m_stmt)
        return *this;
    if (m_needsReset)
        reset();
    sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_STATIC);
    return *this;
}

SqliteStatement& SqliteStatement::bindText(int index, const QString& text)
{
    if (!m_stmt)
        return *this;
    if (m_needsReset)
        reset();
    if (text.isNull()) {
        sqlite3_bind_null(m_stmt, index);
    } else {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    if (!m_stmt)
        return *this;
    if (m_needsReset)
        reset();
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

int SqliteStatement::step()
{
    if (!m_stmt)
        return SQLITE_MISUSE;
    m_needsReset = true;
    return sqlite3_step(m_stmt);
}

void SqliteStatement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_needsReset = false;
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column));
}

QString SqliteStatement::columnText(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QString SqliteStatement::errorMessage() const
{
    if (!m_db)
        return QStringLiteral("no SQLite connection (PostgreSQL database)");
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace prakerja
