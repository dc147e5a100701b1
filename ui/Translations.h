#pragma once
// The console's languages: Indonesian (the source strings, plus resources/translations/
// qtbase_id.ts for Qt's own buttons, dialogs and menus, which Qt does not translate) or English
// (prakerja_en.ts), from the one catalogue of domain/Language.h. Numbers follow id_ID in both:
// 164.000, not 164,000.

#include "domain/Language.h"

#include <QString>
#include <QStringList>

namespace prakerja::Translations {

using Language::defaultDirectories;
using Language::loadedFile;

// Installs the translators for `language` ("id" or "en") on the running application, replacing
// earlier ones, and sets the default locale and the display name. Call after the QApplication
// exists.
void install(const QString& language, const QStringList& directories = defaultDirectories());

} // namespace prakerja::Translations
