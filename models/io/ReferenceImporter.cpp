#include "ReferenceImporter.h"

#include "CsvReader.h"
#include "domain/FeedReject.h"
#include "domain/Nik.h"
#include "domain/Timestamp.h"
#include "security/PiiCipher.h"
#include "store/Database.h"
#include "store/ReferenceListStore.h"

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
    ReferenceListStore::Adder adder(m_db, static_cast<int>(m_list), m_importId);
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
        const Result<bool> added = adder.add(bi, cipher.encrypt(PiiField::Nik, bytes, bi), cipher.activeKeyId(), now);
        if (!added) {
            m_db.rollback();
            return added.error();
        }
        if (added.value())
            ++summary.accepted;
        else
            ++summary.duplicates;
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
