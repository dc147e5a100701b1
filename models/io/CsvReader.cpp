#include "CsvReader.h"

namespace prakerja {

bool CsvReader::next(QStringList& fields, QString* error)
{
    fields.clear();
    if (m_device.atEnd())
        return false;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    m_recordLine = m_line + 1;
    while (!m_device.atEnd()) {
        QString line = QString::fromUtf8(m_device.readLine());
        ++m_line;
        if (m_line == 1 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1); // byte-order mark
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
            return true;
        }
    }
    fields << field;
    if (error)
        *error = QStringLiteral("unterminated quoted field");
    return true;
}

} // namespace prakerja
