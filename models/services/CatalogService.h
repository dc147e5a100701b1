#pragma once
// The training catalogue's use cases: reading (every role; an agent sees the published
// catalogue only), editing with optimistic locking (a save over a newer version is refused
// and names both versions), the workflow draft → submitted → approved | rejected → published
// → retired (curators and administrators only), the curation checks and their dismissal.
// Every write is audited and each training keeps its field history.

#include "domain/CurationFlag.h"
#include "domain/Platform.h"
#include "domain/Session.h"
#include "domain/TrainingCategory.h"
#include "store/TrainingStore.h"

#include <QList>

namespace prakerja {

class Database;
class ProgrammeSettings;

// Programme policy the catalogue follows (the training credit comes from the settings).
struct CatalogPolicy
{
    qint64 trainingCredit = 1'000'000; // the highest price a training may have
    static CatalogPolicy from(const ProgrammeSettings& programme);
};

// One page of the console's table: its rows and, with the first page, how many match in all.
struct TrainingPage
{
    QList<Training> rows;
    int offset = 0;
    qint64 total = -1; // -1 on later pages (the first page's count stands)
    // Where this page ended: the next page's query.after (keyset paging).
    TrainingCursor next;
};

struct BulkOutcome
{
    QList<qint64> changed;
    QList<std::pair<qint64, Error>> refused;
};

class CatalogService
{
public:
    CatalogService(Database& db, const CatalogPolicy& policy) : m_db(db), m_policy(policy) { }

    const CatalogPolicy& policy() const { return m_policy; }
    Result<QList<Training>> search(const Session& session, TrainingQuery query);
    // `query.limit` rows after `query.after` (the table's pages, by keyset; or from
    // `query.offset` without a cursor), counted on the first page. `query.offset` is the page's
    // place in the table, handed back in the page.
    Result<TrainingPage> searchPage(const Session& session, TrainingQuery query);
    Result<Training> get(const Session& session, qint64 id);
    Result<QList<TrainingHistoryEntry>> history(const Session& session, qint64 id);
    Result<QList<TrainingCategory>> categories();
    Result<QList<Platform>> platforms();

    // Every field problem of `training` (rules, platform, category); empty when it may be saved.
    QList<FieldProblem> validate(const Training& training);
    // A new training as a draft.
    Result<Training> create(const Session& session, Training training);
    // Saves `edited` (platform and code stay) over the version it was read at
    // (`edited.version`); the saved training with its new version, or "version_conflict".
    Result<Training> save(const Session& session, const Training& edited);
    // One workflow step; `expectedVersion` 0 takes the stored one. Reject needs a reason.
    Result<Training> act(const Session& session, qint64 id, TrainingAction action, const QString& reason = {},
                         qint64 expectedVersion = 0);
    // The step for each id, each on its own: what changed and what was refused, and why.
    Result<BulkOutcome> bulk(const Session& session, const QList<qint64>& ids, TrainingAction action,
                             const QString& reason = {});

    // The curation flags of the catalogue; dismissed ones only when asked.
    Result<QList<CurationFlag>> checks(const Session& session, bool includeDismissed = false);
    Status dismiss(const Session& session, qint64 trainingId, CurationCheck check, const QString& reason);

    // Inserts the demo catalogue when there are no trainings yet; the number inserted.
    Result<int> seedDemo(const Session& session);

private:
    Status actLocked(const Session& session, Training& training, TrainingAction action, const QString& reason);

    Database& m_db;
    CatalogPolicy m_policy;
};

} // namespace prakerja
