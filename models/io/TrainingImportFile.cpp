#include "TrainingImportFile.h"

#include "CsvReader.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>

namespace prakerja {

namespace {

FieldProblem problem(const QString& field, const char* code, const QString& text)
{
    return {field, makeError(QString::fromLatin1(code), QStringLiteral("%1: %2").arg(field, text))};
}

// Export-only columns that an import accepts and ignores (a round trip reports nothing).
bool isIgnoredColumn(const QString& name)
{
    return name == u"status";
}

// A row's cells by field, in TrainingRules::fieldNames()' order (empty when absent): an array,
// not a hash of names, since a large import reads hundreds of thousands of rows.
enum Field { Platform, Code, Title, Category, Level, Mode, Price, DurationHours, Description, Url, HealthClearance };
constexpr int kFieldCount = 11;
using Cells = std::array<QString, kFieldCount>;

int fieldIndex(const QString& name)
{
    return static_cast<int>(TrainingRules::fieldNames().indexOf(name));
}

TrainingImportRow rowFrom(qint64 line, const Cells& cells)
{
    TrainingImportRow row;
    row.line = line;
    Training& t = row.training;
    auto cell = [&cells](Field field) { return cells[field].trimmed(); };
    t.platform = cell(Platform).toUpper();
    t.code = cell(Code);
    t.title = cell(Title);
    t.category = cell(Category).toLower();
    t.description = cell(Description);
    t.url = cell(Url);
    const QString level = cell(Level);
    if (level.isEmpty())
        row.problems << problem(QStringLiteral("level"), "missing_level", Error::tr("tingkat wajib diisi"));
    else if (const auto l = TrainingRules::levelFromText(level))
        t.level = *l;
    else
        row.problems << problem(QStringLiteral("level"), "bad_level",
                                Error::tr("'%1' bukan Pemula, Menengah atau Mahir").arg(level));
    const QString mode = cell(Mode);
    if (mode.isEmpty())
        t.mode = TrainingMode::Online;
    else if (const auto m = TrainingRules::modeFromText(mode))
        t.mode = *m;
    else
        row.problems << problem(QStringLiteral("mode"), "bad_mode",
                                Error::tr("'%1' bukan online atau offline").arg(mode));
    const QString price = cell(Price);
    if (const auto p = TrainingRules::parsePrice(price))
        t.price = *p;
    else
        row.problems << problem(QStringLiteral("price"), price.isEmpty() ? "missing_price" : "bad_price",
                                price.isEmpty()
                                    ? Error::tr("harga wajib diisi")
                                    : Error::tr("'%1' bukan rupiah utuh (1000000 atau 1.000.000)").arg(price));
    const QString hours = cell(DurationHours);
    bool ok = false;
    const int h = hours.toInt(&ok);
    if (ok)
        t.durationHours = h;
    else
        row.problems << problem(QStringLiteral("duration_hours"), "bad_duration",
                                Error::tr("'%1' bukan jumlah jam").arg(hours));
    const QString clearance = cell(HealthClearance);
    if (const auto c = TrainingRules::parseFlag(clearance))
        t.healthClearance = *c;
    else
        row.problems << problem(QStringLiteral("health_clearance"), "bad_flag",
                                Error::tr("'%1' bukan true atau false").arg(clearance));
    t.status = TrainingStatus::Submitted;
    return row;
}

TrainingImportFile readCsv(QIODevice& device)
{
    TrainingImportFile file;
    CsvReader reader(device);
    QStringList header;
    QString error;
    if (!reader.next(header, &error) || !error.isEmpty()) {
        file.error = makeError(QStringLiteral("no_header"), Error::tr("Baris judul kolom tidak ada"));
        return file;
    }
    // Per field, the header's column (-1: absent).
    std::array<int, kFieldCount> columns;
    columns.fill(-1);
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed().toLower();
        if (const int field = fieldIndex(name); field >= 0)
            columns[static_cast<size_t>(field)] = i;
        else if (!isIgnoredColumn(name))
            file.unknownColumns << header[i].trimmed();
    }
    for (const QString& required : TrainingImportFile::requiredColumns())
        if (columns[static_cast<size_t>(fieldIndex(required))] < 0) {
            file.error = makeError(QStringLiteral("missing_column"),
                                   Error::tr("Kolom %1 tidak ada di baris judul").arg(required));
            return file;
        }
    QStringList fields;
    while (reader.next(fields, &error)) {
        if (fields.size() == 1 && fields[0].trimmed().isEmpty())
            continue; // a blank line
        Cells cells;
        for (size_t field = 0; field < columns.size(); ++field)
            if (columns[field] >= 0 && columns[field] < fields.size())
                cells[field] = TrainingImportFile::unneutralise(fields[columns[field]]);
        TrainingImportRow row = rowFrom(reader.recordLine(), cells);
        if (!error.isEmpty()) {
            row.problems << problem(QStringLiteral("line"), "unterminated_quote",
                                    Error::tr("tanda kutip tidak ditutup"));
            error.clear();
        } else if (fields.size() != header.size()) {
            row.problems << problem(QStringLiteral("line"), "field_count",
                                    Error::tr("%1 kolom, judul punya %2").arg(fields.size()).arg(header.size()));
        }
        file.rows << row;
    }
    return file;
}

TrainingImportFile readJson(QIODevice& device)
{
    TrainingImportFile file;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(device.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        file.error = makeError(QStringLiteral("bad_json"),
                               Error::tr("Bukan larik JSON berisi objek: %1").arg(parseError.errorString()));
        return file;
    }
    const QJsonArray array = doc.array();
    QStringList unknown;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array[i].toObject();
        Cells cells;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key().toLower();
            const int field = fieldIndex(key);
            if (field < 0) {
                if (!isIgnoredColumn(key) && !unknown.contains(it.key()))
                    unknown << it.key();
                continue;
            }
            const QJsonValue v = it.value();
            QString text;
            if (v.isString())
                text = v.toString();
            else if (v.isDouble())
                text = QString::number(v.toDouble(), 'f', 0);
            else if (v.isBool())
                text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            cells[static_cast<size_t>(field)] = text;
        }
        TrainingImportRow row = rowFrom(i + 1, cells);
        if (!array[i].isObject())
            row.problems << problem(QStringLiteral("line"), "not_an_object", Error::tr("bukan objek JSON"));
        file.rows << row;
    }
    file.unknownColumns = unknown;
    return file;
}

} // namespace

const QStringList& TrainingImportFile::requiredColumns()
{
    static const QStringList columns
        = {QStringLiteral("platform"),      QStringLiteral("code"),  QStringLiteral("title"),
           QStringLiteral("category"),      QStringLiteral("level"), QStringLiteral("price"),
           QStringLiteral("duration_hours")};
    return columns;
}

QString TrainingImportFile::unneutralise(const QString& cell)
{
    if (cell.size() >= 2 && cell[0] == u'\'') {
        const QChar c = cell[1];
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return cell.mid(1);
    }
    return cell;
}

TrainingImportFile::Format TrainingImportFile::formatFor(const QString& path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

TrainingImportFile TrainingImportFile::read(QIODevice& device, Format format)
{
    return format == Format::Json ? readJson(device) : readCsv(device);
}

TrainingImportFile TrainingImportFile::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        TrainingImportFile file;
        file.error = makeError(QStringLiteral("input"), Error::tr("Berkas tidak dapat dibuka: %1").arg(path));
        return file;
    }
    return read(f, formatFor(path));
}

} // namespace prakerja
