#pragma once
// OperatorService use cases off the GUI thread (PBKDF2 takes ~0.3 s at 600,000 iterations),
// each on its own database connection: sign-in, first administrator, listing and changing
// operators. Results come back by signal with the error code for showing next to a field.

#include "OperatorService.h"
#include "services/JobRunner.h"

#include <QObject>
#include <optional>

namespace prakerja {

class OperatorJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(OperatorJob)
public:
    OperatorJob(const WorkspacePaths& paths, const KeyFile& keys, QObject* parent = nullptr);
    ~OperatorJob() override;

    // Lockout from the settings unless the caller sets another (tests use few iterations).
    // Tests pass a cheaper hash; otherwise each job reads the programme's lockout when it runs.
    void setPolicy(const OperatorService::Policy& policy) { m_policy = policy; }
    bool isRunning() const { return m_host.busy(); }

    void authenticate(const QString& name, const QString& password);
    void createFirstAdministrator(const QString& name, const QString& password);
    void list(const Session& session);
    void add(const Session& session, const QString& name, Role role, const QString& password);
    void changePassword(const Session& session, const QString& name, const QString& password);
    void setDisabled(const Session& session, const QString& name, bool disabled);
    void unlock(const Session& session, const QString& name);
    void setRole(const Session& session, const QString& name, Role role);

Q_SIGNALS:
    // Sign-in and first administrator: on success `session` is valid.
    void signedIn(bool ok, const prakerja::Session& session, const QString& code, const QString& message);
    void listed(bool ok, const QList<prakerja::OperatorInfo>& operators, const QString& message);
    // add, passwd, disable, enable, unlock, role.
    void changed(bool ok, const QString& action, const QString& name, const QString& code, const QString& message);

private:
    // Runs work(OperatorService&) → Result<T> on a worker, then done(Result<T>) here.
    template <typename T, typename Work, typename Done> void run(Work work, Done done);
    template <typename Work> void change(const QString& action, const QString& name, Work work);

    std::optional<OperatorService::Policy> m_policy;
    JobHost m_host;
};

} // namespace prakerja

Q_DECLARE_METATYPE(prakerja::Session)
Q_DECLARE_METATYPE(prakerja::OperatorInfo)
