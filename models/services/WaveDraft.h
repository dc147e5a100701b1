#pragma once
// What an operator fills in to create a wave.

#include "domain/RuleSet.h"
#include "domain/Wave.h"

namespace prakerja {

struct WaveDraft
{
    int number = 0; // 0: the next free number
    QString name;
    qint64 opensAt = 0, closesAt = 0, announceAt = 0, trainingStartsAt = 0;
    qint64 quota = Wave::kDefaultQuota;
    RollOver rollOver = RollOver::Automatic;
    RuleSet rules;
};

} // namespace prakerja
