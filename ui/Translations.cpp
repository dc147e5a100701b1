#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

namespace prakerja::Translations {

void install(const QString& language, const QStringList& directories)
{
    Language::install(language, directories);
    // Spin boxes, chart axes and QLocale::toString group digits the Indonesian way.
    QLocale locale(QLocale::Indonesian, QLocale::Indonesia);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    QLocale::setDefault(locale);
    // Window titles end with it.
    static const char* const kName = QT_TRANSLATE_NOOP("Translations", "Konsol Operator Prakerja");
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("Translations", kName));
}

} // namespace prakerja::Translations
