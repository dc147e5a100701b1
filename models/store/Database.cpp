#include "Database.h"

#include "Migrations.h"
#include "SqlDialect.h"
#include "domain/Timestamp.h"
#include "security/Crypto.h"
#include "security/PiiCipher.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace prakerja {

namespace {
// Whether the table exists; on PostgreSQL one catalog lookup in the search path instead of
// QPSQL's listing of every table (QSqlDatabase::tables()).
bool hasTable(const QSqlDatabase& db, const QString& name)
{
    if (db.driverName() != QLatin1StringView("QPSQL"))
        return db.tables().contains(name);
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(name)) && q.next() && q.value(0).toBool();
}

QAtomicInt g_connectionCounter;
Database::MigrationNotice g_migrationNotice;

// prakerja_seal_name(name, nik_bi): the name encrypted as the feed writer stores it (migration 11).
void sealName(sqlite3_context* context, int, sqlite3_value** argv)
{
    auto* cipher = static_cast<PiiCipher*>(sqlite3_user_data(context));
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    QByteArray name(reinterpret_cast<const char*>(sqlite3_value_text(argv[0])), sqlite3_value_bytes(argv[0]));
    const QByteArray binding(static_cast<const char*>(sqlite3_value_blob(argv[1])), sqlite3_value_bytes(argv[1]));
    const QByteArray ct = cipher->encrypt(PiiField::Name, name, binding);
    Crypto::wipe(name);
    sqlite3_result_blob(context, ct.constData(), static_cast<int>(ct.size()), SQLITE_TRANSIENT);
}

Error openError(const QString& detail)
{
    return makeError(QStringLiteral("db_open"), Error::tr("Basis data tidak dapat dibuka: %1").arg(detail));
}
} // namespace

// QPSQL's handle is a PGconn*; Qt 6 names the type after the struct behind the typedef. Null for
// another driver's handle.
static pg_conn* postgresHandle(const QVariant& handle)
{
    if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        return *static_cast<pg_conn* const*>(handle.data());
    return nullptr;
}

bool connectionLost(pg_conn* connection)
{
    return connection && PQstatus(connection) == CONNECTION_BAD;
}

Error unreachableError(const QString& detail)
{
    qWarning("database server unreachable: %s", qPrintable(detail.simplified()));
    return makeError(QStringLiteral("db_unreachable"),
                     Error::tr("Server basis data tidak terjangkau. Coba lagi sebentar lagi; bila berlanjut,"
                               " hubungi administrator."));
}

// Code `sql`, or `sql_unique` for a UNIQUE or primary-key violation (UniqueViolation.h), or
// `db_unreachable` when the server's connection is gone.
Error sqlError(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const QString text = error.text();
    if (query.driver() && connectionLost(postgresHandle(query.driver()->handle())))
        return unreachableError(text);
    // PostgreSQL's SQLSTATE 23505; SQLite's message (its error code is the primary one here).
    const bool unique = error.nativeErrorCode() == QLatin1StringView("23505")
        || text.contains(QLatin1StringView("UNIQUE constraint failed"));
    return makeError(unique ? QStringLiteral("sql_unique") : QStringLiteral("sql"),
                     Error::tr("Kesalahan basis data: %1").arg(text));
}

Error sqlError(const QSqlDatabase& db)
{
    const QString text = db.lastError().text();
    return makeError(QStringLiteral("sql"), Error::tr("Kesalahan basis data: %1").arg(text));
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/prakerja/prakerja.db");
}

Database::Database(QSqlDatabase db, const DatabaseTarget& target, const QString& path, const KeyFile& keys)
    : m_db(std::move(db)), m_target(target), m_path(path), m_connectionName(m_db.connectionName()), m_keys(keys)
{
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_native = *static_cast<sqlite3* const*>(handle.data());
    m_postgres = postgresHandle(handle);
}

Database::~Database()
{
    waitForCheckpoint();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::setMigrationNotice(MigrationNotice notice)
{
    g_migrationNotice = std::move(notice);
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, const KeyFile& keys, OpenMode mode)
{
    auto target = DatabaseTarget::parse(location);
    if (!target)
        return target.error();
    if (target.value().isPostgres())
        return openPostgres(target.value(), location, keys, mode);
    const QString& path = location;
    const bool exists = QFileInfo::exists(path);
    if (!exists && mode == OpenMode::MustExist)
        return makeError(QStringLiteral("db_missing"),
                         Error::tr("Basis data tidak ditemukan: %1 (jalankan 'prakerjactl init')").arg(path));
    if (const Status s = exists ? checkFileModes(path) : createPrivateFile(path); !s)
        return s.error();
    const QString name = QStringLiteral("prakerja-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return openError(detail);
    }
    std::unique_ptr<Database> database(new Database(db, target.value(), path, keys));
    // This handle must not outlive the Database: a failed open below removes the connection, and
    // Qt warns that it is "still in use" while a copy exists (the stray warning that came with
    // every refused open, e.g. a read-only file or a wrong key).
    db = QSqlDatabase();
    if (!database->m_native)
        return openError(QStringLiteral("QSQLITE driver without native handle"));
    for (const char* pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-262144",
                               "PRAGMA temp_store=MEMORY"}) {
        QSqlQuery q(database->m_db);
        if (!q.exec(QString::fromLatin1(pragma)))
            return sqlError(q);
    }
    if (!keys.ids().isEmpty())
        sqlite3_create_function_v2(database->m_native, "prakerja_seal_name", 2, SQLITE_UTF8, new PiiCipher(keys),
                                   sealName, nullptr, nullptr, [](void* p) { delete static_cast<PiiCipher*>(p); });
    // The key check comes before anything that writes, so a wrong key file changes nothing.
    if (const Status s = database->checkKeys(); !s)
        return s.error();
    {
        QSqlQuery q(database->m_db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return sqlError(q);
    }
    if (const Status s = database->migrate(); !s)
        return s.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const DatabaseTarget& target, const QString& location,
                                                         const KeyFile& keys, OpenMode mode)
{
    const QString name = QStringLiteral("prakerja-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return openError(QStringLiteral("Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is missing"));
    }
    // The whole keyword string goes to libpq as it is (QPSQL appends the connect options last);
    // the password comes from ~/.pgpass, PGPASSFILE or PGPASSWORD.
    // Each seat names itself to the server (pg_stat_activity): key rotation names the open ones.
    QString conninfo = target.conninfo();
    if (!conninfo.contains(QStringLiteral("application_name=")))
        conninfo += QStringLiteral(" application_name='%1'").arg(seatName());
    db.setConnectOptions(conninfo);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        const bool notConnected = db.lastError().type() == QSqlError::ConnectionError;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        // Nobody answered (no server at that address, or it is down; libpq's PQping, not its
        // words, which follow the locale): one sentence that says so. A refusal by the server
        // (password, database name) keeps libpq's words, which name it.
        if (notConnected && PQping(conninfo.toUtf8().constData()) == PQPING_NO_RESPONSE)
            return makeError(QStringLiteral("db_unreachable"),
                             Error::tr("Server basis data %1 tidak terjangkau: periksa alamatnya dan bahwa server"
                                       " berjalan.")
                                 .arg(target.describe()));
        return openError(QStringLiteral("%1: %2").arg(target.describe(), detail));
    }
    std::unique_ptr<Database> database(new Database(db, target, location, keys));
    db = QSqlDatabase();
    if (!database->m_postgres)
        return openError(QStringLiteral("QPSQL driver without native handle"));
    // Times are epoch milliseconds in BIGINT columns; the session's settings quieten the
    // server's notices (CREATE … IF NOT EXISTS) and turn off JIT compilation: the console's
    // statements are short, and a plan whose estimate passes jit_above_cost is compiled anew at
    // every execution (50–80 ms here, more than the read itself: docs/funnel.md, "Speed"). One
    // round trip for the three.
    {
        QSqlQuery q(database->m_db);
        if (!q.exec(QStringLiteral("SET client_min_messages = warning; SET TIME ZONE 'UTC'; SET jit = off")))
            return sqlError(q);
    }
    const bool hasSchema = hasTable(database->m_db, QStringLiteral("schema_version"));
    if (!hasSchema && mode == OpenMode::MustExist)
        return makeError(QStringLiteral("db_missing"),
                         Error::tr("Basis data %1 belum berisi skema konsol (jalankan 'prakerjactl init' dengan"
                                   " peran pemilik)")
                             .arg(target.describe()));
    if (const Status s = database->checkKeys(); !s)
        return s.error();
    if (const Status s = database->migrate(); !s)
        return s.error();
    return database;
}

Status Database::createPrivateFile(const QString& path)
{
    // The folder (each one created here) is 0700 and the file 0600 whatever the umask. SQLite
    // gives the WAL and SHM files the mode of the database file.
    const QString folder = QFileInfo(path).absolutePath();
    QStringList missing;
    for (QFileInfo f(folder); !f.exists() && !f.isRoot(); f = QFileInfo(f.absolutePath()))
        missing.prepend(f.absoluteFilePath());
    for (const QString& dir : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(dir);
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return openError(QStringLiteral("%1: %2").arg(dir, QString::fromLocal8Bit(std::strerror(errno))));
        ::chmod(native.constData(), 0700);
    }
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return openError(QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    ::fchmod(fd, 0600);
    ::close(fd);
    return Status::success();
}

Status Database::checkFileModes(const QString& path)
{
    struct stat st
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0)
        return openError(QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (st.st_mode & (S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH))
        return makeError(QStringLiteral("db_permissions"),
                         Error::tr("Basis data %1 dapat dibaca pengguna lain; jalankan chmod 600 (dan chmod 700"
                                   " foldernya)")
                             .arg(path));
    // WAL and SHM files left by an older version with a looser mode are tightened (SQLite keeps
    // an existing file's mode).
    for (const char* suffix : {"-wal", "-shm"}) {
        const QByteArray side = native + suffix;
        struct stat sideStat
        {
        };
        if (::stat(side.constData(), &sideStat) == 0 && (sideStat.st_mode & 077) && sideStat.st_uid == ::geteuid())
            ::chmod(side.constData(), 0600);
    }
    return Status::success();
}

Status Database::checkKeys()
{
    QSqlQuery q(m_db);
    const bool hasMeta = hasTable(m_db, QStringLiteral("meta"));
    QMap<int, QByteArray> stored;
    if (hasMeta) {
        q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'keycheck.%'"));
        while (q.next())
            stored.insert(q.value(0).toString().mid(9).toInt(), q.value(1).toByteArray());
    }
    if (stored.isEmpty())
        return Status::success(); // new database: checks are written after migration
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (m_keys.has(it.key()) && m_keys.checkValue(it.key()) == it.value())
            return Status::success();
    }
    return makeError(QStringLiteral("wrong_key"),
                     Error::tr("Berkas kunci tidak cocok dengan basis data ini; tidak ada yang diubah"));
}

Status Database::migrate()
{
    QSqlQuery q(m_db);
    const auto backend = m_target.backend();
    if (!q.exec(SqlDialect::ddl(backend,
                                QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                               "version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                                               " applied_at INTEGER NOT NULL)"))))
        return sqlError(q);
    // Applied by set, not by maximum: a migration numbered below one already applied (areas
    // developed in parallel) is still applied once.
    QSet<int> applied;
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")))
        while (q.next())
            applied.insert(q.value(0).toInt());
    const bool upgrade = !applied.isEmpty();
    bool preludeRun = backend != DatabaseTarget::Backend::Postgres;
    for (const Migration& m : sqliteMigrations()) {
        if (applied.contains(m.version))
            continue;
        if (upgrade && g_migrationNotice)
            g_migrationNotice(m.version, QString::fromUtf8(m.description));
        if (const Status s = beginImmediate(); !s)
            return s;
        // Another seat may have applied it while this one waited for the writer lock.
        if (isPostgres()
            && scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = ?"), {m.version}).toInt()
                > 0) {
            rollback();
            continue;
        }
        if (!preludeRun) {
            for (const QString& statement : SqlDialect::postgresPrelude()) {
                if (!q.exec(statement)) {
                    const Error e = sqlError(q);
                    rollback();
                    return e;
                }
            }
            preludeRun = true;
        }
        for (const QString& sqliteStatement : m.statements) {
            const QString statement = SqlDialect::ddl(backend, sqliteStatement);
            if (statement.isEmpty())
                continue;
            if (!q.exec(statement)) {
                const Error e = sqlError(q);
                rollback();
                return e;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(QString::fromUtf8(m.description));
        q.addBindValue(Timestamp::nowMs());
        if (!q.exec()) {
            const Error e = sqlError(q);
            rollback();
            return e;
        }
        if (const Status s = commit(); !s)
            return s;
    }
    // Record the check value of every key generation the file holds.
    for (int id : m_keys.ids()) {
        q.prepare(SqlDialect::dml(backend, QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)")));
        q.addBindValue(QStringLiteral("keycheck.%1").arg(id));
        q.addBindValue(m_keys.checkValue(id));
        if (!q.exec())
            return sqlError(q);
    }
    return Status::success();
}

Status Database::adoptKeys(const KeyFile& keys)
{
    for (int id : keys.ids()) {
        auto q = exec(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)"),
                      {QStringLiteral("keycheck.%1").arg(id), keys.checkValue(id)});
        if (!q)
            return q.error();
    }
    m_keys = keys;
    return Status::success();
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString Database::seatName()
{
    QString app = QCoreApplication::applicationName();
    QString host = QSysInfo::machineHostName();
    for (QString* part : {&app, &host})
        part->remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")));
    return QStringLiteral("%1@%2#%3").arg(app.isEmpty() ? QStringLiteral("prakerja") : app, host).arg(::getpid());
}

Result<QStringList> Database::otherSeats()
{
    if (!isPostgres())
        return QStringList();
    auto q = exec(QStringLiteral("SELECT DISTINCT application_name FROM pg_stat_activity"
                                 " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                                 " AND application_name LIKE '%@%#%' AND application_name NOT LIKE ?"
                                 " ORDER BY 1"),
                  {QVariant(QStringLiteral("%#") + QString::number(::getpid()))});
    if (!q)
        return q.error();
    QStringList seats;
    while (q.value().next())
        seats << q.value().value(0).toString();
    return seats;
}

Status Database::beginImmediate()
{
    QSqlQuery q(m_db);
    if (!q.exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(q);
    if (isPostgres()) {
        if (const Status s = advisoryLock(kWriterLock); !s) {
            rollback();
            return s;
        }
    }
    return Status::success();
}

Status Database::advisoryLock(qint64 key)
{
    if (!isPostgres())
        return Status::success();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q);
    return Status::success();
}

qint64 Database::insertedId(const QSqlQuery& insert)
{
    if (!isPostgres())
        return insert.lastInsertId().toLongLong();
    return scalar(QStringLiteral("SELECT lastval()")).toLongLong();
}

bool Database::inTransaction() const
{
    if (m_postgres)
        return PQtransactionStatus(m_postgres) != PQTRANS_IDLE;
    return sqlite3_get_autocommit(m_native) == 0;
}

Status Database::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return sqlError(q);
    return Status::success();
}

void Database::setAutoCheckpointPages(int pages)
{
    if (m_native)
        sqlite3_wal_autocheckpoint(m_native, pages);
}

Status Database::commitWithBackgroundCheckpoint()
{
    if (isPostgres())
        return commit();
    setAutoCheckpointPages(0);
    const Status committed = commit();
    setAutoCheckpointPages(kDefaultCheckpointPages);
    if (!committed)
        return committed;
    waitForCheckpoint();
    m_checkpointer = std::thread([path = m_path.toUtf8()] {
        sqlite3* h = nullptr;
        if (sqlite3_open_v2(path.constData(), &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(h, 10000);
            // A fresh connection opens the WAL only when it first reads; before that the
            // checkpoint call finds no WAL and does nothing. PASSIVE: never blocks readers or
            // writers; a frame it cannot copy now is copied by the next automatic checkpoint.
            sqlite3_exec(h, "SELECT 1 FROM sqlite_master LIMIT 1", nullptr, nullptr, nullptr);
            sqlite3_wal_checkpoint_v2(h, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        }
        sqlite3_close(h);
    });
    return Status::success();
}

void Database::waitForCheckpoint()
{
    if (m_checkpointer.joinable())
        m_checkpointer.join();
}

void Database::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(m_db);
    const QString statement = SqlDialect::dml(m_target.backend(), sql);
    if (statement.isEmpty())
        return q; // nothing to run on this backend (a PRAGMA on PostgreSQL)
    if (isPostgres() && values.isEmpty()) {
        // Not prepared: QPSQL prepares through PREPARE, which takes no BEGIN, SET or DDL.
        if (!q.exec(statement))
            return sqlError(q);
        return q;
    }
    if (!q.prepare(statement))
        return sqlError(q);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    return q;
}

QVariant Database::scalar(const QString& sql, const QVariantList& values)
{
    auto q = exec(sql, values);
    if (!q.ok() || !q.value().next())
        return {};
    return q.value().value(0);
}

qint64 Database::dataVersion()
{
    if (isPostgres())
        return scalar(QStringLiteral("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")).toLongLong();
    return scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
}

} // namespace prakerja
