#pragma once
// A page whose feature is still being built: it says what it will hold, nothing more.

#include <QWidget>

namespace prakerja {

class PlaceholderPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(PlaceholderPage)
public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace prakerja
