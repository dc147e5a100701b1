#pragma once
// Where the training money went (docs/catalogue.md, "Spending"): per platform and per training
// the purchases, rupiah, completion rate and median days from selection to purchase; the top
// trainings by purchases and the categories by spending. Plain data from MoneyStore's rows;
// the Partner platforms page, `prakerjactl platform report` and its CSV/JSON write the same.

#include "store/MoneyStore.h"

#include <QList>
#include <QString>

namespace prakerja {

struct SpendingRow
{
    QString key; // platform code, "platform/training" code, or category code; "" = training unknown
    QString label; // platform name, training title, category name
    QString platform; // the platform's code (training rows)
    QString platformName; // its name (training rows)
    qint64 purchases = 0, rupiah = 0, completions = 0;
    double medianDays = -1; // -1 when unknown
    double completionRate() const { return purchases > 0 ? double(completions) / double(purchases) : 0.0; }
};

struct SpendingReport
{
    int wave = 0; // 0 = every wave
    QList<SpendingRow> platforms; // by rupiah, then purchases; the unknown training last
    QList<SpendingRow> trainings; // by purchases (the top trainings first)
    QList<SpendingRow> categories; // by rupiah
    SpendingRow total;

    static SpendingReport build(int wave, const QList<TrainingSpending>& rows);
    // The median of a histogram (value → count); -1 when empty. Halfway between the two middle
    // values when the count is even.
    static double median(const QMap<qint64, qint64>& histogram);
};

} // namespace prakerja
