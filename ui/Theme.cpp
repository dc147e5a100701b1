#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QStyle>
#include <QWidget>

namespace prakerja::Theme {

void install(QApplication& app)
{
    QFile qss(QStringLiteral(":/style/console.qss"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

void setRole(QWidget* widget, const char* role)
{
    widget->setProperty("role", QString::fromLatin1(role));
}

void setTone(QWidget* widget, Tone tone)
{
    static constexpr const char* kNames[] = {"", "good", "warn", "bad"};
    const QString name = QString::fromLatin1(kNames[static_cast<int>(tone)]);
    if (widget->property("tone").toString() == name)
        return;
    widget->setProperty("tone", name);
    // A dynamic property takes effect in the style sheet only after a re-polish.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace prakerja::Theme
