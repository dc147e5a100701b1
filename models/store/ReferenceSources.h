#pragma once
// Owner of the reference_sources table: who collected a NIK list ("Disnaker Kota Bandung"),
// one row per import (reference_imports), so every entry of the list keeps its source through
// its import_id. Also the coverage report per list and source: of the NIKs listed, how many
// registered, verified their NIK, joined a wave and were selected (became participants) —
// reading reference_lists, applicants and participants (owned elsewhere).

#include "domain/Error.h"

#include <QList>
#include <QMap>
#include <QString>

namespace prakerja {

class Database;

struct CoverageRow
{
    int list = 0; // ReferenceList
    QString source; // empty: not recorded
    qint64 listed = 0, registered = 0, verified = 0, joined = 0, selected = 0;
};

struct ImportSource
{
    qint64 importId = 0;
    QString source;
};

class ReferenceSources
{
public:
    explicit ReferenceSources(Database& db) : m_db(db) { }

    // Caller's transaction (or none).
    Status set(qint64 importId, const QString& source);
    Result<QMap<qint64, QString>> all(); // by import id
    // The source of each list the NIK is on (list -> source; empty when not recorded).
    Result<QMap<int, QString>> ofNik(const QByteArray& nikBi);
    // One row per (list, source), by list then source.
    Result<QList<CoverageRow>> coverage();

private:
    Database& m_db;
};

} // namespace prakerja
