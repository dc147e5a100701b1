#pragma once
// Reads of the money past selection: purchases, payouts and wave_actuals (FeedWriter writes
// them on the feed's hot path, like the events) with the budget ledger's commitments. The
// ledger per wave from the maintained figures, and the same recounted from the rows.

#include "domain/Error.h"
#include "domain/WaveMoney.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace prakerja {

class Database;

struct PricedTraining
{
    QString platform, code; // the catalogue's codes
    qint64 price = 0;
};

// One training's purchases (training 0: "purchase, training unknown"), with the days from its
// buyers' announcement to the purchase as a histogram (day → purchases) for the median.
struct TrainingSpending
{
    qint64 trainingId = 0;
    QString platformCode, platformName, trainingCode, title, category, categoryNameId, categoryNameEn;
    qint64 purchases = 0, rupiah = 0, completions = 0;
    QMap<qint64, qint64> daysToPurchase;
};

class MoneyStore
{
public:
    explicit MoneyStore(Database& db) : m_db(db) { }

    // Per announced wave, from the maintained figures: the ledger's announce and revoke rows and
    // wave_actuals; outstanding is what is left (committed − actual − returned).
    Result<QList<WaveMoney>> ledger();
    // Per announced wave, recounted from the rows: purchases, payouts, and the participants'
    // own sums (returned by the revoked, the commitment less use of the active).
    Result<QList<WaveMoney>> recount();

    // Both in one read transaction, so that they see the same commit.
    Result<QPair<QList<WaveMoney>, QList<WaveMoney>>> ledgerAndRecount();

    // The published catalogue (platform code, training code, price), in id order: what the
    // post-selection simulator draws purchases from.
    Result<QList<PricedTraining>> publishedCatalogue();

    // Purchases per training (wave 0: every wave), in training id order; the unknown last.
    Result<QList<TrainingSpending>> spendingByTraining(int wave);

private:
    Database& m_db;
};

} // namespace prakerja
