#include "FeedService.h"

#include "KeyRotationService.h"
#include "domain/Timestamp.h"
#include "io/ReferenceImporter.h"
#include "security/AuditLog.h"
#include "store/Database.h"

#include <QFile>
#include <QFileInfo>

namespace prakerja {

namespace {
// One summary row per run, written right after the last batch's commit (rows are audited as a
// run, not one by one: a launch day is millions of lines).
Result<IngestSummary> audited(Database& db, const Session& session, const QString& action, const QString& target,
                              Result<IngestSummary> result)
{
    if (!result)
        return result;
    const IngestSummary& s = result.value();
    const Status logged = AuditLog(db).append(session, action, target,
                                              QStringLiteral("accepted=%1 duplicates=%2 rejected=%3%4")
                                                  .arg(s.accepted)
                                                  .arg(s.duplicates)
                                                  .arg(s.rejected)
                                                  .arg(s.cancelled ? QStringLiteral(" cancelled") : QString()));
    if (!logged)
        return logged.error();
    return result;
}
} // namespace

Result<IngestSummary> FeedService::run(const FeedIngestor::LineSource& source, const Sinks& sinks)
{
    if (const Status s = m_session.require(Permission::IngestFeed); !s)
        return s.error();
    if (const Status s = KeyRotationService::refuseDuringRotation(m_db); !s)
        return s.error();
    FeedIngestor ingestor(m_db);
    ingestor.setRejectSink(sinks.rejects);
    ingestor.setProgressSink(sinks.progress);
    ingestor.setCancelFlag(sinks.cancel);
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
    return audited(m_db, m_session, QStringLiteral("feed.ingest"), QStringLiteral("feed"), run(lines, sinks));
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
    ReferenceImporter importer(m_db, list);
    importer.setRejectSink(sinks.rejects);
    importer.setImportId(importId.value());
    Result<IngestSummary> result = importer.import(file);
    if (result)
        if (const Status s = imports.finish(importId.value(), result->accepted); !s)
            return s.error();
    return audited(m_db, m_session, QStringLiteral("reference.import"),
                   QStringLiteral("reference:%1 import:%2 file:%3")
                       .arg(referenceListName(list))
                       .arg(importId.value())
                       .arg(fileName),
                   std::move(result));
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
    return audited(m_db, m_session, QStringLiteral("feed.simulate"), QStringLiteral("feed"),
                   run([&simulator](QByteArray& line) { return simulator.next(line); }, sinks));
}

} // namespace prakerja
