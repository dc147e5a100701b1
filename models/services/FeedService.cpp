#include "FeedService.h"

#include "DemoService.h"
#include "KeyRotationService.h"
#include "domain/Timestamp.h"
#include "io/ReferenceImporter.h"
#include "security/PiiCipher.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/MoneyStore.h"
#include "store/ParticipantStore.h"

#include <QFile>
#include <QFileInfo>

namespace prakerja {

namespace {
// One audit row per committed batch, in the batch's own transaction (rows are audited as a
// batch, not one by one: a launch day is millions of lines), after checking that no key
// rotation began or ended since the run loaded its keys.
FeedIngestor::BatchHook auditedBatches(Database& db, const Session& session, const QString& action,
                                       const QString& target)
{
    const int keyId = db.keys().activeId();
    return [&db, session, action, target, keyId](const IngestSummary& b, qint64 first, qint64 last) -> Status {
        if (const Status s = KeyRotationService::checkWriterKeys(db, keyId); !s)
            return s;
        return AuditLog(db).append(session, action, target,
                                   QStringLiteral("lines %1-%2: accepted=%3 duplicates=%4 rejected=%5")
                                       .arg(first)
                                       .arg(last)
                                       .arg(b.accepted)
                                       .arg(b.duplicates)
                                       .arg(b.rejected));
    };
}
} // namespace

Result<IngestSummary> FeedService::run(const FeedIngestor::LineSource& source, const Sinks& sinks,
                                       const QString& action)
{
    if (const Status s = m_session.require(Permission::IngestFeed); !s)
        return s.error();
    if (const Status s = KeyRotationService::refuseDuringRotation(m_db); !s)
        return s.error();
    FeedIngestor ingestor(m_db);
    ingestor.setRejectSink(sinks.rejects);
    ingestor.setProgressSink(sinks.progress);
    ingestor.setCancelFlag(sinks.cancel);
    if (sinks.batchSize > 0)
        ingestor.setBatchSize(sinks.batchSize);
    ingestor.setBatchHook(auditedBatches(m_db, m_session, action, QStringLiteral("feed")));
    return ingestor.ingest(source);
}

Result<IngestSummary> FeedService::ingest(QIODevice& feed, const Sinks& sinks)
{
    FeedIngestor::LineSource lines = FeedIngestor::linesOf(feed);
    if (sinks.bytesRead)
        lines = [lines, counter = sinks.bytesRead](QByteArray& line) {
            const FeedIngestor::Next next = lines(line);
            counter->fetch_add(line.size() + 1, std::memory_order_relaxed);
            return next;
        };
    return run(lines, sinks, QStringLiteral("feed.ingest"));
}

Result<IngestSummary> FeedService::importReference(ReferenceList list, QIODevice& file, const Sinks& sinks)
{
    if (const Status s = m_session.require(Permission::ImportReference); !s)
        return s.error();
    if (const Status s = KeyRotationService::refuseDuringRotation(m_db); !s)
        return s.error();
    const auto* named = qobject_cast<const QFile*>(&file);
    const QString fileName = named ? QFileInfo(named->fileName()).fileName() : QStringLiteral("-");
    ReferenceImportStore imports(m_db);
    auto importId = imports.begin(list, Timestamp::nowMs(), m_session.operatorName(), fileName);
    if (!importId)
        return importId.error();
    // A killed (or failed) import of this file left committed batches under its own id: this
    // run takes them over, so that its removal takes back every NIK the file brought.
    auto adopted = adoptInterrupted(list, fileName, importId.value());
    if (!adopted)
        return adopted.error();
    ReferenceImporter importer(m_db, list);
    importer.setRejectSink(sinks.rejects);
    importer.setImportId(importId.value());
    // Each committed batch leaves its audit row (in its transaction), naming the import.
    importer.setBatchHook(auditedBatches(m_db, m_session, QStringLiteral("reference.import"),
                                         QStringLiteral("reference:%1 import:%2 file:%3")
                                             .arg(referenceListName(list))
                                             .arg(importId.value())
                                             .arg(fileName)));
    const Result<IngestSummary> result = importer.import(file);
    if (!result)
        return result;
    if (const Status s = imports.finish(importId.value(), result->accepted + adopted.value()); !s)
        return s.error();
    IngestSummary summary = result.value();
    summary.adopted = adopted.value();
    return summary;
}

Result<qint64> FeedService::adoptInterrupted(ReferenceList list, const QString& fileName, qint64 importId)
{
    if (fileName == u"-")
        return qint64(0); // standard input: nothing says two runs read the same list
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    ReferenceImportStore imports(m_db);
    qint64 adopted = 0;
    Status s = Status::success();
    auto interrupted = imports.interrupted(list, fileName, importId);
    if (!interrupted)
        s = interrupted.error();
    for (qsizetype i = 0; s && i < interrupted->size(); ++i) {
        const qint64 old = interrupted->at(i);
        const auto moved = imports.mergeInto(old, importId);
        if (!moved) {
            s = moved.error();
            break;
        }
        adopted += moved.value();
        s = AuditLog(m_db).append(m_session, QStringLiteral("reference.adopt_import"),
                                  QStringLiteral("reference:%1 import:%2 file:%3 interrupted:%4")
                                      .arg(referenceListName(list))
                                      .arg(importId)
                                      .arg(fileName)
                                      .arg(old),
                                  QStringLiteral("adopted=%1").arg(moved.value()));
    }
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    return adopted;
}

Result<IngestSummary> FeedService::removeReferenceImport(qint64 importId)
{
    if (const Status s = m_session.require(Permission::ImportReference); !s)
        return s.error();
    if (const Status s = KeyRotationService::refuseDuringRotation(m_db); !s)
        return s.error();
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    ReferenceImportStore imports(m_db);
    auto import = imports.get(importId);
    Result<qint64> removed = import ? imports.remove(importId, Timestamp::nowMs()) : Result<qint64>(import.error());
    Status s = removed ? Status::success() : Status(removed.error());
    if (s)
        s = AuditLog(m_db).append(m_session, QStringLiteral("reference.remove_import"),
                                  QStringLiteral("reference:%1 import:%2 file:%3")
                                      .arg(referenceListName(import->list))
                                      .arg(importId)
                                      .arg(import->file),
                                  QStringLiteral("removed=%1").arg(removed.value()));
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    IngestSummary summary;
    summary.accepted = removed.value();
    summary.importId = importId;
    return summary;
}

Result<QList<ReferenceImport>> FeedService::referenceImports()
{
    if (const Status s = m_session.require(Permission::ImportReference); !s)
        return s.error();
    return ReferenceImportStore(m_db).list();
}

Result<IngestSummary> FeedService::simulate(const SimulatorOptions& options, const Sinks& sinks)
{
    RegistrationSimulator simulator(options);
    return run([&simulator](QByteArray& line) { return simulator.next(line); }, sinks, QStringLiteral("feed.simulate"));
}

Result<std::shared_ptr<PostSelectionSimulator>> FeedService::afterSelectionFeed(int wave, PostSelectionOptions options)
{
    if (const Status s = m_session.require(Permission::IngestFeed); !s)
        return s.error();
    auto rows = ParticipantStore(m_db).activeForSimulation(wave);
    if (!rows)
        return rows.error();
    auto catalogue = MoneyStore(m_db).publishedCatalogue();
    if (!catalogue)
        return catalogue.error();
    PiiCipher cipher(m_db.keys());
    std::vector<SimulatedParticipant> participants;
    participants.reserve(static_cast<size_t>(rows->size()));
    for (const ParticipantSeed& p : std::as_const(rows.value())) {
        Result<QByteArray> nik = cipher.decrypt(PiiField::Nik, p.nikCt, p.nikBi);
        if (!nik)
            return nik.error();
        participants.push_back({QString::fromLatin1(nik.value()), p.announcedAt});
        if (p.trainingCredit > 0)
            options.trainingCredit = p.trainingCredit;
        if (p.monthlyIncentive > 0)
            options.monthlyIncentive = p.monthlyIncentive;
    }
    std::vector<SimulatedTraining> trainings;
    for (const PricedTraining& t : std::as_const(catalogue.value()))
        trainings.push_back({t.platform, t.code, t.price});
    return std::make_shared<PostSelectionSimulator>(participants, trainings, options);
}

Result<IngestSummary> FeedService::simulateDemoPastSelection(PostSelectionOptions options, const Sinks& sinks)
{
    if (const Status s = m_session.require(Permission::IngestFeed); !s)
        return s.error();
    auto wave = DemoService(m_db).announceWave(m_session, sinks.cancel);
    if (!wave)
        return wave.error();
    return simulateAfterSelection(wave.value(), options, sinks);
}

Result<IngestSummary> FeedService::simulateAfterSelection(int wave, PostSelectionOptions options, const Sinks& sinks)
{
    auto feed = afterSelectionFeed(wave, options);
    if (!feed)
        return feed.error();
    std::shared_ptr<PostSelectionSimulator> simulator = feed.value();
    return run([simulator](QByteArray& line) { return simulator->next(line); }, sinks, QStringLiteral("feed.simulate"));
}

} // namespace prakerja
