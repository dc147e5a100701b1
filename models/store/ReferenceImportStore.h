#pragma once
// The reference_imports table: one row per import of a NIK list (who, when, which file, how
// many NIKs it added), an interrupted import's NIKs taken over by its re-run, and taking an
// import back: the rows it added leave the list and the
// applicants' draw inputs lose that list's bit, all in the caller's transaction.

#include "domain/Error.h"
#include "domain/Stage.h"

#include <QList>

namespace prakerja {

class Database;

struct ReferenceImport
{
    qint64 id = 0;
    ReferenceList list = ReferenceList::Dapodik;
    qint64 at = 0; // UTC epoch ms
    QString operatorName;
    QString file;
    qint64 added = 0;
    qint64 removedAt = 0; // 0 while in force
    qint64 mergedInto = 0; // the re-run that took over this interrupted import's NIKs; 0: none
    // Interrupted (killed, or stopped by an error) after some of its batches were committed:
    // it holds NIKs but was never finished. The next import of the same file takes it over.
    bool interrupted = false;
};

class ReferenceImportStore
{
public:
    explicit ReferenceImportStore(Database& db) : m_db(db) { }

    Result<qint64> begin(ReferenceList list, qint64 at, const QString& operatorName, const QString& file);
    Status finish(qint64 id, qint64 added);
    Result<ReferenceImport> get(qint64 id);
    Result<QList<ReferenceImport>> list(int limit = 100); // newest first
    // Removes the NIKs the import added; returns how many. Caller's transaction.
    Result<qint64> remove(qint64 id, qint64 at);
    // The interrupted imports of `list` from a file named `file` (not removed, not taken over,
    // never finished, holding NIKs), oldest first, other than `except`.
    Result<QList<qint64>> interrupted(ReferenceList list, const QString& file, qint64 except);
    // Moves an interrupted import's NIKs to import `into` and records the take-over; returns
    // how many NIKs moved. Caller's transaction.
    Result<qint64> mergeInto(qint64 id, qint64 into);

private:
    Database& m_db;
};

} // namespace prakerja
