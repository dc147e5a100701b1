#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Timestamp.h"
#include "engine/FunnelTracker.h"
#include "io/FeedIngestor.h"
#include "security/Crypto.h"
#include "services/AnnouncementService.h"
#include "services/DrawService.h"
#include "services/WaveService.h"
#include "store/BulkApplicantWriter.h"
#include "store/DrawInputs.h"

#include <QBuffer>
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
// A database at the current schema that this process's scratch databases are copied from
// (CREATE DATABASE … TEMPLATE): running the migrations for each of them cost most of the
// PostgreSQL half's time. The template keeps no key check, so each copy records its own key's at
// its first open. Dropped when the application ends.
QString postgresTemplate()
{
    static const QString name = [] {
        const QString tpl = QStringLiteral("prakerja_tpl_%1").arg(QCoreApplication::applicationPid());
        clusterExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(tpl));
        clusterExec(QStringLiteral("CREATE DATABASE %1").arg(tpl));
        QTemporaryDir dir;
        auto keys = KeyFile::create(dir.filePath(QStringLiteral("template.key")));
        if (!keys)
            qFatal("key file: %s", qPrintable(keys.error().message()));
        {
            const QString location
                = clusterConninfo().replace(QStringLiteral("dbname=postgres"), QStringLiteral("dbname=%1").arg(tpl));
            auto db = Database::open(location, keys.value(), Database::OpenMode::CreateIfMissing);
            if (!db)
                qFatal("template database: %s", qPrintable(db.error().message()));
            if (!db.value()->exec(QStringLiteral("DELETE FROM meta WHERE key LIKE 'keycheck.%'")))
                qFatal("template database: cannot clear its key check");
        }
        qAddPostRoutine([] {
            clusterExec(QStringLiteral("DROP DATABASE IF EXISTS prakerja_tpl_%1 WITH (FORCE)")
                            .arg(QCoreApplication::applicationPid()));
        });
        return tpl;
    }();
    return name;
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
        clusterExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY")
                        .arg(m_postgresName, postgresTemplate()));
        m_location = clusterConninfo().replace(QStringLiteral("dbname=postgres"),
                                               QStringLiteral("dbname=%1").arg(m_postgresName));
    } else {
        m_location = m_dir.filePath(QStringLiteral("test.db"));
    }
    auto keys = KeyFile::create(keyPath());
    if (!keys)
        qFatal("key file: %s", qPrintable(keys.error().message()));
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
        qFatal("database: %s", qPrintable(db.error().message()));
    m_db = std::move(db).value();
}

void addWaveOnePool(Database& db, int n)
{
    QVERIFY(db.beginImmediate());
    BulkApplicantWriter writer(db);
    for (int id = 1; id <= n; ++id) {
        const QByteArray nikBi = Crypto::sha256(QByteArray::number(id)).left(16);
        const QByteArray emailBi = Crypto::sha256(QByteArray::number(-id)).left(16);
        BulkApplicant a;
        a.id = id;
        a.nikBi = nikBi;
        a.emailBi = emailBi;
        a.sex = 1 + id % 2;
        a.birthDate = 19900515;
        a.province = id % 3 ? 31 : 32;
        a.regency = a.district = 1;
        a.segment = id % 6;
        a.emailVerifiedAt = a.nikVerifiedAt = a.phoneVerifiedAt = 0;
        QVERIFY2(writer.applicant(a), qPrintable(writer.errorMessage()));
        QVERIFY2(writer.waveMember(1, id, 0), qPrintable(writer.errorMessage()));
    }
    QVERIFY2(writer.rebuildDrawRows(), qPrintable(writer.errorMessage()));
    QVERIFY(db.commit());
}

IngestRun ingestFeed(Database& db, const QByteArray& feed, int batchSize)
{
    QBuffer buffer;
    buffer.setData(feed);
    buffer.open(QIODevice::ReadOnly);
    IngestRun run;
    FeedIngestor ingestor(db);
    ingestor.setBatchSize(batchSize);
    ingestor.setRejectSink([&](qint64 line, const Error& e) { run.rejects.append({line, e.code}); });
    const Result<IngestSummary> result = ingestor.ingest(FeedIngestor::linesOf(buffer));
    if (!result)
        qFatal("ingest failed: %s", qPrintable(result.error().message()));
    run.summary = result.value();
    return run;
}

qint64 stageTotal(Database& db, EventType stage)
{
    const auto funnel = FunnelTracker::current(db);
    if (!funnel)
        qFatal("funnel: %s", qPrintable(funnel.error().message()));
    return funnel->total(stage);
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
    // A crash is -2, never an ordinary exit code.
    return {p.exitStatus() == QProcess::CrashExit ? -2 : p.exitCode(), p.readAllStandardOutput(),
            p.readAllStandardError()};
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

namespace {
const CivilDate kMoneyBirth{1990, 5, 15};

QByteArray moneyLine(const char* event, const QString& nik, const char* at, const QString& fields = {})
{
    return stageLine(QString::fromLatin1(event), nik, QString::fromLatin1(at), fields) + '\n';
}
} // namespace

QString moneyParticipantNik(int serial)
{
    return Nik::compose(317101, kMoneyBirth, serial % 2 ? Sex::Male : Sex::Female, serial);
}

// The catalogue: published trainings on Tokopedia and Pintaria, one approved (never published),
// one published only from 20 April 2020 (its history says so).
void addMoneyCatalogue(Database& db)
{
    const auto add = [&](const char* platform, const char* code, qint64 price, int status) {
        QVERIFY(
            db.exec(QStringLiteral("INSERT INTO trainings (platform_id, code, title, category, level, mode, price,"
                                   " duration_hours, status, created_at, updated_at)"
                                   " SELECT id, ?, ?, 'finance', 1, 1, ?, 10, ?, 0, 0 FROM platforms WHERE code = ?"),
                    {QString::fromLatin1(code), QStringLiteral("Pelatihan %1").arg(QLatin1StringView(code)), price,
                     status, QString::fromLatin1(platform)})
                .ok());
    };
    add("TOKOPEDIA", "AKT-01", 750'000, 5);
    add("TOKOPEDIA", "MC-02", 300'000, 5);
    add("PINTARIA", "KOPI-03", 200'000, 5);
    add("PINTARIA", "DRAFT-04", 100'000, 3);
    add("PINTARIA", "LATE-05", 150'000, 5);
    QVERIFY(db.exec(QStringLiteral("INSERT INTO training_history (training_id, version, at, operator, field, old_value,"
                                   " new_value) SELECT id, 2, ?, 'kurator', 'status', 'approved', 'published'"
                                   " FROM trainings WHERE code = 'LATE-05'"),
                    {*Timestamp::parseIso8601(u"2020-04-20T00:00:00+07:00")})
                .ok());
}

// `people` applicants register and join wave 1; everyone is selected and announced on 17 April
// 2020; `outsiders` more register without joining.
void announceWaveThroughFeed(Database& db, int people, int outsiders)
{
    WaveService waves(db);
    WaveDraft d;
    d.number = 1;
    d.opensAt = *Timestamp::parseIso8601(u"2020-04-11T12:00:00+07:00");
    d.closesAt = *Timestamp::parseIso8601(u"2020-04-16T16:00:00+07:00");
    d.announceAt = d.closesAt + Timestamp::kDay;
    d.trainingStartsAt = d.announceAt + Timestamp::kDay;
    d.quota = people;
    QVERIFY(waves.create(Session::system(), d));
    QVERIFY(waves.open(Session::system(), 1));
    QByteArray feed;
    for (int k = 1; k <= people + outsiders; ++k) {
        const QString nik = moneyParticipantNik(k);
        feed += registeredLine(nik, QStringLiteral("p%1@contoh.id").arg(k), kMoneyBirth,
                               QStringLiteral("2020-04-11T13:00:00+07:00"))
            + '\n';
        for (const char* stage : {"email_verified", "nik_verified", "phone_verified"})
            feed += moneyLine(stage, nik, "2020-04-11T14:00:00+07:00");
        if (k <= people)
            feed += moneyLine("joined_batch", nik, "2020-04-12T10:00:00+07:00", QStringLiteral(R"("wave":1)"));
    }
    QBuffer buffer(&feed);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    qint64 rejected = 0;
    FeedIngestor ingestor(db);
    ingestor.setRejectSink([&](qint64, const Error&) { ++rejected; });
    QVERIFY(ingestor.ingest(FeedIngestor::linesOf(buffer)));
    QCOMPARE(rejected, 0);
    QVERIFY(waves.close(Session::system(), 1));
    QVERIFY(DrawService(db).draw(Session::system(), 1));
    ManualClock clock(kMoneyAnnouncedMs);
    ScopedClock scoped(clock);
    auto announced = AnnouncementService(db, Budget()).announce(Session::system(), 1);
    QVERIFY(announced);
    QCOMPARE(announced->selected, people);
}

} // namespace prakerja::test
