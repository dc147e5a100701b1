#include "RuleSet.h"
#include "domain/Language.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prakerja {

namespace {
struct CriterionInfo
{
    TierCriterion criterion;
    const char16_t* name;
    const char* label; // the catalogue's source (Indonesian)
};
constexpr CriterionInfo kCriteria[] = {
    {TierCriterion::KemnakerList, u"kemnaker_list", QT_TRANSLATE_NOOP("Text", "Daftar Kemnaker")},
    {TierCriterion::PrioritySegment, u"priority_segment", QT_TRANSLATE_NOOP("Text", "Usaha mikro / PHK / dirumahkan")},
    {TierCriterion::NotOnDtks, u"not_on_dtks", QT_TRANSLATE_NOOP("Text", "Bukan penerima bansos (DTKS)")},
    {TierCriterion::Everyone, u"everyone", QT_TRANSLATE_NOOP("Text", "Lainnya")},
};

Error rulesError(const QString& text)
{
    return makeError(QStringLiteral("invalid_rules"), text);
}
} // namespace

QString tierCriterionName(TierCriterion criterion)
{
    for (const auto& c : kCriteria)
        if (c.criterion == criterion)
            return QString::fromUtf16(c.name);
    return {};
}

QString tierCriterionLabel(TierCriterion criterion)
{
    for (const auto& c : kCriteria)
        if (c.criterion == criterion)
            return Text::tr(c.label);
    return {};
}

QByteArray RuleSet::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("minimum_age"), minimumAge);
    o.insert(QStringLiteral("require_email_verified"), requireEmailVerified);
    o.insert(QStringLiteral("require_nik_verified"), requireNikVerified);
    o.insert(QStringLiteral("require_phone_verified"), requirePhoneVerified);
    o.insert(QStringLiteral("exclude_students"), excludeStudents);
    o.insert(QStringLiteral("exclude_exclusion_list"), excludeExclusionList);
    o.insert(QStringLiteral("family_card_cap"), familyCardCap);
    QJsonArray t;
    for (TierCriterion c : tiers)
        t.append(tierCriterionName(c));
    o.insert(QStringLiteral("tiers"), t);
    o.insert(QStringLiteral("repeat_applicant_bonus"), repeatApplicantBonus);
    o.insert(QStringLiteral("province_quotas"),
             provinceQuotas == ProvinceQuotaMode::Off               ? QStringLiteral("off")
                 : provinceQuotas == ProvinceQuotaMode::WeightTable ? QStringLiteral("weights")
                                                                    : QStringLiteral("pool"));
    if (provinceQuotas == ProvinceQuotaMode::WeightTable) {
        QJsonObject w;
        for (auto it = provinceWeights.cbegin(); it != provinceWeights.cend(); ++it)
            w.insert(QString::number(it.key()), it.value());
        o.insert(QStringLiteral("province_weights"), w);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<RuleSet> RuleSet::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return rulesError(Error::tr("aturan bukan objek JSON: %1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    RuleSet r;
    r.version = o.value(QStringLiteral("version")).toInt(kCurrentVersion);
    r.minimumAge = o.value(QStringLiteral("minimum_age")).toInt(r.minimumAge);
    r.requireEmailVerified = o.value(QStringLiteral("require_email_verified")).toBool(r.requireEmailVerified);
    r.requireNikVerified = o.value(QStringLiteral("require_nik_verified")).toBool(r.requireNikVerified);
    r.requirePhoneVerified = o.value(QStringLiteral("require_phone_verified")).toBool(r.requirePhoneVerified);
    r.excludeStudents = o.value(QStringLiteral("exclude_students")).toBool(r.excludeStudents);
    r.excludeExclusionList = o.value(QStringLiteral("exclude_exclusion_list")).toBool(r.excludeExclusionList);
    r.familyCardCap = o.value(QStringLiteral("family_card_cap")).toInt(r.familyCardCap);
    r.repeatApplicantBonus = o.value(QStringLiteral("repeat_applicant_bonus")).toBool(false);
    if (o.contains(QStringLiteral("tiers"))) {
        r.tiers.clear();
        for (const QJsonValue& v : o.value(QStringLiteral("tiers")).toArray()) {
            bool found = false;
            for (const auto& c : kCriteria)
                if (v.toString() == QString::fromUtf16(c.name)) {
                    r.tiers.push_back(c.criterion);
                    found = true;
                }
            if (!found)
                return rulesError(Error::tr("kriteria tingkat '%1' tidak dikenal").arg(v.toString()));
        }
    }
    const QString mode = o.value(QStringLiteral("province_quotas")).toString(QStringLiteral("off"));
    if (mode == u"off")
        r.provinceQuotas = ProvinceQuotaMode::Off;
    else if (mode == u"pool")
        r.provinceQuotas = ProvinceQuotaMode::ProportionalToPool;
    else if (mode == u"weights")
        r.provinceQuotas = ProvinceQuotaMode::WeightTable;
    else
        return rulesError(Error::tr("province_quotas harus off, pool atau weights"));
    const QJsonObject w = o.value(QStringLiteral("province_weights")).toObject();
    for (auto it = w.begin(); it != w.end(); ++it) {
        // A whole number in range before it becomes an integer: a double past qint64 is undefined
        // behaviour to convert (found by tests/fuzz/fuzz_ruleset).
        const double weight = it.value().toDouble(-1);
        if (!it.value().isDouble() || !(weight >= 0 && weight <= kMaxProvinceWeight) || weight != std::floor(weight))
            return rulesError(Error::tr("province_weights harus bilangan bulat 0 sampai 10^15"));
        r.provinceWeights.insert(it.key().toInt(), static_cast<qint64>(weight));
    }
    if (const Status s = r.validate(); !s)
        return s.error();
    return r;
}

Result<QMap<int, qint64>> RuleSet::parseWeightCsv(const QByteArray& csv)
{
    QMap<int, qint64> weights;
    int lineNo = 0;
    for (QByteArray line : csv.split('\n')) {
        ++lineNo;
        line = line.trimmed();
        if (line.isEmpty() || (lineNo == 1 && !std::isdigit(static_cast<unsigned char>(line.at(0)))))
            continue;
        const QList<QByteArray> cells = line.split(',');
        bool okProvince = false, okWeight = false;
        const int province = cells.value(0).trimmed().toInt(&okProvince);
        const qint64 weight = cells.value(1).trimmed().toLongLong(&okWeight);
        if (cells.size() != 2 || !okProvince || !okWeight || province < 11 || province > 99 || weight < 0)
            return rulesError(Error::tr("tabel bobot baris %1: harus 'provinsi,bobot'").arg(lineNo));
        weights.insert(province, weight);
    }
    if (weights.isEmpty())
        return rulesError(Error::tr("tabel bobot kosong"));
    return weights;
}

Status RuleSet::validate() const
{
    if (tiers.empty() || tiers.back() != TierCriterion::Everyone || tiers.size() > 8)
        return rulesError(Error::tr("urutan tingkat harus diakhiri 'everyone' dan paling banyak 8 tingkat"));
    if (minimumAge < 0 || minimumAge > 100 || familyCardCap < 0 || familyCardCap > 250)
        return rulesError(Error::tr("usia minimum atau batas per KK di luar rentang"));
    if (provinceQuotas == ProvinceQuotaMode::WeightTable && provinceWeights.isEmpty())
        return rulesError(Error::tr("kuota provinsi menurut bobot memerlukan tabel bobot"));
    return Status::success();
}

} // namespace prakerja
