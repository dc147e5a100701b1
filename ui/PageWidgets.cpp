#include "PageWidgets.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace prakerja::PageWidgets {

void addTitle(QVBoxLayout* layout, const QString& title, QWidget* parent)
{
    auto* label = new QLabel(title, parent);
    label->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    layout->addWidget(label);
}

void addNotPermitted(QVBoxLayout* layout, Role role, Permission permission, const QString& extra, QWidget* parent)
{
    QString text = QCoreApplication::translate("PageWidgets",
                                               "Halaman ini hanya untuk administrator. Peran Anda (%1) tidak memiliki "
                                               "izin %2.")
                       .arg(roleLabel(role), permissionName(permission));
    if (!extra.isEmpty())
        text += u' ' + extra;
    auto* denied = new QLabel(text, parent);
    denied->setObjectName(QStringLiteral("notPermitted"));
    denied->setWordWrap(true);
    layout->addWidget(denied);
    layout->addStretch(1);
}

QLabel* errorLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(objectName));
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace prakerja::PageWidgets
