#include "CsvWriter.h"

namespace prakerja {

QString CsvWriter::neutralise(const QString& cell)
{
    if (!cell.isEmpty()) {
        const QChar c = cell.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return u'\'' + cell;
    }
    return cell;
}

QString CsvWriter::escape(const QString& raw)
{
    const QString cell = neutralise(raw);
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        QString quoted = cell;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + quoted + u'"';
    }
    return cell;
}

void CsvWriter::writeRow(const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += u',';
        line += escape(cells[i]);
    }
    line += QStringLiteral("\r\n");
    m_device.write(line.toUtf8());
}

} // namespace prakerja
