// --version on both executables: the CMake project's version and, when built from a git
// checkout, the `git describe` of the commit they were built from (cmake/GitVersion.cmake).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsVersion_data();
    void printsVersion();
};

void TestVersion::printsVersion_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("name");
    QTest::newRow("prakerjactl") << qEnvironmentVariable("PRAKERJACTL") << QStringLiteral("prakerjactl");
    QTest::newRow("prakerja-console") << qEnvironmentVariable("PRAKERJA_CONSOLE") << QStringLiteral("prakerja-console");
}

namespace {
// What `git describe` says of the source tree now, or an empty string outside git.
QString describeSourceTree()
{
    const QString root = QFINDTESTDATA("../../CMakeLists.txt");
    const QString source = QFileInfo(root).absolutePath();
    if (root.isEmpty() || !QFile::exists(source + QStringLiteral("/.git")))
        return {};
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("-C"), source, QStringLiteral("describe"), QStringLiteral("--always"),
               QStringLiteral("--tags")});
    if (!git.waitForFinished(10000) || git.exitCode() != 0)
        return {};
    return QString::fromUtf8(git.readAllStandardOutput()).trimmed();
}
} // namespace

void TestVersion::printsVersion()
{
    QFETCH(QString, program);
    QFETCH(QString, name);
    if (program.isEmpty())
        QSKIP("built without the GUI: no prakerja-console");
    QVERIFY2(QFile::exists(program), qPrintable(program));
    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    p.start(program, {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    // "prakerjactl 0.1.0 (git bcc7679)", one line, nothing else.
    static const QRegularExpression form(QStringLiteral("^(\\S+) (\\d+\\.\\d+\\.\\d+)(?: \\(git ([^)\\s]+)\\))?\\n$"));
    const QRegularExpressionMatch m = form.match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out));
    QCOMPARE(m.captured(1), name);
    QCOMPARE(m.captured(2), QStringLiteral(PRAKERJA_VERSION));
    // Built from git: the description of the commit built, the "-dirty" of an edited tree aside.
    const QString describe = describeSourceTree();
    if (describe.isEmpty())
        return;
    QVERIFY2(!m.captured(3).isEmpty(), "built from a git checkout but --version has no git description");
    QVERIFY2(m.captured(3) == describe || m.captured(3) == describe + QStringLiteral("-dirty"),
             qPrintable(m.captured(3) + QStringLiteral(" (binary) against ") + describe
                        + QStringLiteral(" (source tree): rebuild")));
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
