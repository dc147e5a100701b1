#pragma once
// One wave's money in the budget ledger (docs/selection.md, Budget): what was committed at the
// announcement and where it went. Whole rupiah. The ledger balances when
// committed = spent + incentives + surveys + returned + outstanding.

#include <QtGlobal>

namespace prakerja {

struct WaveMoney
{
    int wave = 0;
    qint64 participants = 0; // announced
    qint64 committed = 0; // at the announcement (gross)
    qint64 spent = 0; // training purchases
    qint64 incentives = 0; // incentive months paid
    qint64 surveys = 0; // survey incentives paid
    qint64 returned = 0; // by revocation
    qint64 outstanding = 0; // still owed to active participants

    qint64 paid() const { return incentives + surveys; }
    qint64 actual() const { return spent + incentives + surveys; }
    bool balances() const { return committed == spent + incentives + surveys + returned + outstanding; }
    bool operator==(const WaveMoney& o) const
    {
        return wave == o.wave && participants == o.participants && committed == o.committed && spent == o.spent
            && incentives == o.incentives && surveys == o.surveys && returned == o.returned
            && outstanding == o.outstanding;
    }
    WaveMoney& operator+=(const WaveMoney& o)
    {
        participants += o.participants;
        committed += o.committed;
        spent += o.spent;
        incentives += o.incentives;
        surveys += o.surveys;
        returned += o.returned;
        outstanding += o.outstanding;
        return *this;
    }
};

} // namespace prakerja
