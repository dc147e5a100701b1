#pragma once
// Partner imports and exports of the catalogue. An import is planned first (each row on its
// own: a new training, an update of the one with the same platform and code, unchanged, or
// rejected with its line, field and reason), which the console shows as a preview; then
// written: valid rows go in (new ones and changed ones as submitted, for review), or nothing
// at all with allOrNothing or when any row fails, or nothing with dryRun. Audited.

#include "CatalogService.h"
#include "io/TrainingExport.h"
#include "io/TrainingImportFile.h"

namespace prakerja {

enum class ImportVerdict : quint8 { Insert, Update, Unchanged, Rejected };

struct ImportPlanRow
{
    qint64 line = 0;
    Training training; // as it will be stored (an update carries the stored id and version)
    ImportVerdict verdict = ImportVerdict::Rejected;
    QList<FieldProblem> problems;
    QList<FieldChange> changes; // for an update
};

struct ImportPlan
{
    QStringList unknownColumns;
    QList<ImportPlanRow> rows;
    qint64 inserts = 0, updates = 0, unchanged = 0, rejected = 0;
};

struct ImportOptions
{
    bool dryRun = false;
    bool allOrNothing = false;
    // How the new rows reach the full-text index: Auto fills it once after the rows when the
    // import adds at least kBulkInserts of them (faster, bench catalog), else row by row.
    enum class FullText : quint8 { Auto, PerRow, AfterBatch };
    FullText fullText = FullText::Auto;
    static constexpr qint64 kBulkInserts = 500;
};

struct ImportOutcome
{
    ImportPlan plan;
    bool written = false; // false with dryRun, or allOrNothing and a reject
};

class CatalogImportService
{
public:
    CatalogImportService(Database& db, const CatalogPolicy& policy) : m_db(db), m_policy(policy) { }

    Result<ImportPlan> plan(const Session& session, const TrainingImportFile& file);
    Result<ImportOutcome> import(const Session& session, const TrainingImportFile& file, const ImportOptions& options);
    // The trainings the query finds (all of them by default), written to `device`.
    Result<qint64> exportTo(const Session& session, QIODevice& device, TrainingExport::Format format,
                            const TrainingQuery& query = {});

private:
    Database& m_db;
    CatalogPolicy m_policy;
};

} // namespace prakerja
