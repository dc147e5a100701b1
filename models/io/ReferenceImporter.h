#pragma once
// Loads a NIK list from another registry (dapodik, dtks, kemnaker, exclusion): one NIK per
// line, or CSV with a `nik` column. Each line is validated and rejects are reported by line;
// the NIKs are stored as blind index plus ciphertext, never in the clear. Replaying a list
// changes nothing.

#include "FeedIngestor.h"
#include "domain/Stage.h"

namespace prakerja {

class ReferenceImporter
{
public:
    ReferenceImporter(Database& db, ReferenceList list) : m_db(db), m_list(list) { }
    void setRejectSink(FeedIngestor::RejectSink sink) { m_rejects = std::move(sink); }
    // As FeedIngestor's: inside each batch's transaction, before its commit.
    void setBatchHook(FeedIngestor::BatchHook hook) { m_batchHook = std::move(hook); }
    // The reference_imports row the added NIKs belong to (so that the import can be taken back).
    void setImportId(qint64 id) { m_importId = id; }
    Result<IngestSummary> import(QIODevice& device);

private:
    Database& m_db;
    ReferenceList m_list;
    FeedIngestor::RejectSink m_rejects;
    FeedIngestor::BatchHook m_batchHook;
    qint64 m_importId = 0;
};

} // namespace prakerja
