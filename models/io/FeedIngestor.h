#pragma once
// The one ingest path for the registration feed (`prakerjactl ingest`, the simulator, the
// GUI's import): a parser thread validates, encrypts and blind-indexes lines while the calling
// thread writes them in batch transactions. Memory is bounded by the batch queue, whatever the
// input's size. Each batch commits whole; a cancelled run leaves whole batches only, and a
// replay of the same input changes nothing.

#include "domain/Error.h"

#include <QByteArray>
#include <atomic>
#include <functional>

class QIODevice;

namespace prakerja {

class Database;

struct IngestSummary
{
    qint64 lines = 0;
    qint64 accepted = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 rejectedLines = 0; // physical lines of the rejected records: what was not imported
    bool cancelled = false;
    qint64 importId = 0; // a reference-list import: its id, to take it back
    qint64 adopted = 0; // NIKs of an interrupted import of the same file that this one took over
};

class FeedIngestor
{
public:
    enum class Next { Line, Flush, End };
    // SQLite's automatic checkpoint threshold during ingest: 100,000 pages of 4 KiB. Measured at
    // 1M registrations: 48k/s with SQLite's 1000, 57k/s with this, no more with 300,000
    // (docs/architecture.md).
    static constexpr int kCheckpointPages = 100'000;
    static constexpr int kDefaultBatchSize = 50'000;
    // Produces the next line (without its newline) or says to flush or stop.
    using LineSource = std::function<Next(QByteArray& line)>;
    using RejectSink = std::function<void(qint64 line, const Error& reason)>;
    using ProgressSink = std::function<void(const IngestSummary& soFar)>;
    // Runs inside each batch's transaction, just before its commit, with the batch's own counts
    // and its line range: a failure rolls the batch back and ends the run. FeedService checks
    // there that the keys are still current and appends the batch's audit row, so that every
    // committed batch is audited whatever happens to the process afterwards.
    using BatchHook = std::function<Status(const IngestSummary& batch, qint64 firstLine, qint64 lastLine)>;

    explicit FeedIngestor(Database& db) : m_db(db) { }

    void setRejectSink(RejectSink sink) { m_rejects = std::move(sink); }
    void setProgressSink(ProgressSink sink) { m_progress = std::move(sink); }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    void setBatchHook(BatchHook hook) { m_batchHook = std::move(hook); }
    // Lines per transaction; while the writer is idle, a batch also closes after `maxLatencyMs`
    // so that a live feed's lines show up.
    void setBatchSize(int lines) { m_batchSize = lines; }
    void setMaxLatencyMs(int ms) { m_maxLatencyMs = ms; }

    Result<IngestSummary> ingest(const LineSource& source);
    // Lines of a device (newline and CR stripped), for ingest().
    static LineSource linesOf(QIODevice& device);

private:
    Database& m_db;
    RejectSink m_rejects;
    ProgressSink m_progress;
    BatchHook m_batchHook;
    const std::atomic<bool>* m_cancel = nullptr;
    int m_batchSize = kDefaultBatchSize;
    int m_maxLatencyMs = 250;
};

} // namespace prakerja
