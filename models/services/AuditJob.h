#pragma once
// Runs AuditService use cases off the GUI thread, each on its own database connection: loading a
// page of rows, exporting CSV, and verifying the chain with progress and Cancel. Results come
// back by signal; a page request carries a token so that a stale page can be recognised.

#include "AuditService.h"
#include "services/JobRunner.h"

#include <QObject>

namespace prakerja {

class AuditJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(AuditJob)
public:
    AuditJob(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent = nullptr);
    ~AuditJob() override;

    void loadPage(const AuditFilter& filter, quint64 token);
    void exportCsv(const AuditFilter& filter, const QString& path);
    void verify();
    void cancelVerify() { m_verify.cancel(); }
    bool isVerifying() const { return m_verifying; }

Q_SIGNALS:
    void pageLoaded(quint64 token, const QList<prakerja::AuditEntry>& rows, const QString& error);
    void exported(bool ok, qint64 rows, const QString& message);
    void verifyProgress(qint64 done, qint64 total);
    void verified(bool ok, const prakerja::AuditVerification& result, const QString& error);

private:
    Session m_session;
    JobHandle m_verify;
    bool m_verifying = false;
    JobHost m_host;
};

} // namespace prakerja

Q_DECLARE_METATYPE(prakerja::AuditEntry)
Q_DECLARE_METATYPE(prakerja::AuditVerification)
