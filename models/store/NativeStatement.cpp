#include "NativeStatement.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QAtomicInt>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdlib>

namespace prakerja {

namespace {
QAtomicInt g_statementCounter;
constexpr Oid kByteaOid = 17;

// SQLite's `?1` and `?` placeholders as PostgreSQL's `$1`, outside quoted text; `count` is the
// highest number used (the parameters PQexecPrepared is given).
QByteArray postgresPlaceholders(const QByteArray& sql, int& count)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    int next = 0;
    count = 0;
    char quote = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        qsizetype j = i + 1;
        while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
            ++j;
        const int number = j > i + 1 ? sql.mid(i + 1, j - i - 1).toInt() : ++next;
        next = std::max(next, number);
        count = std::max(count, number);
        out += '$' + QByteArray::number(number);
        i = j - 1;
    }
    return out;
}
} // namespace

NativeStatement::NativeStatement(Database& db, const char* sqliteSql, const char* postgresSql) : m_db(db)
{
    if (!db.isPostgres()) {
        if (sqlite3_prepare_v3(db.native(), sqliteSql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            qWarning("sqlite3_prepare failed: %s (%s)", sqlite3_errmsg(db.native()), sqliteSql);
        return;
    }
    const QByteArray dialect = postgresSql
        ? QByteArray(postgresSql)
        : SqlDialect::dml(DatabaseTarget::Backend::Postgres, QString::fromUtf8(sqliteSql)).toUtf8();
    int count = 0;
    const QByteArray sql = postgresPlaceholders(dialect, count);
    m_params.resize(static_cast<size_t>(count));
    // Prepared once per connection: the names live as long as the connection (Database).
    auto& prepared = db.postgresPrepared();
    if (const auto it = prepared.constFind(sql); it != prepared.constEnd()) {
        m_name = *it;
        return;
    }
    const QByteArray name = "prk_" + QByteArray::number(g_statementCounter.fetchAndAddRelaxed(1));
    PGresult* r = PQprepare(db.postgres(), name.constData(), sql.constData(), 0, nullptr);
    if (PQresultStatus(r) == PGRES_COMMAND_OK) {
        m_name = name;
        prepared.insert(sql, name);
    } else {
        m_prepareError = QString::fromUtf8(PQresultErrorMessage(r)).trimmed() + QStringLiteral(" (")
            + QString::fromUtf8(sql) + u')';
    }
    PQclear(r);
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_stmt);
    PQclear(m_result);
}

bool NativeStatement::valid() const
{
    return m_db.isPostgres() ? !m_name.isEmpty() : m_stmt != nullptr;
}

void NativeStatement::needParam(int index)
{
    if (m_needsReset)
        reset();
    if (index > static_cast<int>(m_params.size()))
        m_params.resize(static_cast<size_t>(index));
}

NativeStatement& NativeStatement::bind(int index, qint64 value)
{
    if (m_stmt) {
        if (m_needsReset)
            reset();
        sqlite3_bind_int64(m_stmt, index, value);
        return *this;
    }
    needParam(index);
    m_params[static_cast<size_t>(index - 1)] = {QByteArray::number(value), false, false};
    return *this;
}

NativeStatement& NativeStatement::bind(int index, const QByteArray& blob)
{
    if (blob.isEmpty())
        return bindNull(index);
    if (m_stmt) {
        if (m_needsReset)
            reset();
        sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
        return *this;
    }
    needParam(index);
    m_params[static_cast<size_t>(index - 1)] = {blob, false, true};
    return *this;
}

NativeStatement& NativeStatement::bindStatic(int index, const char* data, int size)
{
    if (m_stmt) {
        if (m_needsReset)
            reset();
        sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_STATIC);
        return *this;
    }
    needParam(index);
    m_params[static_cast<size_t>(index - 1)] = {QByteArray(data, size), false, true};
    return *this;
}

NativeStatement& NativeStatement::bindText(int index, const QString& text)
{
    if (text.isNull())
        return bindNull(index);
    const QByteArray utf8 = text.toUtf8();
    if (m_stmt) {
        if (m_needsReset)
            reset();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    needParam(index);
    m_params[static_cast<size_t>(index - 1)] = {utf8, false, false};
    return *this;
}

NativeStatement& NativeStatement::bindNull(int index)
{
    if (m_stmt) {
        if (m_needsReset)
            reset();
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    needParam(index);
    m_params[static_cast<size_t>(index - 1)] = {};
    return *this;
}

int NativeStatement::step()
{
    if (!m_db.isPostgres()) {
        if (!m_stmt)
            return SQLITE_MISUSE;
        m_needsReset = true;
        return sqlite3_step(m_stmt);
    }
    m_needsReset = true;
    return stepPostgres();
}

int NativeStatement::stepPostgres()
{
    if (m_result && m_row >= 0) {
        ++m_row;
        if (m_row < PQntuples(m_result))
            return SQLITE_ROW;
        m_row = -1; // the next step runs the statement again, as sqlite3_step does after DONE
        return SQLITE_DONE;
    }
    PQclear(m_result);
    m_result = nullptr;
    if (m_name.isEmpty()) {
        m_error = m_prepareError;
        return SQLITE_ERROR;
    }
    std::vector<const char*> values(m_params.size());
    std::vector<int> lengths(m_params.size()), formats(m_params.size());
    for (size_t i = 0; i < m_params.size(); ++i) {
        values[i] = m_params[i].null ? nullptr : m_params[i].value.constData();
        lengths[i] = static_cast<int>(m_params[i].value.size());
        formats[i] = m_params[i].binary ? 1 : 0;
    }
    m_result = PQexecPrepared(m_db.postgres(), m_name.constData(), static_cast<int>(m_params.size()), values.data(),
                              lengths.data(), formats.data(), 0);
    switch (PQresultStatus(m_result)) {
    case PGRES_COMMAND_OK:
        m_row = -1;
        return SQLITE_DONE;
    case PGRES_TUPLES_OK:
        if (PQntuples(m_result) > 0) {
            m_row = 0;
            return SQLITE_ROW;
        }
        m_row = -1;
        return SQLITE_DONE;
    default: {
        m_error = QString::fromUtf8(PQresultErrorMessage(m_result)).trimmed();
        const char* state = PQresultErrorField(m_result, PG_DIAG_SQLSTATE);
        m_row = -1;
        // 23xxx: integrity constraint violation, as SQLite's SQLITE_CONSTRAINT.
        return state && qstrncmp(state, "23", 2) == 0 ? SQLITE_CONSTRAINT : SQLITE_ERROR;
    }
    }
}

void NativeStatement::reset()
{
    m_needsReset = false;
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return;
    }
    m_row = -1;
    for (Param& p : m_params)
        p = {};
}

qint64 NativeStatement::columnInt(int column) const
{
    if (m_stmt)
        return sqlite3_column_int64(m_stmt, column);
    if (!m_result || m_row < 0 || PQgetisnull(m_result, m_row, column))
        return 0;
    const char* v = PQgetvalue(m_result, m_row, column);
    if (v[0] == 't' && v[1] == 0)
        return 1;
    if (v[0] == 'f' && v[1] == 0)
        return 0;
    return std::strtoll(v, nullptr, 10);
}

bool NativeStatement::columnIsNull(int column) const
{
    if (m_stmt)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    return !m_result || m_row < 0 || PQgetisnull(m_result, m_row, column);
}

QByteArray NativeStatement::columnBlob(int column) const
{
    if (m_stmt) {
        const void* data = sqlite3_column_blob(m_stmt, column);
        return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column));
    }
    if (columnIsNull(column))
        return {};
    const char* v = PQgetvalue(m_result, m_row, column);
    if (PQftype(m_result, column) != kByteaOid)
        return QByteArray(v, PQgetlength(m_result, m_row, column));
    size_t length = 0;
    unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(v), &length);
    QByteArray out(reinterpret_cast<const char*>(raw), static_cast<qsizetype>(length));
    PQfreemem(raw);
    return out;
}

QString NativeStatement::columnText(int column) const
{
    if (m_stmt) {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    if (columnIsNull(column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

QString NativeStatement::errorMessage() const
{
    if (!m_db.isPostgres())
        return QString::fromUtf8(sqlite3_errmsg(m_db.native()));
    return m_error.isEmpty() ? m_prepareError : m_error;
}

Error NativeStatement::error() const
{
    bool unique = false;
    if (m_stmt) {
        const int code = sqlite3_extended_errcode(m_db.native());
        unique = code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY;
    } else if (connectionLost(m_db.postgres())) {
        return unreachableError(errorMessage());
    } else if (m_result) {
        const char* state = PQresultErrorField(m_result, PG_DIAG_SQLSTATE);
        unique = state && qstrcmp(state, "23505") == 0;
    }
    return makeError(unique ? QStringLiteral("sql_unique") : QStringLiteral("sql"),
                     Error::tr("Kesalahan basis data: %1").arg(errorMessage()));
}

qint64 NativeStatement::changes() const
{
    if (!m_db.isPostgres())
        return sqlite3_changes(m_db.native());
    return m_result ? std::strtoll(PQcmdTuples(m_result), nullptr, 10) : 0;
}

qint64 NativeStatement::lastInsertId() const
{
    return m_db.isPostgres() ? 0 : sqlite3_last_insert_rowid(m_db.native());
}

} // namespace prakerja
