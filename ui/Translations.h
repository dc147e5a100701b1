#pragma once
// The console's languages: Indonesian (the source strings, plus resources/translations/
// qtbase_id.ts for Qt's own buttons, dialogs and menus, which Qt does not translate) or English
// (prakerja_en.ts). Numbers follow id_ID in both: 164.000, not 164,000.
// The .qm files are read from the install prefix (share/prakerja-console/translations beside the
// executable's bin/, where the package puts them) and, failing that, from the copy compiled into
// the program (the build tree, the tests).

#include <QString>
#include <QStringList>

namespace prakerja::Translations {

// Where the .qm files are looked for, first match wins: the install prefix, then the resources.
QStringList defaultDirectories();
// Installs the translators for `language` ("id" or "en") on the running application, replacing
// earlier ones, and sets the default locale. Call after the QApplication exists.
void install(const QString& language, const QStringList& directories = defaultDirectories());
// The .qm file that install() loaded last ("" for Indonesian with no Qt catalogue found).
QString loadedFile();

} // namespace prakerja::Translations
