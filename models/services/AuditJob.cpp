#include "AuditJob.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace prakerja {

AuditJob::AuditJob(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent)
    : QObject(parent), m_paths(paths), m_keys(keys), m_session(session)
{
    qRegisterMetaType<AuditEntry>();
    qRegisterMetaType<QList<AuditEntry>>();
    qRegisterMetaType<AuditVerification>();
}

AuditJob::~AuditJob()
{
    m_cancel.store(true);
    for (QFuture<void>& f : m_pending)
        f.waitForFinished();
    m_verify.waitForFinished();
}

template <typename F> QFuture<void> AuditJob::run(F&& work)
{
    // Forget finished futures so that the list stays short.
    m_pending.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    QFuture<void> future = QtConcurrent::run([this, work = std::forward<F>(work)] {
        auto db = Database::open(m_paths.database, m_keys, Database::OpenMode::MustExist);
        if (!db) {
            work(nullptr, db.error());
            return;
        }
        AuditService audit(*db.value(), m_session);
        work(&audit, Error{});
    });
    m_pending << future;
    return future;
}

void AuditJob::loadPage(const AuditFilter& filter, quint64 token)
{
    run([this, filter, token](AuditService* audit, const Error& openError) {
        if (!audit) {
            Q_EMIT pageLoaded(token, {}, openError.message());
            return;
        }
        const auto rows = audit->list(filter);
        Q_EMIT pageLoaded(token, rows ? rows.value() : QList<AuditEntry>(), rows ? QString() : rows.error().message());
    });
}

void AuditJob::exportCsv(const AuditFilter& filter, const QString& path)
{
    run([this, filter, path](AuditService* audit, const Error& openError) {
        if (!audit) {
            Q_EMIT exported(false, 0, openError.message());
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            Q_EMIT exported(false, 0, file.errorString());
            return;
        }
        const auto count = audit->exportCsv(filter, file);
        if (!count) {
            file.remove();
            Q_EMIT exported(false, 0, count.error().message());
            return;
        }
        Q_EMIT exported(true, count.value(), path);
    });
}

void AuditJob::verify()
{
    if (isVerifying())
        return;
    m_cancel.store(false);
    m_verify = run([this](AuditService* audit, const Error& openError) {
        if (!audit) {
            Q_EMIT verified(false, {}, openError.message());
            return;
        }
        const auto result
            = audit->verify([this](qint64 done, qint64 total) { Q_EMIT verifyProgress(done, total); }, &m_cancel);
        Q_EMIT verified(result.ok(), result ? result.value() : AuditVerification{},
                        result ? QString() : result.error().message());
    });
}

} // namespace prakerja
