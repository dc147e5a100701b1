// The audit log in words, in both languages; forms it does not know stay as written.
#include "domain/Language.h"
#include "itemmodels/AuditWording.h"

#include <QTest>

using namespace prakerja;

class TestAuditWording : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Language::install(QStringLiteral("id")); }
    void words_data();
    void words();
};

void TestAuditWording::words_data()
{
    QTest::addColumn<bool>("english");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("details");
    QTest::addColumn<QString>("actionShown");
    QTest::addColumn<QString>("detailsShown");
    QTest::newRow("sign-in failed id") << false << QStringLiteral("auth.sign_in_failed")
                                       << QStringLiteral("wrong password, failure 1 of 5")
                                       << QStringLiteral("Gagal masuk")
                                       << QStringLiteral("kata sandi salah, kegagalan ke-1 dari 5");
    QTest::newRow("sign-in failed en") << true << QStringLiteral("auth.sign_in_failed")
                                       << QStringLiteral("wrong password, failure 1 of 5")
                                       << QStringLiteral("Sign-in failed")
                                       << QStringLiteral("wrong password, failure 1 of 5");
    QTest::newRow("wave close id") << false << QStringLiteral("wave.close") << QStringLiteral("open -> closed")
                                   << QStringLiteral("Gelombang ditutup") << QStringLiteral("Dibuka → Ditutup");
    QTest::newRow("announce id") << false << QStringLiteral("wave.announce")
                                 << QStringLiteral("selected=20000 committed=71000000000")
                                 << QStringLiteral("Gelombang diumumkan")
                                 << QStringLiteral("terpilih 20.000 · terikat Rp 71.000.000.000");
    QTest::newRow("ingest en") << true << QStringLiteral("feed.ingest")
                               << QStringLiteral("accepted=1432133 duplicates=0 rejected=5 cancelled")
                               << QStringLiteral("Registration feed imported")
                               << QStringLiteral("accepted 1.432.133 · duplicates 0 · rejected 5 · cancelled");
    QTest::newRow("role change id") << false << QStringLiteral("operator.role")
                                    << QStringLiteral("role agent -> analyst")
                                    << QStringLiteral("Peran operator diubah")
                                    << QStringLiteral("Agen call center → Analis kementerian");
    QTest::newRow("role change en") << true << QStringLiteral("operator.role")
                                    << QStringLiteral("role administrator -> curator")
                                    << QStringLiteral("Operator role changed")
                                    << QStringLiteral("Administrator → Catalogue curator");
    QTest::newRow("operator added id") << false << QStringLiteral("operator.add") << QStringLiteral("role=curator")
                                       << QStringLiteral("Operator ditambahkan")
                                       << QStringLiteral("peran: Kurator katalog");
    QTest::newRow("demo catalogue id") << false << QStringLiteral("catalog.demo") << QStringLiteral("1323 trainings")
                                       << QStringLiteral("Katalog demo diisi") << QStringLiteral("1.323 pelatihan");
    QTest::newRow("simulated part en") << true << QStringLiteral("feed.simulate")
                                       << QStringLiteral("lines 1-26460: accepted=26355 duplicates=0 rejected=105")
                                       << QStringLiteral("Launch-day simulation")
                                       << QStringLiteral(
                                              "lines 1–26.460: accepted 26.355 · duplicates 0 · rejected 105");
    QTest::newRow("unknown stays") << false << QStringLiteral("x.y") << QStringLiteral("something else=3")
                                   << QStringLiteral("x.y") << QStringLiteral("something else=3");
}

void TestAuditWording::words()
{
    QFETCH(bool, english);
    QFETCH(QString, action);
    QFETCH(QString, details);
    QFETCH(QString, actionShown);
    QFETCH(QString, detailsShown);
    Language::install(english ? QStringLiteral("en") : QStringLiteral("id"));
    QCOMPARE(AuditWording::action(action), actionShown);
    QCOMPARE(AuditWording::details(details), detailsShown);
}

QTEST_GUILESS_MAIN(TestAuditWording)
#include "domain/Language.h"
#include "tst_auditwording.moc"
