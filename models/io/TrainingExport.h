#pragma once
// Writes trainings as CSV (the import's columns plus status; cells a spreadsheet would run as
// a formula are neutralised) or as a JSON array of objects with the same keys. Importing the
// file again changes nothing.

#include "domain/Training.h"

#include <QIODevice>

namespace prakerja {

class TrainingExport
{
public:
    enum class Format { Csv, Json };
    static Format formatFor(const QString& path); // CSV unless .json
    static void write(QIODevice& device, const QList<Training>& trainings, Format format);
    static QStringList columns(); // the import's columns, then "status"
};

} // namespace prakerja
