#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace prakerja {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace prakerja
