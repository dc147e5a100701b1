#include "OperatorJob.h"

#include "ProgrammeSettings.h"

#include <QtConcurrent/QtConcurrentRun>

namespace prakerja {

OperatorJob::OperatorJob(const WorkspacePaths& paths, const KeyFile& keys, QObject* parent)
    : QObject(parent), m_paths(paths), m_keys(keys)
{
    qRegisterMetaType<Session>();
    qRegisterMetaType<OperatorInfo>();
    qRegisterMetaType<QList<OperatorInfo>>();
}

OperatorJob::~OperatorJob()
{
    for (QFuture<void>& f : m_pending)
        f.waitForFinished();
}

bool OperatorJob::isRunning() const
{
    for (const QFuture<void>& f : m_pending)
        if (f.isRunning())
            return true;
    return false;
}

template <typename F> void OperatorJob::run(F&& work)
{
    m_pending.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_pending << QtConcurrent::run([this, policy = m_policy, work = std::forward<F>(work)] {
        auto db = Database::open(m_paths.database, m_keys, Database::OpenMode::MustExist);
        if (!db) {
            work(nullptr, db.error());
            return;
        }
        OperatorService::Policy applied;
        if (policy) {
            applied = *policy;
        } else {
            const auto programme = ProgrammeSettings::load(*db.value());
            if (!programme) {
                work(nullptr, programme.error());
                return;
            }
            applied = OperatorService::Policy::from(programme.value());
        }
        OperatorService operators(*db.value(), applied);
        work(&operators, Error{});
    });
}

void OperatorJob::authenticate(const QString& name, const QString& password)
{
    run([this, name, password](OperatorService* ops, const Error& openError) {
        const Result<Session> r = ops ? ops->authenticate(name, password) : Result<Session>(openError);
        Q_EMIT signedIn(r.ok(), r ? r.value() : Session(0, QString(), Role::CallCentreAgent),
                        r ? QString() : r.error().code, r ? QString() : r.error().message());
    });
}

void OperatorJob::createFirstAdministrator(const QString& name, const QString& password)
{
    run([this, name, password](OperatorService* ops, const Error& openError) {
        const Result<Session> r = ops ? ops->createFirstAdministrator(name, password) : Result<Session>(openError);
        Q_EMIT signedIn(r.ok(), r ? r.value() : Session(0, QString(), Role::CallCentreAgent),
                        r ? QString() : r.error().code, r ? QString() : r.error().message());
    });
}

void OperatorJob::list(const Session& session)
{
    run([this, session](OperatorService* ops, const Error& openError) {
        const auto r = ops ? ops->list(session) : Result<QList<OperatorInfo>>(openError);
        Q_EMIT listed(r.ok(), r ? r.value() : QList<OperatorInfo>(), r ? QString() : r.error().message());
    });
}

namespace {
template <typename Signal>
void report(OperatorJob* job, Signal signal, const Status& s, const QString& action, const QString& name)
{
    Q_EMIT(job->*signal)(s.ok(), action, name, s ? QString() : s.error().code, s ? QString() : s.error().message());
}
} // namespace

void OperatorJob::add(const Session& session, const QString& name, Role role, const QString& password)
{
    run([this, session, name, role, password](OperatorService* ops, const Error& openError) {
        Status s = openError;
        if (ops) {
            const auto r = ops->addOperator(session, name, role, password);
            s = r ? Status::success() : Status(r.error());
        }
        report(this, &OperatorJob::changed, s, QStringLiteral("add"), name);
    });
}

void OperatorJob::changePassword(const Session& session, const QString& name, const QString& password)
{
    run([this, session, name, password](OperatorService* ops, const Error& openError) {
        const Status s = ops ? ops->changePassword(session, name, password) : Status(openError);
        report(this, &OperatorJob::changed, s, QStringLiteral("passwd"), name);
    });
}

void OperatorJob::setDisabled(const Session& session, const QString& name, bool disabled)
{
    run([this, session, name, disabled](OperatorService* ops, const Error& openError) {
        const Status s = ops ? ops->setDisabled(session, name, disabled) : Status(openError);
        report(this, &OperatorJob::changed, s, disabled ? QStringLiteral("disable") : QStringLiteral("enable"), name);
    });
}

void OperatorJob::unlock(const Session& session, const QString& name)
{
    run([this, session, name](OperatorService* ops, const Error& openError) {
        const Status s = ops ? ops->unlock(session, name) : Status(openError);
        report(this, &OperatorJob::changed, s, QStringLiteral("unlock"), name);
    });
}

void OperatorJob::setRole(const Session& session, const QString& name, Role role)
{
    run([this, session, name, role](OperatorService* ops, const Error& openError) {
        const Status s = ops ? ops->setRole(session, name, role) : Status(openError);
        report(this, &OperatorJob::changed, s, QStringLiteral("role"), name);
    });
}

} // namespace prakerja
