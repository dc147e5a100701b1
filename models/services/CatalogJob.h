#pragma once
// The catalogue's use cases off the GUI thread, each on its own database connection: the
// table's search (with the curation flags per training), one training with its history,
// saving, workflow steps, import plans and imports, platforms. Results come back by signal,
// searches with the token they were started with so that a page drops stale answers.

#include "CatalogImportService.h"
#include "CatalogService.h"
#include "PlatformService.h"
#include "services/JobRunner.h"

#include <QHash>
#include <QObject>

namespace prakerja {

struct TrainingDetail
{
    Training training;
    QList<TrainingHistoryEntry> history;
    QList<CurationFlag> flags; // dismissed ones included
};

class CatalogJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(CatalogJob)
public:
    CatalogJob(const WorkspacePaths& paths, const KeyFile& keys, const CatalogPolicy& policy,
               QObject* parent = nullptr);
    ~CatalogJob() override;
    bool isRunning() const { return m_host.busy(); }

    // Platforms, categories and the curation flags (for the filters and the flag column).
    void loadReference(const Session& session);
    // One page of the table (query.limit rows from query.offset; the first page is counted).
    void search(const Session& session, const TrainingQuery& query, quint64 token);
    void load(const Session& session, qint64 id);
    void save(const Session& session, const Training& edited);
    void create(const Session& session, const Training& training);
    void bulk(const Session& session, const QList<qint64>& ids, TrainingAction action, const QString& reason);
    void dismiss(const Session& session, qint64 id, CurationCheck check, const QString& reason);
    void plan(const Session& session, const QString& path);
    void import(const Session& session, const QString& path, const ImportOptions& options);
    void exportTo(const Session& session, const QString& path, const TrainingQuery& query);
    void listPlatforms(const Session& session);
    void savePlatform(const Session& session, const Platform& platform, bool isNew);
    void setPlatformSuspended(const Session& session, const QString& code, bool suspend, const QString& reason);

Q_SIGNALS:
    void referenceLoaded(const QList<prakerja::Platform>& platforms,
                         const QList<prakerja::TrainingCategory>& categories,
                         const QList<prakerja::CurationFlag>& flags);
    void searched(quint64 token, const prakerja::TrainingPage& page, const QString& error);
    void loaded(bool ok, const prakerja::TrainingDetail& detail, const QString& message);
    // Save and create: on a version conflict `current` is the stored training.
    void saved(bool ok, const prakerja::Training& training, const QString& code, const QString& message,
               const prakerja::Training& current);
    void bulkDone(bool ok, prakerja::TrainingAction action, const prakerja::BulkOutcome& outcome,
                  const QString& message);
    void dismissed(bool ok, const QString& message);
    void planned(bool ok, const QString& path, const prakerja::ImportPlan& plan, const QString& message);
    void imported(bool ok, const prakerja::ImportOutcome& outcome, const QString& message);
    void exported(bool ok, qint64 rows, const QString& message);
    void platformsListed(bool ok, const QList<prakerja::PlatformSummary>& platforms, const QString& message);
    void platformChanged(bool ok, const QString& message);

private:
    // Runs work(Database&) → Result<T> on a worker, then done(Result<T>) here.
    template <typename T, typename Work, typename Done> void run(Work work, Done done);

    CatalogPolicy m_policy;
    JobHost m_host;
};

} // namespace prakerja

Q_DECLARE_METATYPE(prakerja::TrainingDetail)
Q_DECLARE_METATYPE(prakerja::TrainingPage)
Q_DECLARE_METATYPE(prakerja::BulkOutcome)
Q_DECLARE_METATYPE(prakerja::ImportPlan)
Q_DECLARE_METATYPE(prakerja::ImportOutcome)
