#include "OperatorJob.h"

#include "ProgrammeSettings.h"

namespace prakerja {

OperatorJob::OperatorJob(const WorkspacePaths& paths, const KeyFile& keys, QObject* parent)
    : QObject(parent), m_host(paths, keys)
{
    qRegisterMetaType<Session>();
    qRegisterMetaType<OperatorInfo>();
    qRegisterMetaType<QList<OperatorInfo>>();
}

OperatorJob::~OperatorJob() = default;

template <typename T, typename Work, typename Done> void OperatorJob::run(Work work, Done done)
{
    m_host.start<T>(
        this,
        [policy = m_policy, work = std::move(work)](Database& db, JobProgress&) -> Result<T> {
            // The lockout as the database holds it when the job runs (another seat may have changed it).
            OperatorService::Policy applied;
            if (policy) {
                applied = *policy;
            } else {
                const auto programme = ProgrammeSettings::load(db);
                if (!programme)
                    return programme.error();
                applied = OperatorService::Policy::from(programme.value());
            }
            OperatorService operators(db, applied);
            return work(operators);
        },
        std::move(done));
}

void OperatorJob::authenticate(const QString& name, const QString& password)
{
    run<Session>([name, password](OperatorService& ops) { return ops.authenticate(name, password); },
                 [this](const Result<Session>& r) {
                     Q_EMIT signedIn(r.ok(), r ? r.value() : Session(0, QString(), Role::CallCentreAgent),
                                     r ? QString() : r.error().code, r ? QString() : r.error().message());
                 });
}

void OperatorJob::createFirstAdministrator(const QString& name, const QString& password)
{
    run<Session>([name, password](OperatorService& ops) { return ops.createFirstAdministrator(name, password); },
                 [this](const Result<Session>& r) {
                     Q_EMIT signedIn(r.ok(), r ? r.value() : Session(0, QString(), Role::CallCentreAgent),
                                     r ? QString() : r.error().code, r ? QString() : r.error().message());
                 });
}

void OperatorJob::list(const Session& session)
{
    run<QList<OperatorInfo>>([session](OperatorService& ops) { return ops.list(session); },
                             [this](const Result<QList<OperatorInfo>>& r) {
                                 Q_EMIT listed(r.ok(), r ? r.value() : QList<OperatorInfo>(),
                                               r ? QString() : r.error().message());
                             });
}

// add, passwd, disable, enable, unlock: each reports by `changed` with the error's code.
template <typename Work> void OperatorJob::change(const QString& action, const QString& name, Work work)
{
    run<bool>(std::move(work), [this, action, name](const Result<bool>& r) {
        Q_EMIT changed(r.ok(), action, name, r ? QString() : r.error().code, r ? QString() : r.error().message());
    });
}

void OperatorJob::add(const Session& session, const QString& name, Role role, const QString& password)
{
    change(QStringLiteral("add"), name, [session, name, role, password](OperatorService& ops) -> Result<bool> {
        const auto r = ops.addOperator(session, name, role, password);
        return r ? Result<bool>(true) : Result<bool>(r.error());
    });
}

void OperatorJob::changePassword(const Session& session, const QString& name, const QString& password)
{
    change(QStringLiteral("passwd"), name, [session, name, password](OperatorService& ops) {
        return statusResult(ops.changePassword(session, name, password));
    });
}

void OperatorJob::setDisabled(const Session& session, const QString& name, bool disabled)
{
    change(disabled ? QStringLiteral("disable") : QStringLiteral("enable"), name,
           [session, name, disabled](OperatorService& ops) {
               return statusResult(ops.setDisabled(session, name, disabled));
           });
}

void OperatorJob::unlock(const Session& session, const QString& name)
{
    change(QStringLiteral("unlock"), name,
           [session, name](OperatorService& ops) { return statusResult(ops.unlock(session, name)); });
}

void OperatorJob::setRole(const Session& session, const QString& name, Role role)
{
    change(QStringLiteral("role"), name,
           [session, name, role](OperatorService& ops) { return statusResult(ops.setRole(session, name, role)); });
}

} // namespace prakerja
