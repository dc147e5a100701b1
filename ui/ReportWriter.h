#pragma once
// The dashboard's PDF report: A4 portrait, a header on every page (programme, report time in
// WIB, operator), "Halaman 1 dari 4" at the foot of each page, the stage table (and the budget
// panel) on the first page, then one chart per half page under its title. Charts are painted
// as vectors at their printed size, so their text reads at 100 %.

#include "domain/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QPixmap>
#include <QStringList>

#include <functional>

class QPainter;
class QRectF;

namespace prakerja {

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    struct Chart
    {
        QString title;
        // Paints the chart into `target` (device units of the PDF, 96 per inch).
        std::function<void(QPainter*, const QRectF&)> paint;
    };
    struct Content
    {
        QString title; // the report's title, also the PDF's
        QString operatorName; // who made it; empty: not named
        qint64 madeAtMs = 0; // UTC epoch ms, shown in WIB
        QString dataNote; // where the figures stand ("Data per …")
        QStringList tableHeader;
        QList<QStringList> tableRows; // first column left-aligned, the others right-aligned
        QPixmap budget; // optional: drawn under the table, scaled to the page's width
        QList<Chart> charts;
    };

    static constexpr int kResolution = 96; // dots per inch: chart pixels print at their own size
    static constexpr int kChartsPerPage = 2;

    // Pages the report takes: the summary page, then two charts a page.
    static int pageCount(const Content& content);
    static Status write(const QString& path, const Content& content);
};

} // namespace prakerja
