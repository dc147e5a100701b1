#pragma once
// `prakerja-console --screenshots DIR`: shows each page the operator can open, waits for it to
// load, saves the window as DIR/<operator>-<page>.png (the dashboard also whole, as
// <operator>-dashboard-full.png, and its PDF report; the catalogue also scrolled to its end, as
// <operator>-catalogue-end.png) and quits. For the documentation and for
// reading every word of a page as a role sees it.

#include <QObject>
#include <QString>

namespace prakerja {

class MainWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(ScreenshotTour)
public:
    ScreenshotTour(MainWindow* window, const QString& directory, const QString& prefix, QObject* parent = nullptr);
    void start();

private:
    void next();
    // The catalogue's table scrolled to the bottom until every page is loaded (or `rounds` run
    // out), then saved as <base>-end.png before the next page.
    void scrollCatalogue(int rounds, const QString& base);

    MainWindow* m_window;
    QString m_directory, m_prefix;
    int m_page = -1;
};

} // namespace prakerja
