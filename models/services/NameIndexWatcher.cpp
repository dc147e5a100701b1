#include "NameIndexWatcher.h"

#include "JobRunner.h"
#include "store/NameIndex.h"

#include <QFutureWatcher>
#include <QTimer>

namespace prakerja {

NameIndexWatcher::NameIndexWatcher(const WorkspacePaths& paths, const KeyFile& keys, QObject* parent, int intervalMs)
    : QObject(parent), m_paths(paths), m_keys(keys)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &NameIndexWatcher::poke);
    m_timer->start();
    QTimer::singleShot(0, this, &NameIndexWatcher::poke);
}

NameIndexWatcher::~NameIndexWatcher()
{
    m_stop->store(true);
    m_run.waitForFinished();
}

void NameIndexWatcher::poke()
{
    if (m_running || m_stop->load())
        return;
    m_running = true;
    auto* watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcher<Result<qint64>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        const Result<qint64> r = watcher->result();
        Q_EMIT caughtUp(r ? r.value() : 0, r ? QString() : r.error().message());
    });
    m_run = runJob<qint64>(m_paths, m_keys, [stop = m_stop](Database& db, JobProgress&) -> Result<qint64> {
        return NameIndex(db).catchUp(db.keys(), NameIndex::kDefaultBatch,
                                     [stop](qint64, qint64) { return !stop->load(); });
    });
    watcher->setFuture(m_run);
}

} // namespace prakerja
