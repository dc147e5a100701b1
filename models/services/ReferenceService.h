#pragma once
// Sources and coverage of the reference lists: who collected a list (recorded per import, so
// each entry keeps it), the import history with sources, and the coverage report per list and
// source (listed, registered, NIK verified, joined a wave, selected) — whom the programme is
// missing. Recording a source needs ImportReference (audited); the history ImportReference;
// the coverage ViewWaves (counts only, no personal data).

#include "domain/Session.h"
#include "domain/Stage.h"
#include "store/ReferenceImportStore.h"
#include "store/ReferenceSources.h"

namespace prakerja {

struct ImportHistoryRow
{
    ReferenceImport import;
    QString source; // empty: not recorded
};

class ReferenceService
{
public:
    static constexpr int kMaxSource = 200;

    ReferenceService(Database& db, const Session& session) : m_db(db), m_session(session) { }

    // Checks a source before an import starts (so a bad one stops it early).
    static Status validSource(const QString& source);
    Status recordSource(qint64 importId, const QString& source);
    Result<QList<ImportHistoryRow>> history(int limit = 100);
    Result<QList<CoverageRow>> coverage();
    // "Daftar pekerja terdampak (Kemnaker)" and the English.
    static QString listLabel(ReferenceList list, bool english);

private:
    Database& m_db;
    Session m_session;
};

} // namespace prakerja
