#include "CatalogJob.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace prakerja {

CatalogJob::CatalogJob(const WorkspacePaths& paths, const KeyFile& keys, const CatalogPolicy& policy, QObject* parent)
    : QObject(parent), m_paths(paths), m_keys(keys), m_policy(policy)
{
    qRegisterMetaType<TrainingDetail>();
    qRegisterMetaType<BulkOutcome>();
    qRegisterMetaType<ImportPlan>();
    qRegisterMetaType<ImportOutcome>();
    qRegisterMetaType<Training>();
    qRegisterMetaType<QList<Training>>();
    qRegisterMetaType<QList<Platform>>();
    qRegisterMetaType<QList<TrainingCategory>>();
    qRegisterMetaType<QList<CurationFlag>>();
    qRegisterMetaType<QList<PlatformSummary>>();
    qRegisterMetaType<TrainingAction>();
}

CatalogJob::~CatalogJob()
{
    for (QFuture<void>& f : m_pending)
        f.waitForFinished();
}

bool CatalogJob::isRunning() const
{
    for (const QFuture<void>& f : m_pending)
        if (f.isRunning())
            return true;
    return false;
}

template <typename F> void CatalogJob::run(F&& work)
{
    m_pending.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_pending << QtConcurrent::run([this, work = std::forward<F>(work)] {
        auto db = Database::open(m_paths.database, m_keys, Database::OpenMode::MustExist);
        work(db ? db.value().get() : nullptr, db ? Error{} : db.error());
    });
}

void CatalogJob::loadReference(const Session& session)
{
    run([this, session](Database* db, const Error& e) {
        if (!db) {
            Q_EMIT referenceLoaded({}, {}, {});
            return;
        }
        CatalogService catalog(*db, m_policy);
        const auto platforms = catalog.platforms();
        const auto categories = catalog.categories();
        const auto flags = session.role() == Role::CallCentreAgent ? Result<QList<CurationFlag>>(QList<CurationFlag>())
                                                                   : catalog.checks(session, false);
        Q_UNUSED(e);
        Q_EMIT referenceLoaded(platforms ? platforms.value() : QList<Platform>(),
                               categories ? categories.value() : QList<TrainingCategory>(),
                               flags ? flags.value() : QList<CurationFlag>());
    });
}

void CatalogJob::search(const Session& session, const TrainingQuery& query, quint64 token)
{
    run([this, session, query, token](Database* db, const Error& e) {
        if (!db) {
            Q_EMIT searched(token, {}, e.message());
            return;
        }
        const auto rows = CatalogService(*db, m_policy).search(session, query);
        Q_EMIT searched(token, rows ? rows.value() : QList<Training>(), rows ? QString() : rows.error().message());
    });
}

void CatalogJob::load(const Session& session, qint64 id)
{
    run([this, session, id](Database* db, const Error& e) {
        TrainingDetail detail;
        if (!db) {
            Q_EMIT loaded(false, detail, e.message());
            return;
        }
        CatalogService catalog(*db, m_policy);
        const auto t = catalog.get(session, id);
        if (!t) {
            Q_EMIT loaded(false, detail, t.error().message());
            return;
        }
        detail.training = t.value();
        if (const auto h = catalog.history(session, id))
            detail.history = h.value();
        if (session.role() != Role::CallCentreAgent)
            if (const auto flags = catalog.checks(session, true))
                for (const CurationFlag& f : flags.value())
                    if (f.trainingId == id)
                        detail.flags << f;
        Q_EMIT loaded(true, detail, QString());
    });
}

void CatalogJob::save(const Session& session, const Training& edited)
{
    run([this, session, edited](Database* db, const Error& e) {
        if (!db) {
            Q_EMIT saved(false, edited, e.code, e.message(), Training());
            return;
        }
        CatalogService catalog(*db, m_policy);
        const auto r = catalog.save(session, edited);
        Training current;
        if (!r && r.error().code == u"version_conflict")
            if (const auto c = catalog.get(session, edited.id))
                current = c.value();
        Q_EMIT saved(r.ok(), r ? r.value() : edited, r ? QString() : r.error().code,
                     r ? QString() : r.error().message(), current);
    });
}

void CatalogJob::create(const Session& session, const Training& training)
{
    run([this, session, training](Database* db, const Error& e) {
        if (!db) {
            Q_EMIT saved(false, training, e.code, e.message(), Training());
            return;
        }
        const auto r = CatalogService(*db, m_policy).create(session, training);
        Q_EMIT saved(r.ok(), r ? r.value() : training, r ? QString() : r.error().code,
                     r ? QString() : r.error().message(), Training());
    });
}

void CatalogJob::bulk(const Session& session, const QList<qint64>& ids, TrainingAction action, const QString& reason)
{
    run([this, session, ids, action, reason](Database* db, const Error& e) {
        if (!db) {
            Q_EMIT bulkDone(false, action, {}, e.message());
            return;
        }
        const auto r = CatalogService(*db, m_policy).bulk(session, ids, action, reason);
        Q_EMIT bulkDone(r.ok(), action, r ? r.value() : BulkOutcome(), r ? QString() : r.error().message());
    });
}

void CatalogJob::dismiss(const Session& session, qint64 id, CurationCheck check, const QString& reason)
{
    run([this, session, id, check, reason](Database* db, const Error& e) {
        const Status s = db ? CatalogService(*db, m_policy).dismiss(session, id, check, reason) : Status(e);
        Q_EMIT dismissed(s.ok(), s ? QString() : s.error().message());
    });
}

void CatalogJob::plan(const Session& session, const QString& path)
{
    run([this, session, path](Database* db, const Error& e) {
        if (!db) {
            Q_EMIT planned(false, path, {}, e.message());
            return;
        }
        const auto r = CatalogImportService(*db, m_policy).plan(session, TrainingImportFile::readFile(path));
        Q_EMIT planned(r.ok(), path, r ? r.value() : ImportPlan(), r ? QString() : r.error().message());
    });
}

void CatalogJob::import(const Session& session, const QString& path, const ImportOptions& options)
{
    run([this, session, path, options](Database* db, const Error& e) {
        if (!db) {
            Q_EMIT imported(false, {}, e.message());
            return;
        }
        const auto r = CatalogImportService(*db, m_policy).import(session, TrainingImportFile::readFile(path), options);
        Q_EMIT imported(r.ok(), r ? r.value() : ImportOutcome(), r ? QString() : r.error().message());
    });
}

void CatalogJob::exportTo(const Session& session, const QString& path, const TrainingQuery& query)
{
    run([this, session, path, query](Database* db, const Error& e) {
        if (!db) {
            Q_EMIT exported(false, 0, e.message());
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            Q_EMIT exported(false, 0, file.errorString());
            return;
        }
        const auto r
            = CatalogImportService(*db, m_policy).exportTo(session, file, TrainingExport::formatFor(path), query);
        Q_EMIT exported(r.ok(), r ? r.value() : 0, r ? QString() : r.error().message());
    });
}

void CatalogJob::listPlatforms(const Session& session)
{
    run([this, session](Database* db, const Error& e) {
        if (!db) {
            Q_EMIT platformsListed(false, {}, e.message());
            return;
        }
        const auto r = PlatformService(*db).list(session);
        Q_EMIT platformsListed(r.ok(), r ? r.value() : QList<PlatformSummary>(), r ? QString() : r.error().message());
    });
}

void CatalogJob::savePlatform(const Session& session, const Platform& platform, bool isNew)
{
    run([this, session, platform, isNew](Database* db, const Error& e) {
        if (!db) {
            Q_EMIT platformChanged(false, e.message());
            return;
        }
        PlatformService service(*db);
        const auto r = isNew ? service.add(session, platform) : service.edit(session, platform);
        Q_EMIT platformChanged(r.ok(), r ? QString() : r.error().message());
    });
}

void CatalogJob::setPlatformSuspended(const Session& session, const QString& code, bool suspend, const QString& reason)
{
    run([this, session, code, suspend, reason](Database* db, const Error& e) {
        if (!db) {
            Q_EMIT platformChanged(false, e.message());
            return;
        }
        PlatformService service(*db);
        const auto r = suspend ? service.suspend(session, code, reason) : service.reinstate(session, code);
        Q_EMIT platformChanged(r.ok(), r ? QString() : r.error().message());
    });
}

} // namespace prakerja
