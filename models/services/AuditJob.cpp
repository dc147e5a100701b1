#include "AuditJob.h"

#include <QFile>

namespace prakerja {

AuditJob::AuditJob(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent)
    : QObject(parent), m_session(session), m_host(paths, keys)
{
    qRegisterMetaType<AuditEntry>();
    qRegisterMetaType<QList<AuditEntry>>();
    qRegisterMetaType<AuditVerification>();
}

AuditJob::~AuditJob() = default;

void AuditJob::loadPage(const AuditFilter& filter, quint64 token)
{
    m_host.start<QList<AuditEntry>>(
        this,
        [session = m_session, filter](Database& db, JobProgress&) { return AuditService(db, session).list(filter); },
        [this, token](const Result<QList<AuditEntry>>& rows) {
            Q_EMIT pageLoaded(token, rows ? rows.value() : QList<AuditEntry>(),
                              rows ? QString() : rows.error().message());
        });
}

void AuditJob::exportCsv(const AuditFilter& filter, const QString& path)
{
    m_host.start<qint64>(
        this,
        [session = m_session, filter, path](Database& db, JobProgress&) -> Result<qint64> {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return makeError(QStringLiteral("export_failed"), file.errorString());
            const auto count = AuditService(db, session).exportCsv(filter, file);
            if (!count)
                file.remove();
            return count;
        },
        [this, path](const Result<qint64>& count) {
            Q_EMIT exported(count.ok(), count ? count.value() : 0, count ? path : count.error().message());
        });
}

void AuditJob::verify()
{
    if (m_verifying)
        return;
    m_verifying = true;
    m_verify = m_host.start<AuditVerification>(
        this,
        [this, session = m_session](Database& db, JobProgress& progress) {
            // Emitted on the worker, delivered queued: `this` outlives the work (m_host waits for it).
            auto report = [this](qint64 done, qint64 total) { Q_EMIT verifyProgress(done, total); };
            return AuditService(db, session).verify(report, progress.stopFlag());
        },
        [this](const Result<AuditVerification>& result) {
            m_verifying = false;
            Q_EMIT verified(result.ok(), result ? result.value() : AuditVerification{},
                            result ? QString() : result.error().message());
        });
}

} // namespace prakerja
