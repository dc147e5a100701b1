#pragma once
// One entry of the managed list of training categories (seeded by migration 15).

#include "Error.h"
#include "domain/Language.h"

#include <QString>

namespace prakerja {

struct TrainingCategory
{
    QString code; // "digital"
    QString nameId; // "TI dan digital"
    QString nameEn; // "IT and digital"
    QString name() const { return Language::english() ? nameEn : nameId; }
};

} // namespace prakerja
