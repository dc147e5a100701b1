#include "Language.h"

#include <QDir>
#include <QFileInfo>
#include <QTranslator>
#include <atomic>

namespace prakerja::Language {

namespace {
std::atomic<bool> g_english{false};
QString g_loaded;

// Loads `file` from the first directory that has it.
bool loadFrom(QTranslator& translator, const QString& file, const QStringList& directories, QString* loaded)
{
    for (const QString& directory : directories) {
        const QString path = directory + u'/' + file;
        if (QFileInfo::exists(path) && translator.load(path)) {
            if (loaded)
                *loaded = path;
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
    // One translator each, for the life of the process.
    static QTranslator qt;
    static QTranslator application;
    QCoreApplication::removeTranslator(&qt);
    QCoreApplication::removeTranslator(&application);
    g_loaded.clear();
    const bool en = language == u"en";
    g_english.store(en);
    if (en) {
        if (loadFrom(application, QStringLiteral("prakerja_en.qm"), directories, &g_loaded))
            QCoreApplication::installTranslator(&application);
    } else if (loadFrom(qt, QStringLiteral("qtbase_id.qm"), directories, &g_loaded)) {
        QCoreApplication::installTranslator(&qt);
    }
}

bool english()
{
    return g_english.load();
}

QString toEnglish(const char* context, const char* source)
{
    // Loaded once, never installed: it answers only here. QTranslator::translate is const and
    // the catalogue is not changed after loading, so threads may share it.
    static const QTranslator* const english = [] {
        auto* t = new QTranslator;
        if (!loadFrom(*t, QStringLiteral("prakerja_en.qm"), defaultDirectories(), nullptr))
            qWarning("Language: the English catalogue is missing");
        return t;
    }();
    const QString text = english->translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace prakerja::Language
