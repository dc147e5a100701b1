#pragma once
// The language the process speaks: Indonesian (the source language of every message) or
// English, from one catalogue (resources/translations/prakerja_en.ts, compiled into this
// library) for the interface, the command line and error messages alike.

#include <QCoreApplication>
#include <QString>

namespace prakerja {

// The catalogue's context for words of the core that belong to no class: labels of enums,
// reports and formats. `Text::tr("Luring")`; a table marks its words with
// QT_TRANSLATE_NOOP("Text", "…") and translates them where they are shown.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Text)
};

namespace Language {

// Installs the translators for `language` ("en" for English; anything else is Indonesian, with
// Qt's own strings in Indonesian) for the whole process. Call it again to switch.
void install(const QString& language);

// True when English is installed: for data that carries both languages itself (category
// names, reference tables), where a catalogue does not apply.
bool english();

// `source` (Indonesian) in English from the same catalogue, whatever language is installed:
// for text that carries both languages (the applicant card's JSON, OutcomeExplainer).
QString toEnglish(const char* context, const char* source);

} // namespace Language

} // namespace prakerja
