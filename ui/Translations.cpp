#include "Translations.h"

#include "domain/Error.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

namespace prakerja::Translations {

void install(const QString& language)
{
    // One translator each, for the life of the application.
    static QTranslator qt;
    static QTranslator application;
    QCoreApplication::removeTranslator(&qt);
    QCoreApplication::removeTranslator(&application);
    const bool english = language == u"en";
    Error::setEnglish(english);
    if (english) {
        if (application.load(QStringLiteral(":/i18n/prakerja_en.qm")))
            QCoreApplication::installTranslator(&application);
    } else if (qt.load(QStringLiteral(":/i18n/qtbase_id.qm"))) {
        QCoreApplication::installTranslator(&qt);
    }
    // Spin boxes, chart axes and QLocale::toString group digits the Indonesian way.
    QLocale locale(QLocale::Indonesian, QLocale::Indonesia);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    QLocale::setDefault(locale);
    // Window titles end with it.
    static const char* const kName = QT_TRANSLATE_NOOP("Translations", "Konsol Operator Prakerja");
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("Translations", kName));
}

} // namespace prakerja::Translations
