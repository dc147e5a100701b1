#pragma once
// A wave's published selection rules: eligibility switches, the family-card cap, the priority
// tier order and the optional repeat-applicant bonus, optional per-province quotas. Versioned
// and JSON-serialisable so that the exact rules are exported with the results.

#include "domain/Error.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <vector>

namespace prakerja {

// Criteria a tier can be defined by; a member's tier is the index of the first criterion it
// meets in RuleSet::tiers (Everyone always matches).
enum class TierCriterion : quint8 {
    KemnakerList = 1, // on the kemnaker list of laid-off / furloughed workers
    PrioritySegment = 2, // segment micro_business, laid_off or furloughed
    NotOnDtks = 3, // not receiving other social aid
    Everyone = 4,
};
QString tierCriterionName(TierCriterion criterion);
QString tierCriterionLabel(TierCriterion criterion);

enum class ProvinceQuotaMode : quint8 { Off = 0, ProportionalToPool = 1, WeightTable = 2 };

struct RuleSet
{
    static constexpr int kCurrentVersion = 1;
    static constexpr double kMaxProvinceWeight = 1e15;
    int version = kCurrentVersion;
    int minimumAge = 18;
    bool requireEmailVerified = true;
    bool requireNikVerified = true;
    bool requirePhoneVerified = true;
    bool excludeStudents = true; // dapodik
    bool excludeExclusionList = true;
    int familyCardCap = 2; // participants per family card, all waves together; 0 = no cap
    std::vector<TierCriterion> tiers = {TierCriterion::KemnakerList, TierCriterion::PrioritySegment,
                                        TierCriterion::NotOnDtks, TierCriterion::Everyone};
    bool repeatApplicantBonus = false; // repeat applicants move up one tier
    ProvinceQuotaMode provinceQuotas = ProvinceQuotaMode::Off;
    QMap<int, qint64> provinceWeights; // province code -> weight (WeightTable)

    int tierCount() const { return static_cast<int>(tiers.size()); }
    QByteArray toJson() const;
    static Result<RuleSet> fromJson(const QByteArray& json);
    // Reads "province,weight" CSV lines (header optional).
    static Result<QMap<int, qint64>> parseWeightCsv(const QByteArray& csv);
    Status validate() const;
    bool operator==(const RuleSet&) const = default;
};

} // namespace prakerja
