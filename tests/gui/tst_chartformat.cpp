// Chart numbers offscreen: axis ticks and bar values grouped the Indonesian way (200.000).
#include "ChartFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTest>
#include <QValueAxis>

using namespace prakerja;

class TestChartFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void axisAndBarLabelsGrouped();
};

namespace {
QStringList texts(QGraphicsScene* scene)
{
    QStringList out;
    for (QGraphicsItem* item : scene->items()) {
        if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item))
            out << text->toPlainText();
        else if (auto* simple = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item))
            out << simple->text();
    }
    return out;
}
} // namespace

void TestChartFormat::axisAndBarLabelsGrouped()
{
    QCOMPARE(ChartFormat::axisLabel(1432133), QStringLiteral("1.432.133"));
    auto* chart = new QChart;
    ChartFormat::localize(chart);
    auto* series = new QBarSeries;
    series->setLabelsVisible(true);
    series->setLabelsPrecision(12);
    auto* set = new QBarSet(QStringLiteral("a"));
    set->append({164000, 21465});
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append({QStringLiteral("satu"), QStringLiteral("dua")});
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0, 200000);
    y->setTickCount(3);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChartView view(chart);
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY2(texts(view.scene()).contains(QStringLiteral("200.000")), qPrintable(texts(view.scene()).join(u'|')));
    const QStringList shown = texts(view.scene());
    QVERIFY2(shown.contains(QStringLiteral("100.000")), qPrintable(shown.join(u'|')));
    QVERIFY2(shown.contains(QStringLiteral("164.000")), qPrintable(shown.join(u'|'))); // a bar's value
    QVERIFY2(shown.contains(QStringLiteral("21.465")), qPrintable(shown.join(u'|')));
    QVERIFY(!shown.contains(QStringLiteral("200000")));
}

QTEST_MAIN(TestChartFormat)
#include "tst_chartformat.moc"
