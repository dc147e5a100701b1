#include "RoleNoticePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace prakerja {

RoleNoticePage::RoleNoticePage(const QString& title, const QString& notice, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto* text = new QLabel(notice, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace prakerja
