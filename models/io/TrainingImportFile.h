#pragma once
// A partner's training file read into rows: CSV (RFC 4180: quoted commas, quotes and line
// breaks, a UTF-8 byte-order mark, CRLF or LF; a header row naming the columns in any order)
// or a JSON array of objects with the same keys. Each row keeps its line (CSV: the physical
// line it starts on; JSON: the object's position in the array) and the problems found while
// reading its fields (bad level, bad price, …). Rules that need the database (platform,
// category, duplicates, the training credit) are the import service's.

#include "domain/Training.h"

#include <QIODevice>
#include <QStringList>
#include <optional>

namespace prakerja {

struct TrainingImportRow
{
    qint64 line = 0;
    Training training;
    QList<FieldProblem> problems;
};

struct TrainingImportFile
{
    enum class Format { Csv, Json };
    QStringList unknownColumns; // reported, not fatal
    QList<TrainingImportRow> rows;
    std::optional<Error> error; // the file as a whole is unreadable (nothing is imported)

    static Format formatFor(const QString& path); // by extension; CSV unless .json
    static TrainingImportFile read(QIODevice& device, Format format);
    static TrainingImportFile readFile(const QString& path);
    // Columns that must be in the header (the others may be absent or empty).
    static const QStringList& requiredColumns();
    // A cell that an export neutralised ('=…) back to its value.
    static QString unneutralise(const QString& cell);
};

} // namespace prakerja
