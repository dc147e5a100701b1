#include "Language.h"

#include <QCoreApplication>
#include <QTranslator>
#include <atomic>

namespace prakerja::Language {

namespace {
std::atomic<bool> g_english{false};
}

void install(const QString& language)
{
    // One translator each, for the life of the process.
    static QTranslator qt;
    static QTranslator application;
    QCoreApplication::removeTranslator(&qt);
    QCoreApplication::removeTranslator(&application);
    const bool en = language == u"en";
    g_english.store(en);
    if (en) {
        if (application.load(QStringLiteral(":/i18n/prakerja_en.qm")))
            QCoreApplication::installTranslator(&application);
    } else if (qt.load(QStringLiteral(":/i18n/qtbase_id.qm"))) {
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
        if (!t->load(QStringLiteral(":/i18n/prakerja_en.qm")))
            qWarning("Language: the English catalogue is missing");
        return t;
    }();
    const QString text = english->translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace prakerja::Language
