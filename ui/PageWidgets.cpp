#include "PageWidgets.h"
#include "Theme.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

namespace prakerja::PageWidgets {

void addTitle(QVBoxLayout* layout, const QString& title, QWidget* parent)
{
    auto* label = new QLabel(title, parent);
    Theme::setRole(label, "pageTitle");
    layout->addWidget(label);
}

QString rolesWith(Permission permission)
{
    QStringList roles;
    for (Role role : {Role::Administrator, Role::Analyst, Role::CatalogueCurator, Role::CallCentreAgent})
        if (roleHas(role, permission))
            roles << roleLabel(role);
    if (roles.size() <= 1)
        return roles.value(0);
    const QString last = roles.takeLast();
    return QCoreApplication::translate("PageWidgets", "%1 dan %2").arg(roles.join(QStringLiteral(", ")), last);
}

QString onlyFor(Permission permission)
{
    return QCoreApplication::translate("PageWidgets", "Hanya untuk %1.").arg(rolesWith(permission));
}

void addNotPermitted(QVBoxLayout* layout, Role role, Permission permission, const QString& extra, QWidget* parent)
{
    QString text = QCoreApplication::translate("PageWidgets",
                                               "Halaman ini hanya untuk %1; peran Anda (%2) tidak "
                                               "dapat membukanya.")
                       .arg(rolesWith(permission), roleLabel(role));
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
    Theme::setRole(label, "error");
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace prakerja::PageWidgets
