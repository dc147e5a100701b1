#pragma once
// Runs a key rotation (KeyRotationService) on a worker with its own connection, reporting
// progress; Cancel stops after the current batch and a later run resumes.

#include "KeyRotationService.h"
#include "services/JobRunner.h"

#include <QObject>

namespace prakerja {

class KeyRotationJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(KeyRotationJob)
public:
    KeyRotationJob(const WorkspacePaths& paths, const Session& session, QObject* parent = nullptr);
    ~KeyRotationJob() override;

    void start(int batchSize = 5000);
    void cancel() { m_job.cancel(); }
    bool isRunning() const { return m_host.busy(); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, bool completed, const QString& message);

private:
    WorkspacePaths m_paths;
    Session m_session;
    JobHandle m_job;
    JobHost m_host;
};

} // namespace prakerja
