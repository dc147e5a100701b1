// libFuzzer: a whole CSV reference list through CsvReader (quotes, stray quotes, line spans).
#include "io/CsvReader.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

using namespace prakerja;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QStringList fields;
    QString error;
    qint64 lastLine = 0;
    while (reader.next(fields, &error)) {
        // Records move forward and span at least one line; a stray quote swallows at most one.
        if (reader.recordLine() <= lastLine || reader.recordLineCount() < 1
            || (!error.isEmpty() && reader.recordLineCount() != 1))
            __builtin_trap();
        lastLine = reader.recordLine();
        error.clear();
    }
    return 0;
}
