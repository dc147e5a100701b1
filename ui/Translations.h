#pragma once
// The console's languages: Indonesian (the source strings, plus resources/translations/
// qtbase_id.ts for Qt's own buttons, dialogs and menus, which Qt does not translate) or English
// (prakerja_en.ts). Numbers follow id_ID in both: 164.000, not 164,000.

#include <QString>

namespace prakerja::Translations {

// Installs the translators for `language` ("id" or "en") on the running application, replacing
// earlier ones, and sets the default locale. Call after the QApplication exists.
void install(const QString& language);

} // namespace prakerja::Translations
