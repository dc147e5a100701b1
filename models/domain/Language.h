#pragma once
// The language the process speaks: Indonesian (the source language of every message) or
// English, from one catalogue (resources/translations/prakerja_en.ts, compiled into this
// library) for the interface, the command line and error messages alike.

#include <QString>

namespace prakerja::Language {

// Installs the translators for `language` ("en" for English; anything else is Indonesian, with
// Qt's own strings in Indonesian) for the whole process. Call it again to switch.
void install(const QString& language);

// True when English is installed: for data that carries both languages itself (category
// names, reference tables), where a catalogue does not apply.
bool english();

} // namespace prakerja::Language
