#pragma once
// Turns a stored draw outcome (OutcomeStore::Member) into the sentence an agent reads out, in
// Indonesian and English: selected (rank and quota), not selected (tier, rank and the rank of
// the last selected member of the same quota group), ineligible (the failing rule with its
// date or list) or withdrawn at the re-check (why). Pure: the caller supplies the wave and ranks.

#include "ApplicantCard.h"
#include "domain/Wave.h"

namespace prakerja {

struct OutcomeFacts
{
    int status = 0; // OutcomeStatus
    int reason = 0; // Eligibility
    int tier = 0;
    quint32 rank = 0;
    int province = 0;
    int kkPrior = 0;
    quint32 lastSelectedRank = 0; // in the same quota group
    qint64 groupQuota = 0; // the province's quota, or the wave's
    bool provinceGroup = false;
};

class OutcomeExplainer
{
public:
    static Bilingual explain(const Wave& wave, const OutcomeFacts& facts);
    // Why `reason` (an Eligibility) fails under `rules` for a wave closing at `closesAt`.
    static Bilingual ineligibility(int reason, const RuleSet& rules, qint64 closesAt, int kkPrior);
    static Bilingual tierLabel(TierCriterion criterion);
    static Bilingual date(qint64 epochMs); // "16 April 2020" in WIB
    static Bilingual number(qint64 value); // 1.234 / 1,234
};

} // namespace prakerja
