#pragma once
// The curation checks as plain data over the catalogue (what no platform does for itself):
// the same training on several platforms at prices more than 25 % apart, a price above twice
// its category's median, a price per hour far above its category's, a short or copied
// description, offline without health clearance, and an empty or non-http(s) URL.
// Retired trainings are not checked. Pure: no database, no clock.

#include "domain/CurationFlag.h"
#include "domain/Training.h"

#include <QList>

namespace prakerja {

struct CurationThresholds
{
    double priceSpread = 0.25; // (highest − lowest) / lowest for the same training
    double categoryMedianFactor = 2.0;
    double pricePerHourFactor = 3.0; // times the category's median price per hour
    int minDescription = 80; // characters
    int copiedMinLength = 40; // shorter descriptions are not compared
};

class CurationChecks
{
public:
    static QList<CurationFlag> run(const QList<Training>& trainings, const CurationThresholds& thresholds = {});
    // Lower case, diacritics and punctuation removed, spaces collapsed ("Kafé  & Kopi" → "kafe kopi").
    static QString normalise(const QString& text);
    static bool isLiveUrl(const QString& url);
};

} // namespace prakerja
