#pragma once
// The catalogue's small tables besides trainings and platforms: the managed category list
// (training_categories) and the curation flags a curator dismissed (curation_dismissals).

#include "domain/CurationFlag.h"
#include "domain/Error.h"
#include "domain/TrainingCategory.h"

#include <QHash>
#include <QList>

namespace prakerja {

class Database;

struct CurationDismissal
{
    QString reason;
    QString operatorName;
    qint64 at = 0;
};

class CatalogueReferenceStore
{
public:
    explicit CatalogueReferenceStore(Database& db) : m_db(db) { }

    Result<QList<TrainingCategory>> categories();
    // Keyed by "trainingId:check_name".
    Result<QHash<QString, CurationDismissal>> dismissals();
    Status dismiss(qint64 trainingId, CurationCheck check, const CurationDismissal& dismissal);
    static QString dismissalKey(qint64 trainingId, CurationCheck check);

private:
    Database& m_db;
};

} // namespace prakerja
