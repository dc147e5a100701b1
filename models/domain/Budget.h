#pragma once
// The programme's money: what one participant costs (training credit, monthly incentives,
// survey incentives) against the total budget, and how many more waves it and the pool allow.
// Integer rupiah throughout.

#include <QtGlobal>

namespace prakerja {

struct Budget
{
    qint64 total = 20'000'000'000'000; // Rp 20 trillion
    qint64 trainingCredit = 1'000'000;
    qint64 monthlyIncentive = 600'000;
    int incentiveMonths = 4;
    qint64 surveyIncentive = 50'000;
    int surveys = 3;

    qint64 perParticipant() const
    {
        return trainingCredit + monthlyIncentive * incentiveMonths + surveyIncentive * surveys;
    }
    qint64 cost(qint64 participants) const { return perParticipant() * participants; }
};

// Committed money and what remains, with a forecast of the waves still possible.
struct BudgetForecast
{
    qint64 committed = 0; // net of returned money
    qint64 remaining = 0;
    qint64 participantsAffordable = 0; // with the remaining money
    qint64 wavesByBudget = 0; // of `quota` places each
    qint64 wavesByPool = 0; // eligible applicants not yet participants / quota
    qint64 wavesPossible = 0; // the smaller of the two

    static BudgetForecast compute(const Budget& budget, qint64 committed, qint64 quota, qint64 poolRemaining);
};

} // namespace prakerja
