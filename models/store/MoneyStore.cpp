#include "MoneyStore.h"

#include "Database.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

namespace prakerja {

namespace {

// The announce rows: participants and money committed per wave.
Status commitments(Database& db, QMap<int, WaveMoney>& waves)
{
    auto q = db.exec(QStringLiteral("SELECT wave, SUM(participants), SUM(amount) FROM budget_ledger"
                                    " WHERE kind = 'announce' GROUP BY wave ORDER BY wave"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        WaveMoney& m = waves[q->value(0).toInt()];
        m.wave = q->value(0).toInt();
        m.participants = q->value(1).toLongLong();
        m.committed = q->value(2).toLongLong();
    }
    return Status::success();
}

} // namespace

Result<QList<WaveMoney>> MoneyStore::ledger()
{
    QMap<int, WaveMoney> waves;
    if (Status s = commitments(m_db, waves); !s)
        return s.error();
    auto returned
        = m_db.exec(QStringLiteral("SELECT wave, -SUM(amount) FROM budget_ledger WHERE kind = 'revoke' GROUP BY wave"));
    if (!returned)
        return returned.error();
    while (returned.value().next())
        if (auto it = waves.find(returned->value(0).toInt()); it != waves.end())
            it->returned = returned->value(1).toLongLong();
    auto actuals = m_db.exec(QStringLiteral("SELECT wave, spent, incentives, surveys FROM wave_actuals"));
    if (!actuals)
        return actuals.error();
    while (actuals.value().next())
        if (auto it = waves.find(actuals->value(0).toInt()); it != waves.end()) {
            it->spent = actuals->value(1).toLongLong();
            it->incentives = actuals->value(2).toLongLong();
            it->surveys = actuals->value(3).toLongLong();
        }
    QList<WaveMoney> result;
    for (WaveMoney m : std::as_const(waves)) {
        m.outstanding = m.committed - m.actual() - m.returned;
        result.append(m);
    }
    return result;
}

Result<QList<WaveMoney>> MoneyStore::recount()
{
    QMap<int, WaveMoney> waves;
    if (Status s = commitments(m_db, waves); !s)
        return s.error();
    auto spent
        = m_db.exec(QStringLiteral("SELECT wave, SUM(price) FROM purchases WHERE price IS NOT NULL GROUP BY wave"));
    if (!spent)
        return spent.error();
    while (spent.value().next())
        if (auto it = waves.find(spent->value(0).toInt()); it != waves.end())
            it->spent = spent->value(1).toLongLong();
    auto paid = m_db.exec(QStringLiteral("SELECT wave, kind, SUM(amount) FROM payouts GROUP BY wave, kind"));
    if (!paid)
        return paid.error();
    while (paid.value().next())
        if (auto it = waves.find(paid->value(0).toInt()); it != waves.end())
            (paid->value(1).toInt() == 1 ? it->incentives : it->surveys) = paid->value(2).toLongLong();
    // Per participant: the revoked returned their remainder; the active still have theirs.
    auto owed = m_db.exec(QStringLiteral("SELECT wave, SUM(CASE WHEN status = 2 THEN returned ELSE 0 END),"
                                         " SUM(CASE WHEN status = 1 THEN 1 ELSE 0 END),"
                                         " SUM(CASE WHEN status = 1 THEN spent + incentives + surveys ELSE 0 END)"
                                         " FROM participants GROUP BY wave"));
    if (!owed)
        return owed.error();
    while (owed.value().next()) {
        auto it = waves.find(owed->value(0).toInt());
        if (it == waves.end())
            continue;
        const qint64 perParticipant = it->participants > 0 ? it->committed / it->participants : 0;
        it->returned = owed->value(1).toLongLong();
        it->outstanding = owed->value(2).toLongLong() * perParticipant - owed->value(3).toLongLong();
    }
    return QList<WaveMoney>(waves.begin(), waves.end());
}

Result<QPair<QList<WaveMoney>, QList<WaveMoney>>> MoneyStore::ledgerAndRecount()
{
    const bool own = !m_db.inTransaction();
    if (own)
        // One snapshot for both reads (SQLite's read transaction; PostgreSQL's default would take
        // a new snapshot per statement).
        if (auto begin = m_db.exec(m_db.isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                                     : QStringLiteral("BEGIN"));
            !begin)
            return begin.error();
    auto ledgerRows = ledger();
    auto recountRows = ledgerRows ? recount() : Result<QList<WaveMoney>>(ledgerRows.error());
    if (own)
        m_db.rollback();
    if (!recountRows)
        return recountRows.error();
    return qMakePair(ledgerRows.value(), recountRows.value());
}

Result<QList<PricedTraining>> MoneyStore::publishedCatalogue()
{
    auto q = m_db.exec(QStringLiteral("SELECT p.code, t.code, t.price FROM trainings t"
                                      " JOIN platforms p ON p.id = t.platform_id"
                                      " WHERE t.status = 5 AND p.status = 1 ORDER BY t.id"));
    if (!q)
        return q.error();
    QList<PricedTraining> rows;
    while (q.value().next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong()});
    return rows;
}

Result<QList<TrainingSpending>> MoneyStore::spendingByTraining(int wave)
{
    // Two grouped reads: the figures per training, then the days to purchase per training and day.
    auto q = m_db.exec(
        QStringLiteral("SELECT COALESCE(pu.training_id, 0), COALESCE(pl.code, ''), COALESCE(pl.name, ''),"
                       " COALESCE(t.code, ''), COALESCE(t.title, ''), COALESCE(t.category, ''), COUNT(*),"
                       " COALESCE(SUM(pu.price), 0), SUM(CASE WHEN pu.completed_at IS NULL THEN 0 ELSE 1 END),"
                       " COALESCE(c.name_id, ''), COALESCE(c.name_en, '')"
                       " FROM purchases pu LEFT JOIN trainings t ON t.id = pu.training_id"
                       " LEFT JOIN platforms pl ON pl.id = t.platform_id"
                       " LEFT JOIN training_categories c ON c.code = t.category"
                       " WHERE (? = 0 OR pu.wave = ?)"
                       " GROUP BY COALESCE(pu.training_id, 0), pl.code, pl.name, t.code, t.title, t.category,"
                       " c.name_id, c.name_en"
                       " ORDER BY COALESCE(pu.training_id, 0) = 0, COALESCE(pu.training_id, 0)"),
        {wave, wave});
    if (!q)
        return q.error();
    QList<TrainingSpending> rows;
    QHash<qint64, qsizetype> index;
    while (q.value().next()) {
        TrainingSpending r;
        r.trainingId = q->value(0).toLongLong();
        r.platformCode = q->value(1).toString();
        r.platformName = q->value(2).toString();
        r.trainingCode = q->value(3).toString();
        r.title = q->value(4).toString();
        r.category = q->value(5).toString();
        r.purchases = q->value(6).toLongLong();
        r.rupiah = q->value(7).toLongLong();
        r.completions = q->value(8).toLongLong();
        r.categoryNameId = q->value(9).toString();
        r.categoryNameEn = q->value(10).toString();
        index.insert(r.trainingId, rows.size());
        rows.append(r);
    }
    q.value().finish();
    auto days
        = m_db.exec(QStringLiteral("SELECT COALESCE(pu.training_id, 0), (pu.bought_at - p.announced_at) / 86400000,"
                                   " COUNT(*) FROM purchases pu JOIN participants p ON p.applicant_id = pu.applicant_id"
                                   " WHERE (? = 0 OR pu.wave = ?) AND pu.bought_at >= p.announced_at"
                                   " GROUP BY COALESCE(pu.training_id, 0), (pu.bought_at - p.announced_at) / 86400000"),
                    {wave, wave});
    if (!days)
        return days.error();
    while (days.value().next())
        if (const auto it = index.constFind(days->value(0).toLongLong()); it != index.constEnd())
            rows[*it].daysToPurchase[days->value(1).toLongLong()] += days->value(2).toLongLong();
    return rows;
}

} // namespace prakerja
