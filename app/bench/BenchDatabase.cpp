#include "BenchDatabase.h"

#include "store/Database.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <unistd.h>

namespace prakerja::ctl {

namespace {
QAtomicInt g_scratchCounter;
}

BenchDatabase::BenchDatabase(const QString& server, const QString& sqlitePath) : m_sqlitePath(sqlitePath)
{
    m_postgres = DatabaseTarget::looksLikePostgres(server);
    if (m_postgres) {
        m_server = DatabaseTarget::parse(server).value();
        const int serial = g_scratchCounter.fetchAndAddRelaxed(1);
        m_name = serial == 0 ? QStringLiteral("prakerja_bench_%1").arg(::getpid())
                             : QStringLiteral("prakerja_bench_%1_%2").arg(::getpid()).arg(serial);
    }
}

BenchDatabase::~BenchDatabase()
{
    if (m_postgres && !m_kept)
        runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

void BenchDatabase::keepAs(const QString& name)
{
    if (!m_postgres)
        return;
    m_name = name;
    m_kept = true;
}

bool BenchDatabase::exists()
{
    if (!m_postgres)
        return QFileInfo::exists(m_sqlitePath);
    QVariant answer;
    const Status s
        = runOnServer(QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = '%1'").arg(m_name), &answer);
    return s && answer.toInt() > 0;
}

Status BenchDatabase::create()
{
    if (!m_postgres) {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(m_sqlitePath + QLatin1StringView(suffix));
        return Status::success();
    }
    runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    return runOnServer(QStringLiteral("CREATE DATABASE %1").arg(m_name));
}

QString BenchDatabase::location() const
{
    // libpq takes the last value of a repeated keyword: the scratch database's name wins.
    return m_postgres ? m_server.conninfo() + QStringLiteral(" dbname='%1'").arg(m_name) : m_sqlitePath;
}

QString BenchDatabase::describe() const
{
    return m_postgres ? DatabaseTarget::parse(location()).value().describe()
                      : QStringLiteral("SQLite %1").arg(m_sqlitePath);
}

QString BenchDatabase::backendName() const
{
    return m_postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

qint64 BenchDatabase::bytes(Database* db) const
{
    if (m_postgres)
        return db->scalar(QStringLiteral("SELECT pg_database_size(current_database())")).toLongLong();
    qint64 total = 0;
    for (const char* suffix : {"", "-wal"})
        total += QFileInfo(m_sqlitePath + QLatin1StringView(suffix)).size();
    return total;
}

Status BenchDatabase::runOnServer(const QString& sql, QVariant* answer)
{
    const QString connection = QStringLiteral("bench-server-%1").arg(m_name);
    Status result = Status::success();
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setConnectOptions(m_server.conninfo());
        if (!admin.open()) {
            result = sqlError(admin);
        } else {
            QSqlQuery q(admin);
            if (!q.exec(sql))
                result = sqlError(q);
            else if (answer && q.next())
                *answer = q.value(0);
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace prakerja::ctl
