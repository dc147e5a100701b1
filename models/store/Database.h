#pragma once
// One connection to the console's database: opens (and creates) the SQLite file with the
// pragmas the console relies on, or connects to a PostgreSQL server (DatabaseTarget: a
// postgresql:// URI or a libpq keyword string), checks that the key file belongs to it before
// touching anything, then applies pending migrations. A Database is used by the thread that
// opened it; workers open their own.

#include "DatabaseTarget.h"
#include "domain/Error.h"
#include "security/KeyFile.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <thread>

struct sqlite3;
struct pg_conn;

namespace prakerja {

class Database
{
public:
    enum class OpenMode { MustExist, CreateIfMissing };

    // `location` is a file path (SQLite) or a PostgreSQL URI / keyword string (DatabaseTarget).
    // On PostgreSQL the database itself must exist on the server; CreateIfMissing creates the
    // schema in it (the owner role's job, docs/deployment.md).
    static Result<std::unique_ptr<Database>> open(const QString& location, const KeyFile& keys,
                                                  OpenMode mode = OpenMode::MustExist);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    // Native handle for measured hot paths (ingest, selection outcomes); same connection.
    // Null on PostgreSQL: those paths use postgres() there.
    sqlite3* native() const { return m_native; }
    // The QPSQL driver's own libpq connection (COPY, LISTEN); null on SQLite.
    pg_conn* postgres() const { return m_postgres; }
    // Statements prepared on the PostgreSQL connection (NativeStatement): name by SQL text.
    QHash<QByteArray, QByteArray>& postgresPrepared() { return m_postgresPrepared; }
    const DatabaseTarget& target() const { return m_target; }
    bool isPostgres() const { return m_target.isPostgres(); }
    const KeyFile& keys() const { return m_keys; }
    // Key rotation (KeyRotationService) hands the connection the key file's new generations;
    // records their check values so that the database recognises the rotated file.
    Status adoptKeys(const KeyFile& keys);
    const QString& path() const { return m_path; }
    int schemaVersion() const;

    // Writers take the lock up front: a deferred transaction that upgrades can fail with BUSY.
    // On PostgreSQL the same one-writer-at-a-time rule is a transaction-level advisory lock
    // (kWriterLock), held until commit or rollback.
    Status beginImmediate();
    // Transaction-level advisory locks on PostgreSQL (no-ops on SQLite, where the write lock of
    // BEGIN IMMEDIATE already serialises writers). Taken inside a transaction; released at its end.
    static constexpr qint64 kWriterLock = 0x50524b0001; // "PRK" 1
    static constexpr qint64 kAuditLock = 0x50524b0002; // "PRK" 2
    Status advisoryLock(qint64 key);
    // The id an INSERT just assigned (SQLite's rowid; PostgreSQL's lastval()).
    qint64 insertedId(const QSqlQuery& insert);
    // True while a transaction is open on this connection.
    bool inTransaction() const;
    Status commit();
    // For a transaction that wrote hundreds of megabytes (a draw's outcomes): commits without
    // the automatic checkpoint that would copy them from the WAL into the database file before
    // returning; a second connection does that copy in the background (joined on destruction).
    Status commitWithBackgroundCheckpoint();
    // Blocks until that background copy is done.
    void waitForCheckpoint();
    // How many WAL pages a commit may leave before it copies them into the database file
    // (SQLite's automatic checkpoint; kDefaultCheckpointPages is SQLite's own default).
    static constexpr int kDefaultCheckpointPages = 1000;
    void setAutoCheckpointPages(int pages);
    void rollback();

    // Runs one statement with positional bound values; for small, non-hot queries.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    QVariant scalar(const QString& sql, const QVariantList& values = {});

    // PRAGMA data_version: changes when another connection commits. PostgreSQL: the snapshot's
    // xmax, which moves whenever any transaction on the server took an id (a superset).
    qint64 dataVersion();

    // PostgreSQL: the other processes connected to this database as a console seat (their
    // application_name, "prakerjactl@host#pid"), this process's own connections left out; empty
    // on SQLite.
    Result<QStringList> otherSeats();

    static QString defaultPath();

    // Told before each migration applied to a database that already has a schema (an upgrade
    // can take minutes with millions of applicants): the CLI prints a line, the console shows
    // it. Set once at start-up, before any database is opened.
    using MigrationNotice = std::function<void(int version, const QString& description)>;
    static void setMigrationNotice(MigrationNotice notice);

private:
    Database(QSqlDatabase db, const DatabaseTarget& target, const QString& path, const KeyFile& keys);
    static Result<std::unique_ptr<Database>> openPostgres(const DatabaseTarget& target, const QString& location,
                                                          const KeyFile& keys, OpenMode mode);
    static Status createPrivateFile(const QString& path);
    // Refuses a database file that others can read or write.
    static Status checkFileModes(const QString& path);
    Status checkKeys();
    Status migrate();
    static QString seatName();

    QSqlDatabase m_db;
    sqlite3* m_native = nullptr;
    pg_conn* m_postgres = nullptr;
    QHash<QByteArray, QByteArray> m_postgresPrepared;
    DatabaseTarget m_target;
    QString m_path;
    QString m_connectionName;
    KeyFile m_keys;
    std::thread m_checkpointer;
};

Error sqlError(const QSqlQuery& query);
Error sqlError(const QSqlDatabase& db);
// The server's connection is gone (PostgreSQL): code `db_unreachable`, one Indonesian sentence for
// the operator; libpq's English detail goes to the log, not on screen.
bool connectionLost(pg_conn* connection);
Error unreachableError(const QString& detail);

} // namespace prakerja
