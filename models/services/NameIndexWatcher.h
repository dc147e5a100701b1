#pragma once
// Keeps the name-token index caught up for as long as the console runs, whichever page is
// shown and whichever role is signed in: every few seconds (and at once when asked) it runs
// NameIndex::catchUp off the GUI thread with a connection of its own (services/JobRunner.h),
// one run at a time. A run stops between batches when the watcher is destroyed (what was
// committed stays; the next run goes on from the cursor). This is system upkeep: it needs no
// permission and shows no personal data.

#include "services/JobRunner.h"

#include <QObject>

class QTimer;

namespace prakerja {

class NameIndexWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(NameIndexWatcher)
public:
    static constexpr int kIntervalMs = 5000;

    NameIndexWatcher(const WorkspacePaths& paths, const KeyFile& keys, QObject* parent = nullptr,
                     int intervalMs = kIntervalMs);
    ~NameIndexWatcher() override;

    // Starts a run now unless one is running.
    void poke();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // After each run: applicants indexed by it, and the error if it failed.
    void caughtUp(qint64 indexed, const QString& error);

private:
    QTimer* m_timer = nullptr;
    bool m_running = false;
    JobHost m_host; // stops the run and waits for it when the watcher goes
};

} // namespace prakerja
