#include "TrainingExport.h"

#include "CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prakerja {

TrainingExport::Format TrainingExport::formatFor(const QString& path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

QStringList TrainingExport::columns()
{
    return TrainingRules::fieldNames() + QStringList{QStringLiteral("status")};
}

void TrainingExport::write(QIODevice& device, const QList<Training>& trainings, Format format)
{
    const QStringList names = columns();
    if (format == Format::Csv) {
        CsvWriter csv(device);
        csv.writeRow(names);
        for (const Training& t : trainings) {
            QStringList cells;
            for (const QString& n : names)
                cells << TrainingRules::fieldValue(t, n);
            csv.writeRow(cells);
        }
        return;
    }
    QJsonArray array;
    for (const Training& t : trainings) {
        QJsonObject o;
        for (const QString& n : names) {
            if (n == u"price")
                o.insert(n, static_cast<double>(t.price));
            else if (n == u"duration_hours")
                o.insert(n, t.durationHours);
            else if (n == u"health_clearance")
                o.insert(n, t.healthClearance);
            else
                o.insert(n, TrainingRules::fieldValue(t, n));
        }
        array.append(o);
    }
    device.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace prakerja
