#include "TestSupport.h"

#include "engine/FunnelTracker.h"
#include "security/Crypto.h"
#include "store/BulkApplicantWriter.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

namespace prakerja::test {

ScratchDatabase::ScratchDatabase()
{
    QVERIFY2(m_dir.isValid(), "cannot create a temporary folder");
    auto keys = KeyFile::create(keyPath());
    if (!keys)
        qFatal("key file: %s", qPrintable(keys.error().messageEn));
    m_keys = keys.value();
    reopen();
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

qint64 stageTotal(Database& db, EventType stage)
{
    const auto funnel = FunnelTracker::current(db);
    if (!funnel)
        qFatal("funnel: %s", qPrintable(funnel.error().messageEn));
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
