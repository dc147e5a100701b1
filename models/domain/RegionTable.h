#pragma once
// The official region codes (province, regency/city, district) that a NIK carries, loaded
// once from the shipped table (resources/data/region_codes.csv) and shared read-only.

#include <QHash>
#include <QString>
#include <vector>

namespace prakerja {

class RegionTable
{
public:
    struct Region
    {
        int code = 0;
        QString name;
    };

    // The table compiled into the library; thread-safe after first use.
    static const RegionTable& instance();

    bool hasProvince(int code) const { return m_provinces.contains(code); }
    bool hasRegency(int code) const { return m_regencies.contains(code); }
    bool hasDistrict(int code) const { return m_districts.contains(code); }
    QString provinceName(int code) const { return m_provinces.value(code); }
    QString regencyName(int code) const { return m_regencies.value(code); }
    QList<int> provinces() const;
    const std::vector<int>& districtCodes() const { return m_districtList; }

private:
    RegionTable();
    QHash<int, QString> m_provinces;
    QHash<int, QString> m_regencies;
    QHash<int, QString> m_districts;
    std::vector<int> m_districtList; // sorted, for the simulator to draw from
};

} // namespace prakerja
