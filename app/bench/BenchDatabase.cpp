#include "BenchDatabase.h"

#include "store/Database.h"

#include <QAtomicInt>
#include <QDir>
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

namespace {

// /proc/PID/stat's parent pid and CPU ticks (user + system); the name field may hold spaces,
// so the fields are counted from its closing parenthesis.
bool readStat(const QString& pid, qint64* parent, qint64* ticks)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return false;
    *parent = fields[1].toLongLong(); // field 4
    *ticks = fields[11].toLongLong() + fields[12].toLongLong(); // fields 14 and 15
    return true;
}

bool isPostgresProcess(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("postgres");
}

} // namespace

double BenchDatabase::serverCpuSeconds(Database* db) const
{
    if (!m_postgres)
        return -1;
    const QString backend = db->scalar(QStringLiteral("SELECT pg_backend_pid()")).toString();
    qint64 postmaster = 0, ticks = 0;
    if (backend.isEmpty() || !readStat(backend, &postmaster, &ticks) || !isPostgresProcess(postmaster))
        return -1; // not on this machine (or another server that happens to have that pid)
    qint64 total = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString& pid : pids) {
        qint64 parent = 0;
        if (readStat(pid, &parent, &ticks) && parent == postmaster)
            total += ticks;
    }
    return static_cast<double>(total) / static_cast<double>(::sysconf(_SC_CLK_TCK));
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
