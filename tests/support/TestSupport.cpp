#include "TestSupport.h"

#include "security/Crypto.h"
#include "store/DrawInputs.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace prakerja::test {

namespace {
// The test cluster's keyword string (the last line of the state file scripts/pg-cluster.sh wrote).
QString clusterConninfo()
{
    QFile f(qEnvironmentVariable("PRAKERJA_TEST_PG_INFO"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("PRAKERJA_TEST_DB=postgresql needs PRAKERJA_TEST_PG_INFO naming the cluster's state file"
               " (scripts/pg-cluster.sh start FILE)");
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    return QString::fromUtf8(lines.last());
}

// Runs one statement on the cluster's `postgres` database (CREATE / DROP DATABASE).
void clusterExec(const QString& sql)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setConnectOptions(clusterConninfo());
        if (!admin.open())
            qFatal("test cluster: %s", qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        if (!q.exec(sql))
            qFatal("test cluster: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        q.finish();
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

bool testingPostgres()
{
    return qEnvironmentVariable("PRAKERJA_TEST_DB") == QLatin1StringView("postgresql");
}

ScratchDatabase::ScratchDatabase()
{
    QVERIFY2(m_dir.isValid(), "cannot create a temporary folder");
    if (testingPostgres()) {
        static QAtomicInt counter;
        m_postgresName = QStringLiteral("prakerja_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
        clusterExec(QStringLiteral("CREATE DATABASE %1").arg(m_postgresName));
        m_location = clusterConninfo().replace(QStringLiteral("dbname=postgres"),
                                               QStringLiteral("dbname=%1").arg(m_postgresName));
    } else {
        m_location = m_dir.filePath(QStringLiteral("test.db"));
    }
    auto keys = KeyFile::create(keyPath());
    if (!keys)
        qFatal("key file: %s", qPrintable(keys.error().messageEn));
    m_keys = keys.value();
    reopen();
}

ScratchDatabase::~ScratchDatabase()
{
    m_db.reset();
    if (!m_postgresName.isEmpty())
        clusterExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresName));
}

void ScratchDatabase::reopen()
{
    m_db.reset();
    auto db = Database::open(dbPath(), m_keys, Database::OpenMode::CreateIfMissing);
    if (!db)
        qFatal("database: %s", qPrintable(db.error().messageEn));
    m_db = std::move(db).value();
}

void addWaveOnePool(Database& db, int n)
{
    QVERIFY(db.beginImmediate());
    QSqlQuery q(db.sql()), m(db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO applicants (id, nik_bi, nik_ct, email_bi, email_ct, name_ct, sex, birth_date, province, regency,"
        " district, segment, registered_at, email_verified_at, nik_verified_at, phone_verified_at, key_id)"
        " VALUES (?, ?, x'00', ?, x'00', '', ?, 19900515, ?, 1, 1, ?, 0, 0, 0, 0, 1)"));
    m.prepare(QStringLiteral("INSERT INTO wave_members (wave, applicant_id, joined_at) VALUES (1, ?, 0)"));
    for (int id = 1; id <= n; ++id) {
        q.addBindValue(id);
        q.addBindValue(Crypto::sha256(QByteArray::number(id)).left(16));
        q.addBindValue(Crypto::sha256(QByteArray::number(-id)).left(16));
        q.addBindValue(1 + id % 2);
        q.addBindValue(id % 3 ? 31 : 32);
        q.addBindValue(id % 6);
        QVERIFY(q.exec());
        m.addBindValue(id);
        QVERIFY(m.exec());
    }
    QVERIFY(db.exec(QString::fromLatin1(DrawInputs::kRebuildSql)).ok());
    QVERIFY(db.commit());
}

QString makeNik(const CivilDate& birth, Sex sex, int serial, int district)
{
    return Nik::compose(district, birth, sex, serial);
}

QByteArray registeredLine(const QString& nik, const QString& email, const CivilDate& birth, const QString& at,
                          const QString& extra)
{
    QString line = QStringLiteral(R"({"event":"registered","at":"%1","nik":"%2","name":"Siti Aminah","email":"%3",)"
                                  R"("birth_date":"%4")")
                       .arg(at, nik, email, birth.toIso());
    if (!extra.isEmpty())
        line += u',' + extra;
    line += u'}';
    return line.toUtf8();
}

QByteArray stageLine(const QString& event, const QString& nik, const QString& at, const QString& extra)
{
    QString line = QStringLiteral(R"({"event":"%1","at":"%2","nik":"%3")").arg(event, at, nik);
    if (!extra.isEmpty())
        line += u',' + extra;
    line += u'}';
    return line.toUtf8();
}

CtlRun runCtl(const QStringList& args, const QList<QPair<QString, QString>>& environment, const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    for (const auto& [name, value] : environment)
        env.insert(name, value);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("PRAKERJACTL"), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120'000))
        qFatal("prakerjactl did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

namespace {
QString runTool(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("%1 did not run (scripts/deps.sh installs poppler-utils): %2").arg(tool, p.errorString());
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

QString pdfInfo(const QString& pdf)
{
    return runTool(QStringLiteral("pdfinfo"), {pdf});
}

QString pdfText(const QString& pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

} // namespace prakerja::test
