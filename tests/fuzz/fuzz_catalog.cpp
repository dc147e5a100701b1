// libFuzzer: a partner's training file through TrainingImportFile (CSV or JSON, chosen by the
// first byte), as the catalogue import reads it before any database rule. Rows must move
// forward, and every row read without a problem must survive an export and a second read
// unchanged (the round trip the import promises: re-importing an export changes nothing).
#include "io/CsvReader.h"
#include "io/TrainingExport.h"
#include "io/TrainingImportFile.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

using namespace prakerja;

namespace {

bool sameFields(const Training& a, const Training& b)
{
    return a.platform == b.platform && a.code == b.code && a.title == b.title && a.category == b.category
        && a.level == b.level && a.mode == b.mode && a.price == b.price && a.durationHours == b.durationHours
        && a.description == b.description && a.url == b.url && a.healthClearance == b.healthClearance;
}

// The CSV reader cuts a quoted field at CsvReader's limits; such a row cannot round-trip.
bool withinCsvLimits(const Training& t)
{
    qsizetype breaks = 0, bytes = 0;
    for (const QString* s : {&t.platform, &t.code, &t.title, &t.category, &t.description, &t.url}) {
        breaks += s->count(u'\n') + s->count(u'\r');
        bytes += s->toUtf8().size();
    }
    return breaks < CsvReader::kMaxRecordLines / 2 && bytes < CsvReader::kMaxQuotedBytes / 2;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const auto format = (data[0] & 1) ? TrainingImportFile::Format::Json : TrainingImportFile::Format::Csv;
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const TrainingImportFile file = TrainingImportFile::read(buffer, format);
    if (file.error)
        return 0;
    QList<Training> clean;
    qint64 lastLine = 0;
    for (const TrainingImportRow& row : file.rows) {
        if (row.line <= lastLine)
            __builtin_trap();
        lastLine = row.line;
        if (row.problems.isEmpty() && withinCsvLimits(row.training))
            clean << row.training;
    }
    if (clean.isEmpty())
        return 0;
    QBuffer exported;
    exported.open(QIODevice::WriteOnly);
    TrainingExport::write(exported, clean, TrainingExport::Format::Csv);
    QByteArray again = exported.data();
    QBuffer input(&again);
    input.open(QIODevice::ReadOnly);
    const TrainingImportFile reread = TrainingImportFile::read(input, TrainingImportFile::Format::Csv);
    if (reread.error || reread.rows.size() != clean.size())
        __builtin_trap();
    for (qsizetype i = 0; i < clean.size(); ++i)
        if (!reread.rows[i].problems.isEmpty() || !sameFields(clean[i], reread.rows[i].training))
            __builtin_trap();
    return 0;
}
