#pragma once
// What a page the operator's role does not use shows instead: its title, who may use it and
// why this role does not (MainWindow greys its sidebar entry too).

#include <QWidget>

namespace prakerja {

class RoleNoticePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(RoleNoticePage)
public:
    RoleNoticePage(const QString& title, const QString& notice, QWidget* parent = nullptr);
};

} // namespace prakerja
