// The console's languages offscreen: Qt's own strings in Indonesian (qtbase_id.ts, which Qt does
// not ship), numbers grouped the Indonesian way, and English when chosen.
#include "Translations.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace prakerja;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void qtStringsInIndonesian();
    void numbersGroupedWithDots();
    void englishWhenChosen();
    void installedCatalogueFirst();
};

void TestTranslations::qtStringsInIndonesian()
{
    Translations::install(QStringLiteral("id"));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save
                         | QDialogButtonBox::Close | QDialogButtonBox::Apply | QDialogButtonBox::Yes
                         | QDialogButtonBox::No);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Batal"));
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK"));
    QCOMPARE(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("Simpan"));
    QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Tutup"));
    QCOMPARE(box.button(QDialogButtonBox::Apply)->text(), QStringLiteral("Terapkan"));
    QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Ya"));
    QCOMPARE(box.button(QDialogButtonBox::No)->text(), QStringLiteral("&Tidak"));
    // A line edit's context menu.
    QLineEdit edit;
    const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList texts;
    for (const QAction* a : menu->actions())
        if (!a->isSeparator())
            texts << a->text().section(u'\t', 0, 0);
    QVERIFY2(texts.contains(QStringLiteral("&Salin")), qPrintable(texts.join(u',')));
    QVERIFY2(texts.contains(QStringLiteral("T&empel")), qPrintable(texts.join(u',')));
    QVERIFY2(texts.contains(QStringLiteral("Pilih Semua")), qPrintable(texts.join(u',')));
}

void TestTranslations::numbersGroupedWithDots()
{
    Translations::install(QStringLiteral("id"));
    QCOMPARE(QLocale().toString(164000), QStringLiteral("164.000"));
    QSpinBox spin;
    spin.setRange(0, 10'000'000);
    spin.setGroupSeparatorShown(true);
    spin.setValue(164000);
    QCOMPARE(spin.text(), QStringLiteral("164.000"));
}

void TestTranslations::englishWhenChosen()
{
    Translations::install(QStringLiteral("en"));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    QCOMPARE(QCoreApplication::translate("PageWidgets", "Hanya untuk %1."), QStringLiteral("Only for %1."));
    QCOMPARE(QLocale().toString(164000), QStringLiteral("164.000")); // numbers stay Indonesian
    // Plural forms: "1 minute", "2 minutes" (tr with %n); Indonesian has one form.
    QCOMPARE(QCoreApplication::translate("prakerja::WavesPage", "%n menit", nullptr, 1), QStringLiteral("1 minute"));
    QCOMPARE(QCoreApplication::translate("prakerja::WavesPage", "%n menit", nullptr, 12), QStringLiteral("12 minutes"));
    QCOMPARE(QCoreApplication::translate("prakerja::SettingsPage", " menit"),
             QStringLiteral(" min")); // "1 min", "15 min"
    Translations::install(QStringLiteral("id"));
    QCOMPARE(QCoreApplication::translate("prakerja::WavesPage", "%n menit", nullptr, 1), QStringLiteral("1 menit"));
    QCOMPARE(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text(),
             QStringLiteral("Batal"));
}

// The package installs the .qm files under the prefix (share/prakerja-console/translations): they are
// read from there first, and from the compiled-in copy only where no installed one exists.
void TestTranslations::installedCatalogueFirst()
{
    QCOMPARE(Translations::defaultDirectories().constLast(), QStringLiteral(":/i18n"));
    QVERIFY(Translations::defaultDirectories().constFirst().endsWith(
        QStringLiteral("/share/prakerja-console/translations")));
    QTemporaryDir installed, empty;
    QVERIFY(QFile::copy(QStringLiteral(":/i18n/prakerja_en.qm"), installed.filePath(QStringLiteral("prakerja_en.qm"))));
    Translations::install(QStringLiteral("en"), {installed.path(), QStringLiteral(":/i18n")});
    QCOMPARE(Translations::loadedFile(), installed.filePath(QStringLiteral("prakerja_en.qm")));
    QCOMPARE(QCoreApplication::translate("PageWidgets", "Hanya untuk %1."), QStringLiteral("Only for %1."));
    Translations::install(QStringLiteral("en"), {empty.path(), QStringLiteral(":/i18n")});
    QCOMPARE(Translations::loadedFile(), QStringLiteral(":/i18n/prakerja_en.qm"));
    QCOMPARE(QCoreApplication::translate("PageWidgets", "Hanya untuk %1."), QStringLiteral("Only for %1."));
    Translations::install(QStringLiteral("id"), {empty.path()});
    QCOMPARE(Translations::loadedFile(), QString());
    QCOMPARE(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text(),
             QStringLiteral("Cancel")); // no Qt catalogue found: Qt's own English
    Translations::install(QStringLiteral("id"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
