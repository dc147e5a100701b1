#include "CsvReader.h"

namespace prakerja {

bool CsvReader::readRaw(QByteArray& raw)
{
    if (!m_pending.isEmpty()) {
        raw = m_pending.takeFirst();
        return true;
    }
    if (m_device.atEnd())
        return false;
    raw = m_device.readLine();
    return true;
}

bool CsvReader::next(QStringList& fields, QString* error)
{
    fields.clear();
    if (m_pending.isEmpty() && m_device.atEnd())
        return false;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    m_recordLine = m_line + 1;
    QList<QByteArray> consumed; // this record's physical lines, while a quote is open
    QByteArray raw;
    while (readRaw(raw)) {
        ++m_line;
        QString line = QString::fromUtf8(raw);
        if (m_line == 1 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1); // byte-order mark
        consumed << raw;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 < line.size() && line[i + 1] == u'"') {
                        field += u'"';
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
            } else if (c == u'"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == m_separator) {
                fields << field;
                field.clear();
                fieldStarted = false;
            } else if (c == u'\r' || c == u'\n') {
                // end of record (handled after the loop)
            } else {
                field += c;
                fieldStarted = true;
            }
        }
        if (!quoted) {
            fields << field;
            m_recordLines = static_cast<int>(m_line - m_recordLine + 1);
            return true;
        }
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
