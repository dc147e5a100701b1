// Operators, sign-in and idle lock offscreen: the Operators page adds, disables and unlocks
// through its worker; the login dialog authenticates on a worker and shows errors next to the
// field; the idle lock hides the window and lets only the same operator back in.
#include "ConfirmDialog.h"
#include "IdleLock.h"
#include "LoginDialog.h"
#include "OperatorsPage.h"
#include "TestSupport.h"

#include "services/OperatorJob.h"
#include "services/OperatorService.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

namespace {

const QString kAdminPassword = QStringLiteral("kopi-tubruk-pagi-hari");

OperatorService::Policy fast()
{
    OperatorService::Policy p;
    p.iterations = 1000;
    p.maxFailures = 3;
    return p;
}

int rowOf(QTableWidget* table, const QString& name)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == name)
            return r;
    return -1;
}

void clickOk(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestOperatorsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addDisableUnlock();
    void changeRoleAsksFirst();
    void loginDialogSignsInOnWorker();
    void idleLockReauthenticates();
    void agentSeesNotPermitted();
};

void TestOperatorsPage::addDisableUnlock()
{
    ScratchDatabase scratch;
    const auto admin
        = OperatorService(scratch.db(), fast()).createFirstAdministrator(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(admin);
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    OperatorsPage page(*workspace.value(), admin.value());
    page.job()->setPolicy(fast());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("operatorTable"));
    QTRY_COMPARE(table->rowCount(), 1);

    // A weak password is refused next to the field.
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("newOperatorName")), QStringLiteral("agen.satu"));
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("newOperatorPassword")), QStringLiteral("pendek"));
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("newOperatorConfirm")), QStringLiteral("pendek"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("newOperatorAdd")), Qt::LeftButton);
    auto* passwordError = page.findChild<QLabel*>(QStringLiteral("newOperatorPasswordError"));
    QTRY_VERIFY(passwordError->isVisible());
    QVERIFY(passwordError->text().contains(QStringLiteral("12")));
    // No stale "Menambahkan…" beside the error.
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("operatorStatus"))->text().isEmpty());
    // The form is as wide as its fields, not the page's width.
    page.resize(1300, 800);
    QTRY_VERIFY(page.findChild<QLineEdit*>(QStringLiteral("newOperatorName"))->width() < 700);

    for (const char* name : {"newOperatorPassword", "newOperatorConfirm"}) {
        auto* edit = page.findChild<QLineEdit*>(QLatin1StringView(name));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("nasi-goreng-kampung-99"));
    }
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("newOperatorAdd")), Qt::LeftButton);
    QTRY_COMPARE(table->rowCount(), 2);
    const int row = rowOf(table, QStringLiteral("agen.satu"));
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 1)->text(), roleLabel(Role::CallCentreAgent));

    table->selectRow(row);
    // Disabling asks first: Cancel leaves the operator active, Confirm disables.
    QString asked;
    ConfirmDialog::setTestHook([&](ConfirmDialog* d) {
        asked = d->text();
        QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
    });
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("operatorDisable")), Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("agen.satu")), qPrintable(asked));
    QCOMPARE(table->item(rowOf(table, QStringLiteral("agen.satu")), 2)->text(), QStringLiteral("Aktif"));
    ConfirmDialog::setTestHook([](ConfirmDialog* d) { QTest::mouseClick(d->confirmButton(), Qt::LeftButton); });
    table->selectRow(rowOf(table, QStringLiteral("agen.satu")));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("operatorDisable")), Qt::LeftButton);
    ConfirmDialog::setTestHook({});
    QTRY_COMPARE(table->item(rowOf(table, QStringLiteral("agen.satu")), 2)->text(), QStringLiteral("Nonaktif"));
    QVERIFY(!OperatorService(scratch.db(), fast())
                 .authenticate(QStringLiteral("agen.satu"), QStringLiteral("nasi-goreng-kampung-99")));
    table->selectRow(rowOf(table, QStringLiteral("agen.satu")));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("operatorDisable")), Qt::LeftButton);
    QTRY_COMPARE(table->item(rowOf(table, QStringLiteral("agen.satu")), 2)->text(), QStringLiteral("Aktif"));

    // Locked by failures, then unlocked from the page.
    for (int i = 0; i < 3; ++i)
        OperatorService(scratch.db(), fast())
            .authenticate(QStringLiteral("agen.satu"), QStringLiteral("salah-salah-salah"));
    page.reload();
    QTRY_VERIFY(
        table->item(rowOf(table, QStringLiteral("agen.satu")), 2)->text().startsWith(QStringLiteral("Terkunci")));
    table->selectRow(rowOf(table, QStringLiteral("agen.satu")));
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("operatorUnlock"))->isEnabled());
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("operatorUnlock")), Qt::LeftButton);
    QTRY_COMPARE(table->item(rowOf(table, QStringLiteral("agen.satu")), 2)->text(), QStringLiteral("Aktif"));
    QVERIFY(OperatorService(scratch.db(), fast())
                .authenticate(QStringLiteral("agen.satu"), QStringLiteral("nasi-goreng-kampung-99")));

    // Reset the password from the page.
    table->selectRow(rowOf(table, QStringLiteral("agen.satu")));
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("operatorResetPassword")),
                     QStringLiteral("sate-ayam-madura-2020"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("operatorReset")), Qt::LeftButton);
    auto* status = page.findChild<QLabel*>(QStringLiteral("operatorStatus"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("diatur ulang")));
    QVERIFY(OperatorService(scratch.db(), fast())
                .authenticate(QStringLiteral("agen.satu"), QStringLiteral("sate-ayam-madura-2020")));
}

void TestOperatorsPage::changeRoleAsksFirst()
{
    ScratchDatabase scratch;
    OperatorService ops(scratch.db(), fast());
    const auto admin = ops.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(admin);
    QVERIFY(ops.addOperator(admin.value(), QStringLiteral("agen.dua"), Role::CallCentreAgent,
                            QStringLiteral("nasi-goreng-kampung-99")));
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    OperatorsPage page(*workspace.value(), admin.value());
    page.job()->setPolicy(fast());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("operatorTable"));
    QTRY_COMPARE(table->rowCount(), 2);
    auto* roleChoice = page.findChild<QComboBox*>(QStringLiteral("operatorNewRole"));
    auto* change = page.findChild<QPushButton*>(QStringLiteral("operatorChangeRole"));

    // One's own role cannot be changed; nor to the role already held.
    table->selectRow(rowOf(table, QStringLiteral("admin")));
    roleChoice->setCurrentIndex(roleChoice->findData(static_cast<int>(Role::Analyst)));
    QVERIFY(!change->isEnabled());
    table->selectRow(rowOf(table, QStringLiteral("agen.dua")));
    roleChoice->setCurrentIndex(roleChoice->findData(static_cast<int>(Role::CallCentreAgent)));
    QVERIFY(!change->isEnabled());

    // The confirmation says what changes; Cancel leaves the role as it was.
    roleChoice->setCurrentIndex(roleChoice->findData(static_cast<int>(Role::Analyst)));
    QVERIFY(change->isEnabled());
    QString asked;
    ConfirmDialog::setTestHook([&](ConfirmDialog* d) {
        asked = d->text();
        QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
    });
    QTest::mouseClick(change, Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("agen.dua")), qPrintable(asked));
    QVERIFY2(asked.contains(roleLabel(Role::CallCentreAgent)) && asked.contains(roleLabel(Role::Analyst)),
             qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("melihat dasbor")), qPrintable(asked)); // gained
    QVERIFY2(asked.contains(QStringLiteral("tidak lagi dapat")), qPrintable(asked)); // lost: notes on tickets
    QVERIFY2(asked.contains(QStringLiteral("masuk berikutnya")), qPrintable(asked));
    QCOMPARE(ops.list(admin.value())->at(1).role, Role::CallCentreAgent);

    ConfirmDialog::setTestHook([](ConfirmDialog* d) { QTest::mouseClick(d->confirmButton(), Qt::LeftButton); });
    QTest::mouseClick(change, Qt::LeftButton);
    ConfirmDialog::setTestHook({});
    QTRY_COMPARE(table->item(rowOf(table, QStringLiteral("agen.dua")), 1)->text(), roleLabel(Role::Analyst));
    QCOMPARE(ops.list(admin.value())->at(1).role, Role::Analyst);
    auto* status = page.findChild<QLabel*>(QStringLiteral("operatorStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("agen.dua")), qPrintable(status->text()));
    QCOMPARE(
        scratch.db().scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'operator.role'")).toString(),
        QStringLiteral("role agent -> analyst"));
}

void TestOperatorsPage::loginDialogSignsInOnWorker()
{
    ScratchDatabase scratch;
    QVERIFY(OperatorService(scratch.db(), fast()).createFirstAdministrator(QStringLiteral("admin"), kAdminPassword));
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    LoginDialog dialog(*workspace.value(), LoginDialog::Mode::SignIn);
    dialog.job()->setPolicy(fast());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("userName")), QStringLiteral("admin"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("password")), QStringLiteral("bukan-kata-sandinya"));
    clickOk(&dialog);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("passwordError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.session());
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
    password->clear();
    QTest::keyClicks(password, kAdminPassword);
    clickOk(&dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.session());
    QCOMPARE(dialog.session()->role(), Role::Administrator);
}

void TestOperatorsPage::idleLockReauthenticates()
{
    ScratchDatabase scratch;
    const auto admin
        = OperatorService(scratch.db(), fast()).createFirstAdministrator(QStringLiteral("admin"), kAdminPassword);
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QMainWindow window;
    auto* content = new QLabel(QStringLiteral("NIK 3171011505900001"), &window);
    window.setCentralWidget(content);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IdleLock lock(&window, *workspace.value(), admin.value());
    lock.setIdleMs(100);
    QTRY_VERIFY(lock.isLocked());
    QVERIFY(!content->isVisible());
    LoginDialog* dialog = lock.dialog();
    QVERIFY(dialog);
    dialog->job()->setPolicy(fast());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("userName"))->text(), QStringLiteral("admin"));
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("userName"))->isReadOnly());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("password")), kAdminPassword);
    clickOk(dialog);
    QTRY_VERIFY(!lock.isLocked());
    QVERIFY(content->isVisible());
    QVERIFY(window.isVisible());
    // Idle again: locked again; leaving the dialog closes the window.
    QTRY_VERIFY(lock.isLocked());
    lock.dialog()->reject();
    QTRY_VERIFY(!window.isVisible());
}

void TestOperatorsPage::agentSeesNotPermitted()
{
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    OperatorsPage page(*workspace.value(), Session(3, QStringLiteral("agen"), Role::CallCentreAgent));
    page.show();
    auto* denied = page.findChild<QLabel*>(QStringLiteral("notPermitted"));
    QVERIFY(denied && denied->isVisible());
    QVERIFY(!page.findChild<QTableWidget*>());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("rotateKeys")));
}

QTEST_MAIN(TestOperatorsPage)
#include "tst_operatorspage.moc"
