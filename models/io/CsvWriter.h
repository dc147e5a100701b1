#pragma once
// RFC 4180 writer. Cells that a spreadsheet would run as a formula (starting with = + - @,
// tab or carriage return; +62… phone numbers among them) are prefixed with a quote mark.

#include <QIODevice>
#include <QStringList>

namespace prakerja {

class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& device) : m_device(device) { }

    void writeRow(const QStringList& cells);
    static QString escape(const QString& cell);
    static QString neutralise(const QString& cell);

private:
    QIODevice& m_device;
};

} // namespace prakerja
