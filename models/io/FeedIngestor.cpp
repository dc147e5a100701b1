#include "FeedIngestor.h"

#include "FeedParser.h"
#include "security/PiiCipher.h"
#include "store/Database.h"
#include "store/FeedWriter.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QScopeGuard>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace prakerja {

namespace {

struct Item
{
    qint64 line;
    Result<FeedRecord> record;
};
using Batch = std::vector<Item>;

// Hands batches from the parser thread to the writer; the capacity bounds memory.
class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity) : m_capacity(capacity) { }

    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_queue.size() < m_capacity || m_closed; });
        if (m_closed)
            return false;
        m_queue.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    // False once the producer finished and everything was taken.
    bool pop(Batch& out)
    {
        std::unique_lock lock(m_mutex);
        m_waiting = true;
        m_notEmpty.wait(lock, [&] { return !m_queue.empty() || m_finished || m_closed; });
        m_waiting = false;
        if (m_queue.empty())
            return false;
        out = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.notify_one();
        return true;
    }
    // The writer has written everything it was given and waits for more.
    bool consumerWaiting()
    {
        std::lock_guard lock(m_mutex);
        return m_waiting && m_queue.empty();
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }
    // The consumer gives up (error or cancel): release a blocked producer.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<Batch> m_queue;
    size_t m_capacity;
    bool m_finished = false;
    bool m_closed = false;
    bool m_waiting = false;
};

} // namespace

FeedIngestor::LineSource FeedIngestor::linesOf(QIODevice& device)
{
    return [&device](QByteArray& line) {
        if (device.atEnd())
            return Next::End;
        // At most kMaxLineBytes + 2 bytes are kept: a longer line is skipped to its end and
        // handed on cut (the parser refuses it as too long), so memory stays bounded.
        constexpr qint64 kKeep = FeedParser::kMaxLineBytes + 2;
        line = device.readLine(kKeep + 1);
        if (line.isEmpty() && device.atEnd())
            return Next::End;
        if (!line.endsWith('\n') && line.size() >= kKeep) {
            char skipped[4096];
            for (qint64 n; (n = device.readLine(skipped, sizeof skipped)) > 0;)
                if (skipped[n - 1] == '\n')
                    break;
            return Next::Line;
        }
        if (line.endsWith('\n'))
            line.chop(line.endsWith("\r\n") ? 2 : 1);
        return Next::Line;
    };
}

Result<IngestSummary> FeedIngestor::ingest(const LineSource& source)
{
    BatchQueue queue(2); // with the batch being parsed and the one being written: four batches at most
    const KeyFile keys = m_db.keys();
    const int batchSize = m_batchSize;
    const int maxLatency = m_maxLatencyMs;
    const std::atomic<bool>* cancel = m_cancel;
    std::atomic<qint64> linesRead{0};

    std::thread parser([&] {
        PiiCipher cipher(keys);
        FeedParser parse(cipher);
        Batch batch;
        batch.reserve(static_cast<size_t>(batchSize));
        QElapsedTimer sinceFlush;
        sinceFlush.start();
        QByteArray line;
        qint64 lineNumber = 0;
        for (;;) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                break;
            const Next next = source(line);
            if (next == Next::End)
                break;
            if (next == Next::Line) {
                ++lineNumber;
                if (!line.trimmed().isEmpty())
                    batch.push_back(Item{lineNumber, parse.parse(line, lineNumber)});
            }
            // A live feed's lines show up within maxLatency while the writer is idle. While it is
            // busy (a bulk load), batches fill up: every commit rewrites the index pages the batch
            // touched, so fewer, fuller batches write less.
            const bool full = static_cast<int>(batch.size()) >= batchSize;
            const bool late = sinceFlush.elapsed() >= maxLatency && queue.consumerWaiting();
            if (!batch.empty() && (full || next == Next::Flush || late)) {
                linesRead.store(lineNumber);
                if (!queue.push(std::move(batch)))
                    return;
                batch = Batch();
                batch.reserve(static_cast<size_t>(batchSize));
                sinceFlush.restart();
            }
        }
        linesRead.store(lineNumber);
        if (!batch.empty())
            queue.push(std::move(batch));
        queue.finish();
    });

    // Each batch dirties pages all over the blind-index B-trees. Checkpointing after every
    // batch (SQLite's default threshold) copies them into the file once per batch; letting the
    // WAL grow to about 400 MB first copies a page that several batches touched once.
    m_db.setAutoCheckpointPages(kCheckpointPages);
    const auto restoreCheckpoints
        = qScopeGuard([this] { m_db.setAutoCheckpointPages(Database::kDefaultCheckpointPages); });
    FeedWriter writer(m_db);
    IngestSummary summary;
    std::optional<Error> failure;
    Batch batch;
    std::vector<const FeedRecord*> records;
    std::vector<FeedWriter::Outcome> outcomes;
    std::vector<Error> errors;
    while (queue.pop(batch)) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            summary.cancelled = true;
            break;
        }
        if (const Status s = writer.begin(); !s) {
            failure = s.error();
            break;
        }
        IngestSummary delta;
        std::vector<std::pair<qint64, Error>> rejects;
        // The batch's valid records in one call: on PostgreSQL its runs of registrations go
        // through COPY (FeedWriter::applyAll), with the outcomes apply() gives one by one.
        records.clear();
        for (const Item& item : batch)
            if (item.record.ok())
                records.push_back(&item.record.value());
        writer.applyAll(records, outcomes, errors);
        size_t next = 0;
        for (const Item& item : batch) {
            if (failure)
                break;
            Error error;
            FeedWriter::Outcome outcome = FeedWriter::Outcome::Rejected;
            if (item.record.ok()) {
                outcome = outcomes[next];
                error = errors[next];
                ++next;
            } else {
                error = item.record.error();
            }
            switch (outcome) {
            case FeedWriter::Outcome::Accepted:
                ++delta.accepted;
                break;
            case FeedWriter::Outcome::Duplicate:
                ++delta.duplicates;
                break;
            case FeedWriter::Outcome::Rejected:
                ++delta.rejected;
                rejects.emplace_back(item.line, error);
                break;
            case FeedWriter::Outcome::Failed:
                failure = error;
                break;
            }
        }
        if (!failure && m_batchHook && !batch.empty())
            if (const Status s = m_batchHook(delta, batch.front().line, batch.back().line); !s)
                failure = s.error();
        if (failure) {
            writer.rollback(); // nothing of this batch stays
            break;
        }
        if (const Status s = writer.commit(); !s) {
            failure = s.error();
            break;
        }
        summary.accepted += delta.accepted;
        summary.duplicates += delta.duplicates;
        summary.rejected += delta.rejected;
        summary.rejectedLines += delta.rejected;
        summary.lines = batch.empty() ? summary.lines : batch.back().line;
        if (m_rejects)
            for (const auto& [line, error] : rejects)
                m_rejects(line, error);
        if (m_progress)
            m_progress(summary);
    }
    queue.close();
    parser.join();
    if (cancel && cancel->load())
        summary.cancelled = true;
    if (failure)
        return *failure;
    summary.lines = std::max(summary.lines, linesRead.load());
    return summary;
}

} // namespace prakerja
