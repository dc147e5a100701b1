#include "NameIndexWatcher.h"

#include "store/NameIndex.h"

#include <QTimer>

namespace prakerja {

NameIndexWatcher::NameIndexWatcher(const WorkspacePaths& paths, const KeyFile& keys, QObject* parent, int intervalMs)
    : QObject(parent), m_host(paths, keys)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &NameIndexWatcher::poke);
    m_timer->start();
    QTimer::singleShot(0, this, &NameIndexWatcher::poke);
}

NameIndexWatcher::~NameIndexWatcher() = default;

void NameIndexWatcher::poke()
{
    if (m_running)
        return;
    m_running = true;
    m_host.start<qint64>(
        this,
        [](Database& db, JobProgress& job) {
            return NameIndex(db).catchUp(db.keys(), NameIndex::kDefaultBatch,
                                         [&job](qint64, qint64) { return !job.cancelled(); });
        },
        [this](const Result<qint64>& r) {
            m_running = false;
            Q_EMIT caughtUp(r ? r.value() : 0, r ? QString() : r.error().message());
        });
}

} // namespace prakerja
