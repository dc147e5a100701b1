// What an outside test broke (issue 17), one case per finding: file modes, limits on wide and
// long feed lines, a byte-order mark, a stray CSV quote, an audit row for every committed
// batch, reject reports that input cannot forge, and the CLI's sign-in without a terminal.
#include "TestSupport.h"

#include "domain/RuleSet.h"

#include "io/CsvReader.h"
#include "io/FeedIngestor.h"
#include "io/FeedParser.h"
#include "io/FlatJsonObject.h"
#include "io/ReferenceImporter.h"
#include "services/FeedService.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace prakerja;
using namespace prakerja::test;

namespace {

const Session kAdmin(1, QStringLiteral("admin"), Role::Administrator);
const CivilDate kBirth{1990, 5, 15};
const QString kCtlPassword = QStringLiteral("kata sandi panjang sekali");

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

QString nik(int serial)
{
    return makeNik(kBirth, Sex::Female, serial);
}

QByteArray feedOf(int n)
{
    QByteArray feed;
    for (int i = 1; i <= n; ++i)
        feed += registeredLine(nik(i), QStringLiteral("orang%1@contoh.id").arg(i), kBirth) + '\n';
    return feed;
}

struct Run
{
    Result<IngestSummary> result = IngestSummary{};
    QList<QPair<qint64, QString>> rejects; // line, code
};

Run ingest(Database& db, const QByteArray& feed, int batchSize = 0)
{
    QBuffer buffer;
    buffer.setData(feed);
    buffer.open(QIODevice::ReadOnly);
    Run run;
    FeedService::Sinks sinks;
    sinks.batchSize = batchSize;
    sinks.rejects = [&](qint64 line, const Error& e) { run.rejects.append({line, e.code}); };
    run.result = FeedService(db, kAdmin).ingest(buffer, sinks);
    return run;
}

} // namespace

class TestAttacks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void databaseFilesArePrivateWhateverTheUmask();
    void databaseReadableByOthersIsRefused();
    void keyFileInAFolderOthersCanWriteIsRefused();
    void wideLineIsRefusedWithoutQuadraticWork();
    void duplicateKeysFoundInWideObjects();
    void longLineIsRefusedAndTheNextOneRead();
    void byteOrderMarkAtFeedStart();
    void strayQuoteSwallowsOneLineOnly();
    void everyCommittedBatchIsAudited();
    void rejectReportCannotBeForged();
    void unwritableReportFailsTheRun();
    void noPasswordWithoutTerminalIsAUsageError();
    void passwordFile();
    void sigtermStopsLikeSigint();
    void refusedOpenWarnsNothing();
    void ruleSetWeightOutOfRangeIsRefused();

private:
    CtlRun ctl(const QStringList& args, const QByteArray& input = {}, bool withPassword = true);
    QList<QPair<QString, QString>> environment(bool withPassword) const;
    int failedSignIns();
    QTemporaryDir m_dir;
};

QList<QPair<QString, QString>> TestAttacks::environment(bool withPassword) const
{
    QList<QPair<QString, QString>> env = {
        {QStringLiteral("PRAKERJA_DB"), m_dir.filePath(QStringLiteral("c.db"))},
        {QStringLiteral("PRAKERJA_KEY_FILE"), m_dir.filePath(QStringLiteral("c.key"))},
        {QStringLiteral("PRAKERJA_USER"), QStringLiteral("admin")},
        {QStringLiteral("PRAKERJA_LANG"), QStringLiteral("en")},
    };
    if (withPassword)
        env.append({QStringLiteral("PRAKERJA_PASSWORD"), kCtlPassword});
    return env;
}

CtlRun TestAttacks::ctl(const QStringList& args, const QByteArray& input, bool withPassword)
{
    return runCtl(args, environment(withPassword), input);
}

int TestAttacks::failedSignIns()
{
    auto keys = KeyFile::load(m_dir.filePath(QStringLiteral("c.key")));
    auto db = Database::open(m_dir.filePath(QStringLiteral("c.db")), keys.value());
    return db.value()
        ->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.sign_in_failed'"))
        .toInt();
}

void TestAttacks::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("PRAKERJACTL")), "set PRAKERJACTL to the prakerjactl binary");
    const CtlRun init = ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")});
    QVERIFY2(init.code == 0, init.err.constData());
}

void TestAttacks::databaseFilesArePrivateWhateverTheUmask()
{
    QTemporaryDir dir;
    const mode_t old = ::umask(0);
    const QString path = dir.filePath(QStringLiteral("a/b/p.db"));
    auto keys = KeyFile::create(dir.filePath(QStringLiteral("k/p.key")));
    QVERIFY(keys);
    {
        auto db = Database::open(path, keys.value(), Database::OpenMode::CreateIfMissing);
        ::umask(old);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
        QVERIFY(db.value()->exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('x', 1)")));
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), mode_t(0600));
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), mode_t(0600));
    }
    ::umask(old);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("a"))), mode_t(0700));
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("a/b"))), mode_t(0700));
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("k"))), mode_t(0700));
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("k/p.key"))), mode_t(0600));
}

void TestAttacks::databaseReadableByOthersIsRefused()
{
    ScratchDatabase s;
    s.close();
    QVERIFY(::chmod(QFile::encodeName(s.dbPath()).constData(), 0644) == 0);
    QCOMPARE(Database::open(s.dbPath(), s.keys()).error().code, QStringLiteral("db_permissions"));
    QVERIFY(::chmod(QFile::encodeName(s.dbPath()).constData(), 0600) == 0);
    QVERIFY(Database::open(s.dbPath(), s.keys()));
}

void TestAttacks::keyFileInAFolderOthersCanWriteIsRefused()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
    const QString path = folder + QStringLiteral("/x.key");
    QVERIFY(KeyFile::create(path));
    QCOMPARE(KeyFile::load(path).error().code, QStringLiteral("key_file_folder_permissions"));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0700) == 0);
    QVERIFY(KeyFile::load(path));
}

void TestAttacks::wideLineIsRefusedWithoutQuadraticWork()
{
    // 20,000 distinct members: refused after kMaxMembers, not after 200 million comparisons.
    QByteArray line = "{";
    for (int i = 0; i < 20'000; ++i)
        line += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":1";
    line += '}';
    QString error;
    QVERIFY(!FlatJsonObject::parse(line, &error));
    QVERIFY2(error.startsWith(QStringLiteral("too many members")), qPrintable(error));
    // Through the feed: the line's bytes alone refuse it (it is longer than the limit).
    ScratchDatabase s;
    const Run run = ingest(s.db(), line + '\n' + feedOf(1));
    QVERIFY(run.result);
    QCOMPARE(run.result->accepted, 1);
    QCOMPARE(run.rejects, (QList<QPair<qint64, QString>>{{1, QStringLiteral("line_too_long")}}));
}

void TestAttacks::duplicateKeysFoundInWideObjects()
{
    QByteArray line = "{";
    for (int i = 0; i < 40; ++i)
        line += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":1";
    QString error;
    QVERIFY(FlatJsonObject::parse(QByteArray(line + "}"), &error));
    QVERIFY(!FlatJsonObject::parse(QByteArray(line + ",\"k3\":2}"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("duplicate key")), qPrintable(error));
    QVERIFY(!FlatJsonObject::parse(QByteArray(line + ",\"k39\":2}"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("duplicate key")), qPrintable(error));
}

void TestAttacks::longLineIsRefusedAndTheNextOneRead()
{
    ScratchDatabase s;
    const QByteArray padding(FeedParser::kMaxLineBytes * 4, 'a');
    const QByteArray longLine
        = registeredLine(nik(9), QStringLiteral("x@contoh.id"), kBirth, QStringLiteral("2020-04-11T19:00:03+07:00"),
                         QStringLiteral(R"("pad":"%1")").arg(QString::fromLatin1(padding)));
    const Run run = ingest(s.db(), longLine + '\n' + feedOf(2));
    QVERIFY(run.result);
    QCOMPARE(run.result->accepted, 2);
    QCOMPARE(run.result->lines, 3);
    QCOMPARE(run.rejects, (QList<QPair<qint64, QString>>{{1, QStringLiteral("line_too_long")}}));
}

void TestAttacks::byteOrderMarkAtFeedStart()
{
    ScratchDatabase s;
    const Run run = ingest(s.db(), "\xEF\xBB\xBF" + feedOf(2));
    QVERIFY(run.result);
    QCOMPARE(run.result->accepted, 2);
    QVERIFY(run.rejects.isEmpty());
}

void TestAttacks::strayQuoteSwallowsOneLineOnly()
{
    ScratchDatabase s;
    QByteArray list = "nik\n\"" + nik(1).toUtf8() + "\n";
    for (int i = 2; i <= 150; ++i)
        list += nik(i).toUtf8() + '\n';
    QBuffer buffer(&list);
    buffer.open(QIODevice::ReadOnly);
    ReferenceImporter importer(s.db(), ReferenceList::Exclusion);
    QList<QPair<qint64, QString>> rejects;
    importer.setRejectSink([&](qint64 line, const Error& e) { rejects.append({line, e.code}); });
    const auto r = importer.import(buffer);
    QVERIFY(r);
    QCOMPARE(r->accepted, 149); // everyone after the stray quote is excluded as listed
    QCOMPARE(r->rejected, 1);
    QCOMPARE(r->rejectedLines, 1);
    QCOMPARE(rejects, (QList<QPair<qint64, QString>>{{2, QStringLiteral("malformed_csv")}}));

    // A quoted field that does close spans its lines, and a rejected one says how many.
    QByteArray multi = "\"31710155\n05900001\",x\n" + nik(1).toUtf8() + '\n';
    QBuffer second(&multi);
    second.open(QIODevice::ReadOnly);
    CsvReader reader(second);
    QStringList fields;
    QVERIFY(reader.next(fields));
    QCOMPARE(reader.recordLine(), 1);
    QCOMPARE(reader.recordLineCount(), 2);
    QVERIFY(reader.next(fields));
    QCOMPARE(reader.recordLine(), 3);
    QCOMPARE(fields, QStringList{nik(1)});
}

// A batch that fails (as on a full disk) after two committed ones: both committed batches
// have their audit row, naming their lines.
void TestAttacks::everyCommittedBatchIsAudited()
{
    ScratchDatabase s;
    QVERIFY(s.db().exec(QStringLiteral("CREATE TRIGGER disk_full BEFORE INSERT ON events WHEN NEW.applicant_id > 4"
                                       " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    const Run run = ingest(s.db(), feedOf(6), 2);
    QVERIFY(!run.result);
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT COUNT(*) FROM applicants")).toInt(), 4);
    auto q = s.db().exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'feed.ingest' ORDER BY id"));
    QStringList details;
    while (q.value().next())
        details << q.value().value(0).toString();
    QCOMPARE(details,
             (QStringList{QStringLiteral("lines 1-2: accepted=2 duplicates=0 rejected=0"),
                          QStringLiteral("lines 3-4: accepted=2 duplicates=0 rejected=0")}));
}

void TestAttacks::rejectReportCannotBeForged()
{
    // An event name with a newline, a fake report line and a terminal escape sequence.
    const QByteArray evil = R"({"event":"x\nline 99: ok: forged\u001b[2J)" + QByteArray(500, 'y')
        + R"(","at":"2020-04-11T19:00:03+07:00","nik":"3171011505900001"})" + "\n";
    const QString report = m_dir.filePath(QStringLiteral("rejects.txt"));
    const CtlRun run = ctl({QStringLiteral("ingest"), QStringLiteral("-"), QStringLiteral("--report"), report}, evil);
    QCOMPARE(run.code, 1);
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QCOMPARE(text.count('\n'), 1);
    QVERIFY(text.startsWith("line 1: unknown_event: "));
    QVERIFY(!text.contains('\x1b'));
    QVERIFY(text.contains("\\x0aline 99"));
    QVERIFY(text.size() < 300); // the 500 y's are cut
    QVERIFY(run.out.contains("lines not imported 1"));
}

void TestAttacks::unwritableReportFailsTheRun()
{
    const QByteArray bad = R"({"event":"nope","at":"2020-04-11T19:00:03+07:00","nik":"3171011505900001"})"
                           "\n";
    const CtlRun full = ctl(
        {QStringLiteral("ingest"), QStringLiteral("-"), QStringLiteral("--report"), QStringLiteral("/dev/full")}, bad);
    QCOMPARE(full.code, 5);
    QVERIFY2(full.err.contains("reject report"), full.err.constData());
    const CtlRun missing = ctl({QStringLiteral("ingest"), QStringLiteral("-"), QStringLiteral("--report"),
                                m_dir.filePath(QStringLiteral("no/such/folder/r.txt"))},
                               bad);
    QCOMPARE(missing.code, 5);
}

void TestAttacks::noPasswordWithoutTerminalIsAUsageError()
{
    const int before = failedSignIns();
    for (int i = 0; i < 6; ++i) { // more than the lockout's five failures
        const CtlRun run = ctl({QStringLiteral("ingest"), QStringLiteral("-")}, {}, false);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("no_password"), run.err.constData());
    }
    QCOMPARE(failedSignIns(), before); // nothing was tried
    QCOMPARE(ctl({QStringLiteral("ingest"), QStringLiteral("-")}).code, 0); // not locked
}

void TestAttacks::passwordFile()
{
    const QString path = m_dir.filePath(QStringLiteral("password"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kCtlPassword.toUtf8() + '\n');
    file.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    const QStringList args = {QStringLiteral("ingest"), QStringLiteral("-"), QStringLiteral("--password-file"), path};
    const CtlRun ok = ctl(args, {}, false);
    QVERIFY2(ok.code == 0, ok.err.constData());
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const CtlRun loose = ctl(args, {}, false);
    QCOMPARE(loose.code, 1);
    QVERIFY(loose.err.contains("password_file_permissions"));
}

// SIGTERM (what a service manager sends) ends a run like Ctrl-C: the committed batches stay,
// audited, and the summary says it was interrupted; before, the process just died.
void TestAttacks::sigtermStopsLikeSigint()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : environment(true))
        env.insert(name, value);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("PRAKERJACTL"), {QStringLiteral("ingest"), QStringLiteral("-")});
    QVERIFY(p.waitForStarted());
    auto keys = KeyFile::load(m_dir.filePath(QStringLiteral("c.key")));
    auto db = Database::open(m_dir.filePath(QStringLiteral("c.db")), keys.value());
    QVERIFY(db);
    // A live feed: a line now and then until a batch is committed (and audited) while the feed
    // stays open.
    int serial = 700;
    const auto batches = [&] {
        return db.value()
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'feed.ingest'"))
            .toInt();
    };
    const int before = batches();
    auto feedAndCheck = [&] {
        ++serial;
        p.write(registeredLine(makeNik(kBirth, Sex::Male, serial), QStringLiteral("t%1@contoh.id").arg(serial), kBirth)
                + '\n');
        return batches() > before;
    };
    QTRY_VERIFY_WITH_TIMEOUT(feedAndCheck(), 20'000);
    p.terminate();
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(out.contains("(interrupted)"), out.constData());
}

namespace {
QStringList g_warnings;
void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}
} // namespace

// A refused open (wrong key file, read-only file) reports its own error and nothing else: no
// stray "connection is still in use" warning from Qt.
void TestAttacks::refusedOpenWarnsNothing()
{
    ScratchDatabase s;
    s.close();
    KeyFile other;
    other.addGeneration();
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    const auto refused = Database::open(s.dbPath(), other);
    qInstallMessageHandler(previous);
    QCOMPARE(refused.error().code, QStringLiteral("wrong_key"));
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
}

// Found by fuzz_ruleset: a weight past qint64 was converted from a double (undefined behaviour).
void TestAttacks::ruleSetWeightOutOfRangeIsRefused()
{
    const QByteArray base
        = R"({"version":1,"tiers":["everyone"],"province_quotas":"weights","province_weights":{"32":)";
    QVERIFY(RuleSet::fromJson(base + "5}}"));
    QVERIFY(!RuleSet::fromJson(base + "3555555555555555555555555555555555}}"));
    QVERIFY(!RuleSet::fromJson(base + "-1}}"));
    QVERIFY(!RuleSet::fromJson(base + "2.5}}"));
    QVERIFY(!RuleSet::fromJson(base + "\"7\"}}"));
}

QTEST_GUILESS_MAIN(TestAttacks)
#include "tst_attacks.moc"
