#include "ReportWriter.h"

#include "domain/Timestamp.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace prakerja {

namespace {

QFont sized(QFont font, qreal points, bool bold = false)
{
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

int ReportWriter::pageCount(const Content& content)
{
    return 1 + static_cast<int>((content.charts.size() + kChartsPerPage - 1) / kChartsPerPage);
}

Status ReportWriter::write(const QString& path, const Content& content)
{
    QPdfWriter writer(path);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(content.title);
    writer.setCreator(QStringLiteral("prakerja-console"));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(QStringLiteral("export"), tr("Tidak dapat menulis %1").arg(path));
    const QFont base = painter.font();
    const QRectF page(0, 0, writer.width(), writer.height()); // inside the margins
    const int pages = pageCount(content);
    const QString made = Timestamp::toDisplayWib(content.madeAtMs);
    const QString who = content.operatorName.isEmpty() ? tr("Dibuat %1").arg(made)
                                                       : tr("Dibuat %1 oleh %2").arg(made, content.operatorName);
    constexpr qreal kHeader = 34, kFooter = 24;
    const QRectF body(page.left(), page.top() + kHeader, page.width(), page.height() - kHeader - kFooter);

    const auto frame = [&](int number) {
        painter.setPen(QColor(0x1f, 0x3a, 0x5f));
        painter.setFont(sized(base, 9, true));
        painter.drawText(QRectF(page.left(), page.top(), page.width() * 0.55, 20), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Program Kartu Prakerja · Konsol Operator"));
        painter.setFont(sized(base, 8));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(QRectF(page.left() + page.width() * 0.45, page.top(), page.width() * 0.55, 20),
                         Qt::AlignRight | Qt::AlignVCenter, who);
        painter.setPen(QPen(QColor(0x9a, 0xa8, 0xb6), 1));
        painter.drawLine(QPointF(page.left(), page.top() + 24), QPointF(page.right(), page.top() + 24));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(QRectF(page.left(), page.bottom() - 18, page.width(), 18), Qt::AlignHCenter | Qt::AlignBottom,
                         tr("Halaman %1 dari %2").arg(number).arg(pages));
        painter.setPen(Qt::black);
    };

    // Page 1: title, where the data stands, the stage table, the budget.
    frame(1);
    qreal y = body.top();
    painter.setFont(sized(base, 15, true));
    painter.drawText(QRectF(body.left(), y, body.width(), 30), Qt::AlignLeft | Qt::AlignVCenter, content.title);
    y += 34;
    painter.setFont(sized(base, 9));
    const QRectF noteRect = painter.boundingRect(QRectF(body.left(), y, body.width(), 200),
                                                 Qt::AlignLeft | Qt::TextWordWrap, content.dataNote);
    painter.drawText(noteRect, Qt::AlignLeft | Qt::TextWordWrap, content.dataNote);
    y = noteRect.bottom() + 14;
    if (!content.tableHeader.isEmpty()) {
        const int columns = static_cast<int>(content.tableHeader.size());
        // The first column (the stage) takes what is left after the figures.
        const qreal figure = body.width() * 0.19;
        const qreal first = body.width() - figure * (columns - 1);
        const auto cell = [&](int column) {
            return column == 0 ? QRectF(body.left(), y, first - 8, 22)
                               : QRectF(body.left() + first + figure * (column - 1), y, figure, 22);
        };
        painter.setFont(sized(base, 9, true));
        for (int c = 0; c < columns; ++c)
            painter.drawText(cell(c), (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                             content.tableHeader[c]);
        y += 24;
        painter.setPen(QPen(QColor(0x9a, 0xa8, 0xb6), 1));
        painter.drawLine(QPointF(body.left(), y - 2), QPointF(body.right(), y - 2));
        painter.setPen(Qt::black);
        painter.setFont(sized(base, 9));
        for (const QStringList& row : content.tableRows) {
            for (int c = 0; c < columns && c < row.size(); ++c)
                painter.drawText(cell(c), (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, row[c]);
            y += 22;
        }
        y += 16;
    }
    if (!content.budget.isNull()) {
        const qreal room = body.bottom() - y;
        qreal w = body.width();
        qreal h = w * content.budget.height() / std::max(1, content.budget.width());
        if (h > room) { // keep it on the first page, smaller
            h = room;
            w = h * content.budget.width() / std::max(1, content.budget.height());
        }
        painter.drawPixmap(QRectF(body.left(), y, w, h), content.budget, QRectF(content.budget.rect()));
    }

    // Then two charts a page, each in its half under its title.
    const qreal half = body.height() / kChartsPerPage;
    for (qsizetype i = 0; i < content.charts.size(); ++i) {
        const int slot = static_cast<int>(i % kChartsPerPage);
        if (slot == 0) {
            writer.newPage();
            frame(2 + static_cast<int>(i / kChartsPerPage));
        }
        const qreal top = body.top() + slot * half;
        painter.setFont(sized(base, 11, true));
        painter.setPen(QColor(0x1f, 0x3a, 0x5f));
        painter.drawText(QRectF(body.left(), top + 4, body.width(), 24), Qt::AlignLeft | Qt::AlignVCenter,
                         content.charts[i].title);
        painter.setPen(Qt::black);
        painter.setFont(base);
        const QRectF target(body.left(), top + 32, body.width(), half - 32 - 16);
        painter.save();
        painter.setClipRect(target);
        content.charts[i].paint(&painter, target);
        painter.restore();
    }
    painter.end();
    return Status::success();
}

} // namespace prakerja
