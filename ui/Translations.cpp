#include "Translations.h"

#include "domain/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

namespace prakerja::Translations {

namespace {
QString g_loaded;

// Loads `file` from the first directory that has it.
bool loadFrom(QTranslator& translator, const QString& file, const QStringList& directories)
{
    for (const QString& directory : directories) {
        const QString path = directory + u'/' + file;
        if (QFileInfo::exists(path) && translator.load(path)) {
            g_loaded = path;
            return true;
        }
    }
    return false;
}
} // namespace

QStringList defaultDirectories()
{
    return {QDir::cleanPath(QCoreApplication::applicationDirPath()
                            + QStringLiteral("/../share/prakerja-console/translations")),
            QStringLiteral(":/i18n")};
}

QString loadedFile()
{
    return g_loaded;
}

void install(const QString& language, const QStringList& directories)
{
    // One translator each, for the life of the application.
    static QTranslator qt;
    static QTranslator application;
    QCoreApplication::removeTranslator(&qt);
    QCoreApplication::removeTranslator(&application);
    g_loaded.clear();
    const bool english = language == u"en";
    Error::setEnglish(english);
    if (english) {
        if (loadFrom(application, QStringLiteral("prakerja_en.qm"), directories))
            QCoreApplication::installTranslator(&application);
    } else if (loadFrom(qt, QStringLiteral("qtbase_id.qm"), directories)) {
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
