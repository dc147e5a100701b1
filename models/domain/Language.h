#pragma once
// The language the process speaks: Indonesian (the source language of every message) or
// English, from one catalogue (resources/translations/prakerja_en.ts) for the interface, the
// command line and error messages alike. The .qm files are read from the install prefix
// (share/prakerja-console/translations beside the executable's bin/, where the package puts
// them) and, failing that, from the copy compiled into this library (the build tree, tests).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace prakerja {

// The catalogue's context for words of the core that belong to no class: labels of enums,
// reports and formats. `Text::tr("Luring")`; a table marks its words with
// QT_TRANSLATE_NOOP("Text", "…") and translates them where they are shown.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Text)
};

namespace Language {

// Where the .qm files are looked for, first match wins: the install prefix, then the resources.
QStringList defaultDirectories();

// Installs the translators for `language` ("en" for English; anything else is Indonesian, with
// Qt's own strings in Indonesian) for the whole process. Call it again to switch.
void install(const QString& language, const QStringList& directories = defaultDirectories());

// The .qm file that install() loaded last ("" for Indonesian with no Qt catalogue found).
QString loadedFile();

// True when English is installed: for data that carries both languages itself (category
// names, reference tables), where a catalogue does not apply.
bool english();

// `source` (Indonesian) in English from the same catalogue, whatever language is installed:
// for text that carries both languages (the applicant card's JSON, OutcomeExplainer).
QString toEnglish(const char* context, const char* source);

} // namespace Language

} // namespace prakerja
