#pragma once
// Where the training money went, per platform and per training (the Partner platforms page's
// "Belanja pelatihan" tab and `prakerjactl platform report`). Ministry staff, curators and
// administrators (view_dashboard); not call-centre agents.

#include "domain/Error.h"
#include "domain/Session.h"
#include "engine/SpendingReport.h"

namespace prakerja {

class Database;

class SpendingService
{
public:
    explicit SpendingService(Database& db) : m_db(db) { }

    // wave 0: every wave.
    Result<SpendingReport> report(const Session& session, int wave);
    // The report as one table (CSV, the page's export): section, key, label, platform,
    // purchases, rupiah, completions, completion_rate, median_days.
    static QList<QStringList> table(const SpendingReport& report);
    static QByteArray json(const SpendingReport& report);

private:
    Database& m_db;
};

} // namespace prakerja
