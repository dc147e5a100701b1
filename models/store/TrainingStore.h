#pragma once
// The trainings table, its full-text index (training_fts, kept by triggers) and its history
// (training_history). Updates name the version they read (optimistic locking): a save over a
// newer version changes nothing and reports the conflict. Search runs the FTS query first and
// filters after it (the planner may otherwise drop the FTS index), through the native handle.
// The console's table reads a page at a time and the number of matches apart (countMatches),
// so a sort change or a search at 100,000 trainings costs a page, not the catalogue. A page past
// the first is read by keyset (the sort key and id of the previous page's last row: rows after
// it in the query's order), so a page far down costs what the first page costs, not its OFFSET.
// Every statement runs through NativeStatement (SQLite's sqlite3_stmt or libpq's prepared
// statement), one loop for both backends.

#include "domain/Training.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>
#include <memory>

namespace prakerja {

class Database;
class NativeStatement;

enum class TrainingSort : quint8 { Title, Platform, Category, Level, Price, Duration, Status, Updated };

// Where a page ended: the last row's sort key (text or integer, as the sort column) and id.
struct TrainingCursor
{
    QVariant key; // invalid: no cursor (the first page)
    qint64 id = 0;
    bool isValid() const { return key.isValid(); }
};

struct TrainingQuery
{
    QString text; // words for the full-text index; each word matches as a prefix
    QString platform; // codes; empty = all
    QString category;
    int level = 0; // TrainingLevel, 0 = all
    int mode = 0;
    int status = 0; // TrainingStatus, 0 = all
    bool publishedOnly = false; // what an agent sees
    qint64 minPrice = 0; // 0 = no bound
    qint64 maxPrice = 0;
    // Only these trainings (the "flagged" filter: flags are computed, not stored); used when
    // `onlyIds` is set, an empty list then matches nothing.
    bool onlyIds = false;
    QList<qint64> ids;
    TrainingSort sort = TrainingSort::Title;
    bool descending = false;
    int limit = 0; // 0 = every match
    int offset = 0; // rows to skip (a page past the first) when `after` is not set
    // Keyset paging: only the rows after this one in the query's order (its sort and direction,
    // ties broken by id); `offset` is then not used in the SQL.
    TrainingCursor after;
};

struct TrainingHistoryEntry
{
    qint64 version = 0;
    qint64 at = 0;
    QString operatorName;
    QString field;
    QString from;
    QString to;
};

class TrainingStore
{
public:
    explicit TrainingStore(Database& db);
    ~TrainingStore();

    // Rows without their descriptions, in the query's order. With `last`, the cursor of the
    // last row returned (what the next page's `after` is; invalid when no row).
    Result<QList<Training>> search(const TrainingQuery& query, TrainingCursor* last = nullptr);
    // The same filters as one LIKE scan over title and description (the benchmark's baseline).
    Result<QList<Training>> searchLike(const TrainingQuery& query);
    // How many trainings match the query's filters (its sort, limit and offset aside).
    Result<qint64> countMatches(const TrainingQuery& query);
    Result<Training> get(qint64 id);
    // Every training with its description (checks, export, import matching).
    Result<QList<Training>> all();
    Result<QList<Training>> byPlatform(const QString& platformCode);
    // Inserts with version 1; returns the id. `training.platform` must name an existing platform.
    Result<qint64> insert(const Training& training, const QString& by, qint64 at);
    // Writes every field and the status when the stored version is `training.version`; the
    // stored version becomes version + 1. Error "version_conflict" when another save came first.
    Status update(const Training& training, const QString& by, qint64 at);
    Status appendHistory(qint64 trainingId, qint64 version, const QString& by, qint64 at,
                         const QList<FieldChange>& changes);
    // A bulk insert inside the caller's transaction (an import): the full-text index is filled
    // once at the end, for the rows added since begin, instead of by the insert trigger row by
    // row; endBulkInsert() puts the trigger back (a rollback does too: it is the same
    // transaction). Measured in docs/benchmarks.md (bench catalog).
    Status beginBulkInsert();
    Status endBulkInsert();
    Result<QList<TrainingHistoryEntry>> history(qint64 trainingId);
    // Per platform code, the number of trainings in each status (index = TrainingStatus value).
    Result<QMap<QString, QList<qint64>>> countsByPlatform();
    qint64 count();

    // The user's words as an FTS5 query: each word quoted, as a prefix; empty when no word.
    static QString ftsQuery(const QString& text);
    static Error conflictError(qint64 yours, qint64 stored);
    // The same words as a PostgreSQL tsquery: each word lower-cased, as a prefix, all required.
    static QString tsQuery(const QString& text);
    // PostgreSQL: the tsvector the search matches, of the columns of `prefix` ("t." or ""). The
    // GIN index trainings_search (migration 31) is on this expression, word for word.
    static QString postgresSearchVector(const QString& prefix);

private:
    Result<QList<Training>> run(const TrainingQuery& query, bool like, TrainingCursor* last);
    // " WHERE …" of the query's filters, with its bound values (text or integer QVariants).
    QString whereClause(const TrainingQuery& query, bool like, QVariantList& binds) const;
    Result<QList<Training>> fullRows(const QString& where, const QVariantList& binds);

    Database& m_db;
    // Prepared once per store on the native handle (an import inserts thousands of rows).
    std::unique_ptr<NativeStatement> m_insert;
    std::unique_ptr<NativeStatement> m_history;
    qint64 m_bulkAfterId = -1; // ≥ 0 during a bulk insert: the largest id before it
    QString m_ftsTrigger; // the insert trigger's SQL, while it is dropped
    QHash<QString, qint64> m_platformIds;
};

} // namespace prakerja
