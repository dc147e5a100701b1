// Berkas → Sambungkan ke basis data…: the dialog takes what --db takes, refuses a password in a
// server address (the Save button stays off, the reason is shown), and remembers a good choice
// for this OS user without any password.
#include "ConnectionDialog.h"
#include "services/Settings.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace prakerja;
using namespace Qt::StringLiterals;

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusesAPasswordAndRemembersAServer();

private:
    QTemporaryDir m_config;
};

void TestConnectionDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

void TestConnectionDialog::refusesAPasswordAndRemembersAServer()
{
    ConnectionDialog dialog(u"/home/siti/prakerja.db"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* target = dialog.findChild<QLineEdit*>(u"connectionTarget"_s);
    auto* state = dialog.findChild<QLabel*>(u"connectionState"_s);
    QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(target && state && save);
    QCOMPARE(target->text(), u"/home/siti/prakerja.db"_s); // nothing remembered yet: the current one
    QVERIFY(save->isEnabled());
    QVERIFY(state->text().contains(u"SQLite /home/siti/prakerja.db"_s));
    target->clear();
    QTest::keyClicks(target, u"postgresql://konsol:rahasia@db1/prakerja"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY2(state->text().contains(u"pgpass"_s), qPrintable(state->text()));
    target->clear();
    QTest::keyClicks(target, u"postgresql://konsol@db1.kemnaker.go.id/prakerja?sslmode=verify-full"_s);
    QVERIFY(save->isEnabled());
    QVERIFY2(state->text().contains(u"PostgreSQL prakerja @ db1.kemnaker.go.id:5432"_s), qPrintable(state->text()));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    Settings::instance().sync();
    QCOMPARE(Settings::instance().value(Settings::Key::DatabaseTarget).toString(),
             u"postgresql://konsol@db1.kemnaker.go.id/prakerja?sslmode=verify-full"_s);
    // Opened again, it shows the remembered choice.
    ConnectionDialog again(u"/home/siti/prakerja.db"_s);
    QCOMPARE(again.findChild<QLineEdit*>(u"connectionTarget"_s)->text(),
             u"postgresql://konsol@db1.kemnaker.go.id/prakerja?sslmode=verify-full"_s);
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
