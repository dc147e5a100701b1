#pragma once
// The trainings table, its full-text index (training_fts, kept by triggers) and its history
// (training_history). Updates name the version they read (optimistic locking): a save over a
// newer version changes nothing and reports the conflict. Search runs the FTS query first and
// filters after it (the planner may otherwise drop the FTS index), through the native handle
// because the console's table reads up to all rows at once.

#include "domain/Training.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <memory>

namespace prakerja {

class Database;

enum class TrainingSort : quint8 { Title, Platform, Category, Level, Price, Duration, Status, Updated };

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
    TrainingSort sort = TrainingSort::Title;
    bool descending = false;
    int limit = 0; // 0 = every match
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

    // Rows without their descriptions, in the query's order.
    Result<QList<Training>> search(const TrainingQuery& query);
    // The same filters as one LIKE scan over title and description (the benchmark's baseline).
    Result<QList<Training>> searchLike(const TrainingQuery& query);
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
    Result<QList<TrainingHistoryEntry>> history(qint64 trainingId);
    // Per platform code, the number of trainings in each status (index = TrainingStatus value).
    Result<QMap<QString, QList<qint64>>> countsByPlatform();
    qint64 count();

    // The user's words as an FTS5 query: each word quoted, as a prefix; empty when no word.
    static QString ftsQuery(const QString& text);
    static Error conflictError(qint64 yours, qint64 stored);

private:
    Result<QList<Training>> run(const TrainingQuery& query, bool like);
    QString fullSelect() const;

    Database& m_db;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_history;
    QHash<QString, qint64> m_platformIds;
};

} // namespace prakerja
