#pragma once
// Streaming RFC 4180 reader: quoted fields with embedded commas, quotes ("") and line breaks;
// CRLF or LF. Reports the physical line a record starts on, for reject reports.

#include <QIODevice>
#include <QStringList>

namespace prakerja {

class CsvReader
{
public:
    explicit CsvReader(QIODevice& device, QChar separator = u',') : m_device(device), m_separator(separator) { }

    // False at the end of input. A malformed record (unterminated quote) sets `error`.
    bool next(QStringList& fields, QString* error = nullptr);
    qint64 recordLine() const { return m_recordLine; }

private:
    QIODevice& m_device;
    QChar m_separator;
    qint64 m_line = 0;
    qint64 m_recordLine = 0;
};

} // namespace prakerja
