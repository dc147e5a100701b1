#pragma once
// Watches the database from its own thread and connection: polls PRAGMA data_version every
// 250 ms (cheap; it changes when another connection commits) and publishes the stage totals
// when they change. The GUI thread never waits on it; results arrive by signal.

#include "store/StageTotals.h"
#include "services/Workspace.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace prakerja {

class DatabaseWatcher : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(DatabaseWatcher)
public:
    explicit DatabaseWatcher(const WorkspacePaths& paths, const KeyFile& keys, QObject* parent = nullptr);
    ~DatabaseWatcher() override;

    // Asks for a read now (e.g. after the GUI's own write, which data_version does not report).
    void refresh();

Q_SIGNALS:
    void totalsChanged(const prakerja::StageTotals& totals);
    void reachableChanged(bool reachable, const QString& message);

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker = nullptr;
};

} // namespace prakerja
