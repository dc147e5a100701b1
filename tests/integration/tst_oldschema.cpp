// An upgrade from the previous release's schema: tests/fixtures/old-schema holds a database and
// key file made by an older build (scripts/make-old-schema-fixture.sh says which and how). A copy
// opened by this build's prakerjactl is migrated with the upgrade notice, once, and keeps its
// data: the applicants, the funnel and the wave the old build reported, an intact audit chain,
// lookups by NIK and (once indexed) by name, and the newest schema version.
#include "TestSupport.h"
#include "store/Migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace prakerja;

class TestOldSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensAndMigratesWithTheNotice();
    void keepsTheData();
    void lookupsWork();
    void schemaIsCurrent();

private:
    prakerja::test::CtlRun ctl(const QStringList& args);
    QVariant scalar(const QString& sql);
    QTemporaryDir m_dir;
    QHash<QString, QString> m_expected; // expected.txt: "key value" lines
};

prakerja::test::CtlRun TestOldSchema::ctl(const QStringList& args)
{
    return prakerja::test::runCtl(args,
                                  {{u"PRAKERJA_DB"_s, m_dir.filePath(u"prakerja.db"_s)},
                                   {u"PRAKERJA_KEY_FILE"_s, m_dir.filePath(u"prakerja.key"_s)},
                                   {u"PRAKERJA_USER"_s, u"admin"_s},
                                   {u"PRAKERJA_PASSWORD"_s, m_expected.value(u"password"_s)},
                                   {u"PRAKERJA_LANG"_s, u"id"_s},
                                   {u"HOME"_s, m_dir.path()}});
}

QVariant TestOldSchema::scalar(const QString& sql)
{
    QVariant value;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(m_dir.filePath(u"prakerja.db"_s));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return value;
}

void TestOldSchema::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    for (const QString& name : {u"prakerja.db"_s, u"prakerja.key"_s, u"expected.txt"_s}) {
        const QString source = QFINDTESTDATA(u"../fixtures/old-schema/"_s + name);
        QVERIFY2(!source.isEmpty(), qPrintable(name));
        QVERIFY(QFile::copy(source, m_dir.filePath(name)));
        // git keeps no modes; the console refuses a database or key others can read.
        QVERIFY(QFile::setPermissions(m_dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner));
    }
    QFile expected(m_dir.filePath(u"expected.txt"_s));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    while (!expected.atEnd()) {
        const QString line = QString::fromUtf8(expected.readLine()).trimmed();
        const qsizetype space = line.indexOf(u' ');
        if (space > 0)
            m_expected.insert(line.left(space), line.mid(space + 1));
    }
    for (const QString& key :
         {u"schema_version"_s, u"applicants"_s, u"funnel"_s, u"waves"_s, u"lookup_nik"_s, u"password"_s})
        QVERIFY2(m_expected.contains(key), qPrintable(key));
    // The fixture is older than this build.
    QCOMPARE(scalar(u"SELECT MAX(version) FROM schema_version"_s).toString(), m_expected.value(u"schema_version"_s));
    QVERIFY(m_expected.value(u"schema_version"_s).toInt() < 11);
}

void TestOldSchema::opensAndMigratesWithTheNotice()
{
    const auto first = ctl({u"audit"_s, u"verify"_s});
    QCOMPARE(first.code, 0);
    // The notice names each migration it applies, e.g. 11 (names encrypted at rest).
    const QString err = QString::fromUtf8(first.err);
    QVERIFY2(err.contains(u"memperbarui basis data ke skema 11 "_s), qPrintable(err));
    for (const Migration& m : sqliteMigrations())
        if (m.version > m_expected.value(u"schema_version"_s).toInt())
            QVERIFY2(err.contains(u"ke skema %1 "_s.arg(m.version)), qPrintable(err));
    QVERIFY2(first.out.contains("utuh"), first.out.constData()); // the audit chain is intact
    // Once migrated, nothing more to announce.
    const auto second = ctl({u"audit"_s, u"verify"_s});
    QCOMPARE(second.code, 0);
    QVERIFY2(!second.err.contains("memperbarui"), second.err.constData());
    QVERIFY(second.out.contains("utuh"));
}

void TestOldSchema::keepsTheData()
{
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM applicants"_s).toString(), m_expected.value(u"applicants"_s));
    QVERIFY(m_expected.value(u"applicants"_s).toInt() > 1000);
    // Every stage the old build counted counts the same (later stages are new and zero).
    const auto funnel = ctl({u"funnel"_s, u"--json"_s});
    QCOMPARE(funnel.code, 0);
    const QJsonObject now = QJsonDocument::fromJson(funnel.out).object();
    const QJsonObject before = QJsonDocument::fromJson(m_expected.value(u"funnel"_s).toUtf8()).object();
    QVERIFY(before.value(u"selected"_s).toInt() > 0);
    for (auto it = before.begin(); it != before.end(); ++it)
        QVERIFY2(now.value(it.key()) == it.value(), qPrintable(it.key()));
    // The announced wave, its pool, selection and seed commitment.
    const auto waves = ctl({u"wave"_s, u"list"_s, u"--json"_s});
    QCOMPARE(waves.code, 0);
    const QJsonArray nowWaves = QJsonDocument::fromJson(waves.out).array();
    const QJsonArray beforeWaves = QJsonDocument::fromJson(m_expected.value(u"waves"_s).toUtf8()).array();
    QCOMPARE(nowWaves.size(), beforeWaves.size());
    QVERIFY(!beforeWaves.isEmpty());
    for (qsizetype i = 0; i < beforeWaves.size(); ++i) {
        const QJsonObject b = beforeWaves.at(i).toObject(), n = nowWaves.at(i).toObject();
        for (auto it = b.begin(); it != b.end(); ++it)
            QVERIFY2(n.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QCOMPARE(nowWaves.at(0).toObject().value(u"status"_s).toString(), u"announced"_s);
}

void TestOldSchema::lookupsWork()
{
    const QString nik = m_expected.value(u"lookup_nik"_s);
    const auto byNik = ctl({u"lookup"_s, u"--nik"_s, nik, u"--json"_s});
    QCOMPARE(byNik.code, 0);
    const QJsonArray results = QJsonDocument::fromJson(byNik.out).object().value(u"results"_s).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject found = results.at(0).toObject();
    QVERIFY(found.value(u"nik"_s).toString().startsWith(nik.left(4)));
    const QString name = found.value(u"name"_s).toString();
    QVERIFY(!name.isEmpty() && !name.contains(u'•'));
    // The name, stored in clear by the old build and encrypted by migration 11, is found by name
    // once the keyed name index has caught up (the console's watcher, or 'index names').
    QCOMPARE(ctl({u"index"_s, u"names"_s}).code, 0);
    const auto byName = ctl({u"lookup"_s, u"--name"_s, name, u"--json"_s});
    QCOMPARE(byName.code, 0);
    const QJsonArray named = QJsonDocument::fromJson(byName.out).object().value(u"results"_s).toArray();
    const bool listed = std::any_of(named.begin(), named.end(), [&](const QJsonValue& v) {
        return v.toObject().value(u"id"_s) == found.value(u"id"_s);
    });
    QVERIFY2(listed, byName.out.constData());
    // No name is left in clear in the file.
    QVERIFY(!scalar(u"SELECT COUNT(*) FROM pragma_table_info('applicants') WHERE name = 'name'"_s).toInt());
}

void TestOldSchema::schemaIsCurrent()
{
    const auto newest = std::max_element(sqliteMigrations().cbegin(), sqliteMigrations().cend(),
                                         [](const Migration& a, const Migration& b) { return a.version < b.version; });
    QCOMPARE(scalar(u"SELECT MAX(version) FROM schema_version"_s).toInt(), newest->version);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM schema_version"_s).toInt(), int(sqliteMigrations().size()));
    QCOMPARE(ctl({u"audit"_s, u"verify"_s}).code, 0);
}

QTEST_GUILESS_MAIN(TestOldSchema)
#include "tst_oldschema.moc"
