#pragma once
// Use cases that bring applicants in: the registration feed, registry NIK lists and the
// launch-day simulator. All of them go through FeedIngestor or ReferenceImporter.

#include "domain/Session.h"
#include "domain/Stage.h"
#include "io/FeedIngestor.h"
#include "io/PostSelectionSimulator.h"
#include "io/RegistrationSimulator.h"
#include "store/ReferenceImportStore.h"

#include <memory>

namespace prakerja {

class Workspace;

class FeedService
{
public:
    struct Sinks
    {
        FeedIngestor::RejectSink rejects;
        FeedIngestor::ProgressSink progress;
        const std::atomic<bool>* cancel = nullptr;
        std::atomic<qint64>* bytesRead = nullptr; // for a progress bar over a file
        int batchSize = 0; // lines per transaction; 0 = FeedIngestor's default (tests pass a few)
    };

    FeedService(Database& db, const Session& session) : m_db(db), m_session(session) { }

    Result<IngestSummary> ingest(QIODevice& feed, const Sinks& sinks);
    // Records the import (reference_imports) so that it can be taken back; the summary carries its id.
    // An interrupted import of the same file name (killed, or stopped by an error, after some
    // batches) is taken over first: its NIKs move to this import (audited), so removing this
    // import takes back all the file brought.
    Result<IngestSummary> importReference(ReferenceList list, QIODevice& file, const Sinks& sinks);
    // Takes an import back: the NIKs it added leave the list and the applicants' draw inputs, as
    // if it had never run; audited. The summary's `accepted` counts the NIKs removed.
    Result<IngestSummary> removeReferenceImport(qint64 importId);
    Result<QList<ReferenceImport>> referenceImports();
    // Runs the simulator through the ingest path.
    Result<IngestSummary> simulate(const SimulatorOptions& options, const Sinks& sinks);
    // Continues past selection (docs/feed.md): purchases, completions, incentives and surveys
    // for the active participants of `wave` (0 = every announced wave), drawn from the published
    // catalogue, through the ingest path. `options.seed` and `options.endMs` are the caller's;
    // the entitlements are each wave's.
    Result<IngestSummary> simulateAfterSelection(int wave, PostSelectionOptions options, const Sinks& sinks);
    // The console's demo past selection (a demo database): wave 1 announced now (DemoService),
    // then its participants' purchases, completions, incentives and surveys at `options.speed`.
    Result<IngestSummary> simulateDemoPastSelection(PostSelectionOptions options, const Sinks& sinks);
    // The lines simulateAfterSelection would ingest, for `simulate --after-selection --emit`.
    Result<std::shared_ptr<PostSelectionSimulator>> afterSelectionFeed(int wave, PostSelectionOptions options);

private:
    Result<qint64> adoptInterrupted(ReferenceList list, const QString& fileName, qint64 importId);
    Result<IngestSummary> run(const FeedIngestor::LineSource& source, const Sinks& sinks, const QString& action);

    Database& m_db;
    Session m_session;
};

} // namespace prakerja
