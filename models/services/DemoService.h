#pragma once
// The console's demo past selection, on a demo database only: the wave that the replayed launch
// day joined is closed, drawn and announced now, so that the pages of the money (purchases,
// incentives, the ledger's actuals) have participants to show; FeedService::simulateAfterSelection
// then feeds their purchases, completions, incentives and surveys after that announcement.

#include "domain/Error.h"
#include "domain/Session.h"

#include <atomic>

namespace prakerja {

class Database;

class DemoService
{
public:
    explicit DemoService(Database& db) : m_db(db) { }

    static constexpr int kWave = 1; // the launch-day simulator's wave (SimulatorOptions::waveToJoin)

    // Takes wave 1 to "announced" through the ordinary services (each step audited): created when
    // the console does not know it yet (opening at its first join, closing at its last, a quota
    // of two thirds of the joins so that the draw leaves some out), then opened, closed, drawn
    // and announced at this moment. A wave already announced is left as it is. Refused outside a
    // demo database, without joins, or when the joins lie after now (the announcement takes the
    // clock's time, and nobody is announced before the wave they joined closed). Needs
    // manage_waves and run_draw. The wave's number.
    Result<int> announceWave(const Session& session, const std::atomic<bool>* cancel = nullptr);

private:
    Database& m_db;
};

} // namespace prakerja
