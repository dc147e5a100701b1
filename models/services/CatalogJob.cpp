#include "CatalogJob.h"

#include <QFile>

namespace prakerja {

CatalogJob::CatalogJob(const WorkspacePaths& paths, const KeyFile& keys, const CatalogPolicy& policy, QObject* parent)
    : QObject(parent), m_policy(policy), m_host(paths, keys)
{
    qRegisterMetaType<TrainingDetail>();
    qRegisterMetaType<TrainingPage>();
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

CatalogJob::~CatalogJob() = default;

template <typename T, typename Work, typename Done> void CatalogJob::run(Work work, Done done)
{
    m_host.start<T>(
        this, [work = std::move(work)](Database& db, JobProgress&) { return work(db); }, std::move(done));
}

namespace {
struct Reference
{
    QList<Platform> platforms;
    QList<TrainingCategory> categories;
    QList<CurationFlag> flags;
};

// A training saved, or on a version conflict the stored one beside the error.
struct SaveOutcome
{
    Result<Training> saved = Training();
    Training current;
};
} // namespace

void CatalogJob::loadReference(const Session& session)
{
    run<Reference>(
        [policy = m_policy, session](Database& db) -> Result<Reference> {
            CatalogService catalog(db, policy);
            Reference r;
            // Each list is shown if it can be read; a missing one leaves its filter empty.
            if (const auto platforms = catalog.platforms())
                r.platforms = platforms.value();
            if (const auto categories = catalog.categories())
                r.categories = categories.value();
            if (session.role() != Role::CallCentreAgent)
                if (const auto flags = catalog.checks(session, false))
                    r.flags = flags.value();
            return r;
        },
        [this](const Result<Reference>& r) {
            Q_EMIT referenceLoaded(r ? r->platforms : QList<Platform>(), r ? r->categories : QList<TrainingCategory>(),
                                   r ? r->flags : QList<CurationFlag>());
        });
}

void CatalogJob::search(const Session& session, const TrainingQuery& query, quint64 token)
{
    run<TrainingPage>([policy = m_policy, session,
                       query](Database& db) { return CatalogService(db, policy).searchPage(session, query); },
                      [this, token](const Result<TrainingPage>& page) {
                          Q_EMIT searched(token, page ? page.value() : TrainingPage(),
                                          page ? QString() : page.error().message());
                      });
}

void CatalogJob::load(const Session& session, qint64 id)
{
    run<TrainingDetail>(
        [policy = m_policy, session, id](Database& db) -> Result<TrainingDetail> {
            CatalogService catalog(db, policy);
            const auto t = catalog.get(session, id);
            if (!t)
                return t.error();
            TrainingDetail detail;
            detail.training = t.value();
            if (const auto h = catalog.history(session, id))
                detail.history = h.value();
            if (session.role() != Role::CallCentreAgent)
                if (const auto flags = catalog.checks(session, true))
                    for (const CurationFlag& f : flags.value())
                        if (f.trainingId == id)
                            detail.flags << f;
            return detail;
        },
        [this](const Result<TrainingDetail>& r) {
            Q_EMIT loaded(r.ok(), r ? r.value() : TrainingDetail(), r ? QString() : r.error().message());
        });
}

void CatalogJob::save(const Session& session, const Training& edited)
{
    run<SaveOutcome>(
        [policy = m_policy, session, edited](Database& db) -> Result<SaveOutcome> {
            CatalogService catalog(db, policy);
            SaveOutcome out{catalog.save(session, edited), Training()};
            if (!out.saved && out.saved.error().code == u"version_conflict")
                if (const auto c = catalog.get(session, edited.id))
                    out.current = c.value();
            return out;
        },
        [this, edited](const Result<SaveOutcome>& r) {
            const Result<Training> stored = r ? r->saved : Result<Training>(r.error());
            Q_EMIT saved(stored.ok(), stored ? stored.value() : edited, stored ? QString() : stored.error().code,
                         stored ? QString() : stored.error().message(), r ? r->current : Training());
        });
}

void CatalogJob::create(const Session& session, const Training& training)
{
    run<Training>([policy = m_policy, session,
                   training](Database& db) { return CatalogService(db, policy).create(session, training); },
                  [this, training](const Result<Training>& r) {
                      Q_EMIT saved(r.ok(), r ? r.value() : training, r ? QString() : r.error().code,
                                   r ? QString() : r.error().message(), Training());
                  });
}

void CatalogJob::bulk(const Session& session, const QList<qint64>& ids, TrainingAction action, const QString& reason)
{
    run<BulkOutcome>([policy = m_policy, session, ids, action,
                      reason](Database& db) { return CatalogService(db, policy).bulk(session, ids, action, reason); },
                     [this, action](const Result<BulkOutcome>& r) {
                         Q_EMIT bulkDone(r.ok(), action, r ? r.value() : BulkOutcome(),
                                         r ? QString() : r.error().message());
                     });
}

void CatalogJob::dismiss(const Session& session, qint64 id, CurationCheck check, const QString& reason)
{
    run<bool>(
        [policy = m_policy, session, id, check, reason](Database& db) {
            return statusResult(CatalogService(db, policy).dismiss(session, id, check, reason));
        },
        [this](const Result<bool>& r) { Q_EMIT dismissed(r.ok(), r ? QString() : r.error().message()); });
}

void CatalogJob::plan(const Session& session, const QString& path)
{
    run<ImportPlan>(
        [policy = m_policy, session, path](Database& db) {
            return CatalogImportService(db, policy).plan(session, TrainingImportFile::readFile(path));
        },
        [this, path](const Result<ImportPlan>& r) {
            Q_EMIT planned(r.ok(), path, r ? r.value() : ImportPlan(), r ? QString() : r.error().message());
        });
}

void CatalogJob::import(const Session& session, const QString& path, const ImportOptions& options)
{
    run<ImportOutcome>(
        [policy = m_policy, session, path, options](Database& db) {
            return CatalogImportService(db, policy).import(session, TrainingImportFile::readFile(path), options);
        },
        [this](const Result<ImportOutcome>& r) {
            Q_EMIT imported(r.ok(), r ? r.value() : ImportOutcome(), r ? QString() : r.error().message());
        });
}

void CatalogJob::exportTo(const Session& session, const QString& path, const TrainingQuery& query)
{
    run<qint64>(
        [policy = m_policy, session, path, query](Database& db) -> Result<qint64> {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return makeError(QStringLiteral("export_failed"), file.errorString());
            return CatalogImportService(db, policy).exportTo(session, file, TrainingExport::formatFor(path), query);
        },
        [this](const Result<qint64>& r) {
            Q_EMIT exported(r.ok(), r ? r.value() : 0, r ? QString() : r.error().message());
        });
}

void CatalogJob::listPlatforms(const Session& session)
{
    run<QList<PlatformSummary>>([session](Database& db) { return PlatformService(db).list(session); },
                                [this](const Result<QList<PlatformSummary>>& r) {
                                    Q_EMIT platformsListed(r.ok(), r ? r.value() : QList<PlatformSummary>(),
                                                           r ? QString() : r.error().message());
                                });
}

void CatalogJob::savePlatform(const Session& session, const Platform& platform, bool isNew)
{
    run<Platform>(
        [session, platform, isNew](Database& db) {
            PlatformService service(db);
            return isNew ? service.add(session, platform) : service.edit(session, platform);
        },
        [this](const Result<Platform>& r) { Q_EMIT platformChanged(r.ok(), r ? QString() : r.error().message()); });
}

void CatalogJob::setPlatformSuspended(const Session& session, const QString& code, bool suspend, const QString& reason)
{
    run<int>(
        [session, code, suspend, reason](Database& db) {
            PlatformService service(db);
            return suspend ? service.suspend(session, code, reason) : service.reinstate(session, code);
        },
        [this](const Result<int>& r) { Q_EMIT platformChanged(r.ok(), r ? QString() : r.error().message()); });
}

} // namespace prakerja
