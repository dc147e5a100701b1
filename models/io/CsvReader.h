#pragma once
// Streaming RFC 4180 reader: quoted fields with embedded commas, quotes ("") and line breaks;
// CRLF or LF. Reports the physical line a record starts on and how many lines it spans, for
// reject reports. A quote left open is bounded: when no closing quote comes within
// kMaxRecordLines physical lines (or kMaxQuotedBytes), only the record's first line is
// rejected and the lines after it are read again as records of their own, so that one stray
// quote cannot swallow the rest of a list. The device is read in chunks of kChunkBytes (not a
// line at a time: QIODevice::readLine copies byte by byte) and a field is appended a run of
// plain characters at a time.

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QStringList>

namespace prakerja {

class CsvReader
{
public:
    static constexpr int kMaxRecordLines = 100;
    static constexpr qsizetype kMaxQuotedBytes = 64 * 1024;
    static constexpr qint64 kChunkBytes = 256 * 1024;

    explicit CsvReader(QIODevice& device, QChar separator = u',') : m_device(device), m_separator(separator) { }

    // False at the end of input. A malformed record (unterminated quote) sets `error`.
    bool next(QStringList& fields, QString* error = nullptr);
    // The physical line the last record starts on, and how many lines it spans.
    qint64 recordLine() const { return m_recordLine; }
    int recordLineCount() const { return m_recordLines; }
    // Physical lines consumed so far.
    qint64 physicalLines() const { return m_line; }

private:
    // The next physical line with its line break; valid until the next call.
    bool readRaw(QByteArrayView& raw);
    bool atEnd() const;

    QIODevice& m_device;
    QChar m_separator;
    QByteArray m_chunk; // read from the device, not yet scanned from m_chunkPos
    qsizetype m_chunkPos = 0;
    QByteArray m_carry; // a line that crossed a chunk's end, or one taken from m_pending
    QList<QByteArray> m_pending; // lines after an unterminated quote, read again
    qint64 m_line = 0;
    qint64 m_recordLine = 0;
    int m_recordLines = 0;
};

} // namespace prakerja
