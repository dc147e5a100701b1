#include "TestStorage.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace prakerja::test {

void refuseInserts(Database& db, const QString& name, const QString& table, const QString& when, const QString& message,
                   bool thisConnection)
{
    QStringList statements;
    if (db.isPostgres()) {
        statements << QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS"
                                     " $f$ BEGIN RAISE EXCEPTION '%2'; END $f$")
                          .arg(name, message)
                   << QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW WHEN (%3)"
                                     " EXECUTE FUNCTION %1()")
                          .arg(name, table, when);
    } else {
        statements << QStringLiteral("CREATE %1TRIGGER %2 BEFORE INSERT ON %3 WHEN %4"
                                     " BEGIN SELECT RAISE(ABORT, '%5'); END")
                          .arg(thisConnection ? QStringLiteral("TEMP ") : QString(), name, table, when, message);
    }
    for (const QString& sql : std::as_const(statements)) {
        QSqlQuery q(db.sql());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
}

void allowInserts(Database& db, const QString& name, const QString& table)
{
    const QStringList statements = db.isPostgres()
        ? QStringList{QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table),
                      QStringLiteral("DROP FUNCTION %1()").arg(name)}
        : QStringList{QStringLiteral("DROP TRIGGER %1").arg(name)};
    for (const QString& sql : statements) {
        QSqlQuery q(db.sql());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
}

QByteArray storedBytes(ScratchDatabase& s)
{
    QStringList folders;
    QStringList files;
    if (testingPostgres()) { // SQLite's files are read with the connection open or closed
        QSqlQuery q(s.db().sql());
        if (!q.exec(QStringLiteral("CHECKPOINT")))
            qFatal("CHECKPOINT: %s", qPrintable(q.lastError().text()));
        const QString data = s.db().scalar(QStringLiteral("SELECT current_setting('data_directory')")).toString();
        const QString oid
            = s.db()
                  .scalar(QStringLiteral("SELECT oid::text FROM pg_database WHERE datname = current_database()"))
                  .toString();
        folders << data + QStringLiteral("/base/") + oid; // the write-ahead log holds the same rows
    } else {
        files << s.dbPath() << s.dbPath() + QStringLiteral("-wal");
    }
    for (const QString& folder : std::as_const(folders)) {
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QByteArray all;
    for (const QString& path : std::as_const(files)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace prakerja::test
