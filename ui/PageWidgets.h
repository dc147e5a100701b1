#pragma once
// Small widget builders shared by the pages and dialogs of the operators and audit area: a
// page title, the "not permitted" state, and an error label shown next to a field.

#include "domain/Permission.h"

class QLabel;
class QVBoxLayout;
class QWidget;

namespace prakerja::PageWidgets {

// Adds the page's title to `layout`.
void addTitle(QVBoxLayout* layout, const QString& title, QWidget* parent);
// Adds the state shown to a role that lacks `permission` (object name "notPermitted"). The
// service refuses as well; this only says so before anyone tries.
void addNotPermitted(QVBoxLayout* layout, Role role, Permission permission, const QString& extra, QWidget* parent);
// The roles that hold `permission`, for a sentence ("Administrator dan Analis kementerian").
QString rolesWith(Permission permission);
// "Hanya Administrator dan Analis kementerian yang dapat …": who can, never the permission code.
QString onlyFor(Permission permission);
// A red, word-wrapped, initially hidden label for an error next to a field.
QLabel* errorLabel(QWidget* parent, const char* objectName);

} // namespace prakerja::PageWidgets
