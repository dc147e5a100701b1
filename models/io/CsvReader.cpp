#include "CsvReader.h"

#include <cstring>

namespace prakerja {

bool CsvReader::atEnd() const
{
    return m_pending.isEmpty() && m_chunkPos >= m_chunk.size() && m_device.atEnd();
}

bool CsvReader::readRaw(QByteArrayView& raw)
{
    if (!m_pending.isEmpty()) {
        m_carry = m_pending.takeFirst();
        raw = m_carry;
        return true;
    }
    bool carried = false; // the line started in an earlier chunk: it is gathered in m_carry
    for (;;) {
        if (m_chunkPos >= m_chunk.size()) {
            m_chunk = m_device.read(kChunkBytes);
            m_chunkPos = 0;
            if (m_chunk.isEmpty()) {
                if (!carried)
                    return false;
                raw = m_carry;
                return true;
            }
        }
        const char* start = m_chunk.constData() + m_chunkPos;
        const qsizetype left = m_chunk.size() - m_chunkPos;
        const auto* newline = static_cast<const char*>(std::memchr(start, '\n', static_cast<size_t>(left)));
        const qsizetype length = newline ? newline - start + 1 : left;
        m_chunkPos += length;
        if (newline && !carried) {
            raw = QByteArrayView(start, length); // the common case: no copy
            return true;
        }
        if (!carried) {
            m_carry.clear();
            carried = true;
        }
        m_carry.append(start, length);
        if (newline) {
            raw = m_carry;
            return true;
        }
    }
}

bool CsvReader::next(QStringList& fields, QString* error)
{
    fields.clear();
    if (atEnd())
        return false;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    m_recordLine = m_line + 1;
    QList<QByteArray> consumed; // this record's physical lines, once a quote stays open past one
    QByteArrayView raw;
    const QChar separator = m_separator;
    while (readRaw(raw)) {
        ++m_line;
        const QString line = QString::fromUtf8(raw);
        const QChar* p = line.constData();
        const qsizetype n = line.size();
        qsizetype i = m_line == 1 && n > 0 && p[0] == QChar(0xFEFF) ? 1 : 0; // byte-order mark
        while (i < n) {
            if (quoted) {
                // Up to the next quote in one append; "" is a quote, a lone one ends the quoting.
                qsizetype j = i;
                while (j < n && p[j] != u'"')
                    ++j;
                field.append(p + i, j - i);
                if (j == n)
                    break;
                if (j + 1 < n && p[j + 1] == u'"') {
                    field += u'"';
                    i = j + 2;
                } else {
                    quoted = false;
                    i = j + 1;
                }
                continue;
            }
            const QChar c = p[i];
            if (c == u'"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                ++i;
            } else if (c == separator) {
                fields.append(std::move(field));
                field = QString();
                fieldStarted = false;
                ++i;
            } else if (c == u'\r' || c == u'\n') {
                ++i; // end of record (handled after the loop)
            } else {
                // A run of plain characters (a quote inside an unquoted field is one of them).
                qsizetype j = i + 1;
                while (j < n && p[j] != separator && p[j] != u'\r' && p[j] != u'\n')
                    ++j;
                field.append(p + i, j - i);
                fieldStarted = true;
                i = j;
            }
        }
        if (!quoted) {
            fields.append(std::move(field));
            m_recordLines = static_cast<int>(m_line - m_recordLine + 1);
            return true;
        }
        consumed << raw.toByteArray();
        if (consumed.size() >= kMaxRecordLines || field.size() * 2 > kMaxQuotedBytes)
            break;
    }
    // Unterminated: the record is its first line; the lines after it are read again.
    for (qsizetype i = consumed.size() - 1; i >= 1; --i)
        m_pending.prepend(consumed[i]);
    m_line = m_recordLine;
    m_recordLines = 1;
    fields = {QString::fromUtf8(consumed.value(0)).trimmed()};
    if (error)
        *error = QStringLiteral("unterminated quoted field (no closing quote within %1 lines)").arg(kMaxRecordLines);
    return true;
}

} // namespace prakerja
