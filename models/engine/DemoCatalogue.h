#pragma once
// The demo catalogue a fresh console starts with: about 1,100 trainings over the 8 platforms
// of 2020, generated from per-category templates (the eight examples in DESIGN.md among them),
// mostly published, with a few of the problems the curation checks exist for. Deterministic.

#include "domain/Training.h"

#include <QList>

namespace prakerja {

class DemoCatalogue
{
public:
    static QList<Training> generate(qint64 trainingCredit = 1'000'000);
    // The eight examples the programme named at launch.
    static const QStringList& examples();
    // `n` synthetic trainings (benchmarks): the templates repeated with numbered codes.
    static QList<Training> synthetic(int n, qint64 trainingCredit = 1'000'000);
};

} // namespace prakerja
