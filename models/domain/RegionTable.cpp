#include "RegionTable.h"

#include <QFile>
#include <algorithm>

// The resource lives in an object library inside a static one: initialise it explicitly,
// since nothing else references its static initialiser.
static void initResources()
{
    Q_INIT_RESOURCE(prakerja_data);
}

namespace prakerja {

const RegionTable& RegionTable::instance()
{
    static const RegionTable table;
    return table;
}

RegionTable::RegionTable()
{
    initResources();
    QFile file(QStringLiteral(":/prakerja/data/region_codes.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("region code table missing from resources");
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        // code,level,name,first_listed,last_listed; names may be quoted and contain commas.
        const qsizetype c1 = line.indexOf(u',');
        const qsizetype c2 = line.indexOf(u',', c1 + 1);
        const qsizetype cl = line.lastIndexOf(u',');
        const qsizetype cl2 = line.lastIndexOf(u',', cl - 1);
        if (c1 < 0 || c2 < 0 || cl2 <= c2)
            continue;
        const int code = line.left(c1).toInt();
        const QStringView level = QStringView(line).mid(c1 + 1, c2 - c1 - 1);
        QString name = line.mid(c2 + 1, cl2 - c2 - 1);
        if (name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        if (level == u"province")
            m_provinces.insert(code, name);
        else if (level == u"regency")
            m_regencies.insert(code, name);
        else if (level == u"district") {
            m_districts.insert(code, name);
            m_districtList.push_back(code);
        }
    }
    std::sort(m_districtList.begin(), m_districtList.end());
}

QList<int> RegionTable::provinces() const
{
    QList<int> codes = m_provinces.keys();
    std::sort(codes.begin(), codes.end());
    return codes;
}

} // namespace prakerja
