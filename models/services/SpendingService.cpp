#include "SpendingService.h"

#include "store/MoneyStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prakerja {

namespace {

QString decimal(double v)
{
    return v < 0 ? QString() : QString::number(v, 'f', v == static_cast<qint64>(v) ? 0 : 4);
}

QJsonObject toJson(const SpendingRow& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), r.key);
    o.insert(QStringLiteral("label"), r.label);
    if (!r.platform.isEmpty())
        o.insert(QStringLiteral("platform"), r.platform);
    o.insert(QStringLiteral("purchases"), r.purchases);
    o.insert(QStringLiteral("rupiah"), r.rupiah);
    o.insert(QStringLiteral("completions"), r.completions);
    o.insert(QStringLiteral("completion_rate"), r.completionRate());
    if (r.medianDays >= 0)
        o.insert(QStringLiteral("median_days_to_purchase"), r.medianDays);
    else
        o.insert(QStringLiteral("median_days_to_purchase"), QJsonValue());
    return o;
}

} // namespace

Result<SpendingReport> SpendingService::report(const Session& session, int wave)
{
    if (const Status s = session.require(Permission::ViewDashboard); !s)
        return s.error();
    auto rows = MoneyStore(m_db).spendingByTraining(wave);
    if (!rows)
        return rows.error();
    return SpendingReport::build(wave, rows.value());
}

QList<QStringList> SpendingService::table(const SpendingReport& report)
{
    QList<QStringList> t;
    t << QStringList{QStringLiteral("section"),     QStringLiteral("key"),
                     QStringLiteral("label"),       QStringLiteral("platform"),
                     QStringLiteral("purchases"),   QStringLiteral("rupiah"),
                     QStringLiteral("completions"), QStringLiteral("completion_rate"),
                     QStringLiteral("median_days")};
    const auto add = [&](const char* section, const QList<SpendingRow>& rows) {
        for (const SpendingRow& r : rows)
            t << QStringList{QString::fromLatin1(section),
                             r.key,
                             r.label,
                             r.platform,
                             QString::number(r.purchases),
                             QString::number(r.rupiah),
                             QString::number(r.completions),
                             decimal(r.completionRate()),
                             decimal(r.medianDays)};
    };
    add("platform", report.platforms);
    add("training", report.trainings);
    add("category", report.categories);
    add("total", {report.total});
    return t;
}

QByteArray SpendingService::json(const SpendingReport& report)
{
    QJsonObject o;
    o.insert(QStringLiteral("wave"), report.wave == 0 ? QJsonValue() : QJsonValue(report.wave));
    const auto list = [](const QList<SpendingRow>& rows) {
        QJsonArray a;
        for (const SpendingRow& r : rows)
            a.append(toJson(r));
        return a;
    };
    o.insert(QStringLiteral("platforms"), list(report.platforms));
    o.insert(QStringLiteral("trainings"), list(report.trainings));
    o.insert(QStringLiteral("categories"), list(report.categories));
    o.insert(QStringLiteral("total"), toJson(report.total));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace prakerja
