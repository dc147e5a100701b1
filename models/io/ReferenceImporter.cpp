#include "ReferenceImporter.h"

#include "CsvReader.h"
#include "domain/FeedReject.h"
#include "domain/Nik.h"
#include "domain/Timestamp.h"
#include "security/PiiCipher.h"
#include "store/Database.h"
#include "store/DrawInputs.h"

namespace prakerja {

Result<IngestSummary> ReferenceImporter::import(QIODevice& device)
{
    PiiCipher cipher(m_db.keys());
    CsvReader reader(device);
    IngestSummary summary;
    QStringList fields;
    int nikColumn = 0;
    bool first = true;
    const qint64 now = Timestamp::nowMs();
    const CivilDate today = Timestamp::dateWib(now); // one instant for the whole import
    constexpr int kBatch = 50'000;
    int inBatch = 0;
    auto reject = [&](qint64 line, const Error& e) {
        ++summary.rejected;
        summary.rejectedLines += reader.recordLineCount();
        if (m_rejects)
            m_rejects(line, e);
    };
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    QSqlQuery insert(m_db.sql());
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO reference_lists (list, nik_bi, nik_ct, key_id, added_at,"
                                  " import_id) VALUES (?, ?, ?, ?, ?, ?)"));
    // The applicant's selection inputs carry its lists (store/DrawInputs.h).
    QSqlQuery mark(m_db.sql());
    mark.prepare(QStringLiteral("UPDATE applicant_draw SET inputs = inputs | ?"
                                " WHERE applicant_id = (SELECT id FROM applicants WHERE nik_bi = ?)"));
    // Each commit runs the batch hook first (keys still current, the batch's audit row).
    IngestSummary committed;
    qint64 batchFirstLine = 1;
    auto commitBatch = [&]() -> Status {
        const qint64 last = std::max(reader.physicalLines(), batchFirstLine);
        if (m_batchHook) {
            IngestSummary delta;
            delta.accepted = summary.accepted - committed.accepted;
            delta.duplicates = summary.duplicates - committed.duplicates;
            delta.rejected = summary.rejected - committed.rejected;
            if (const Status s = m_batchHook(delta, batchFirstLine, last); !s) {
                m_db.rollback();
                return s;
            }
        }
        if (const Status s = m_db.commit(); !s)
            return s;
        committed = summary;
        batchFirstLine = last + 1;
        return Status::success();
    };
    QString csvError;
    while (reader.next(fields, &csvError)) {
        const qint64 line = reader.recordLine();
        summary.lines = line;
        if (first) {
            first = false;
            const qsizetype column = fields.indexOf(QStringLiteral("nik"), 0);
            if (column >= 0) {
                nikColumn = static_cast<int>(column);
                continue; // header row
            }
        }
        if (!csvError.isEmpty()) {
            reject(line, feedReject(QStringLiteral("malformed_csv"), csvError));
            csvError.clear();
            continue;
        }
        if (fields.size() == 1 && fields[0].trimmed().isEmpty())
            continue;
        if (nikColumn >= fields.size()) {
            reject(line, feedReject(QStringLiteral("missing_field"), QStringLiteral("nik")));
            continue;
        }
        const QString nik = fields[nikColumn].trimmed();
        if (const Nik::Failure f = Nik::check(nik, today); f != Nik::Failure::None) {
            reject(line, Nik::errorFor(f));
            continue;
        }
        const QByteArray bytes = PiiCipher::normaliseDigits(nik);
        const QByteArray bi = cipher.blindIndex(PiiField::Nik, bytes);
        insert.addBindValue(static_cast<int>(m_list));
        insert.addBindValue(bi);
        insert.addBindValue(cipher.encrypt(PiiField::Nik, bytes, bi));
        insert.addBindValue(cipher.activeKeyId());
        insert.addBindValue(now);
        insert.addBindValue(m_importId > 0 ? QVariant(m_importId) : QVariant());
        if (!insert.exec()) {
            const Error e = sqlError(insert);
            m_db.rollback();
            return e;
        }
        if (insert.numRowsAffected() == 1) {
            ++summary.accepted;
            mark.addBindValue(DrawInputs::listBit(static_cast<int>(m_list)));
            mark.addBindValue(bi);
            if (!mark.exec()) {
                const Error e = sqlError(mark);
                m_db.rollback();
                return e;
            }
        } else {
            ++summary.duplicates;
        }
        if (++inBatch == kBatch) {
            inBatch = 0;
            if (const Status s = commitBatch(); !s)
                return s.error();
            if (const Status s = m_db.beginImmediate(); !s)
                return s.error();
        }
    }
    summary.lines = std::max(summary.lines, reader.physicalLines());
    if (const Status s = commitBatch(); !s)
        return s.error();
    summary.importId = m_importId;
    return summary;
}

} // namespace prakerja
