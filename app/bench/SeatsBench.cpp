// prakerjactl bench seats --seats S --applicants N [--feed M]: S simulated call-centre agents,
// each a thread with its own connection, look people up (by NIK, phone and name) and open their
// cards while a feed of M fresh registrations is ingested. Prints each agent's p50 and p99 and
// the ingest rate beside the same backend's ingest rate with no agents (the preload, same run).
// A command, not a test: it prints figures and never fails on time.
#include "BenchCommands.h"

#include "BenchDatabase.h"
#include "io/FeedIngestor.h"
#include "io/RegistrationSimulator.h"
#include "services/LookupService.h"
#include "store/Database.h"
#include "store/NameIndex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator64>
#include <QTemporaryDir>
#include <algorithm>
#include <atomic>
#include <thread>

namespace prakerja::ctl {

namespace {

struct Caller
{
    QString nik, phone, name;
};

struct AgentFigures
{
    std::vector<double> ms; // one per lookup or card
    qint64 rounds = 0, failures = 0;
    QString error;
};

double percentile(std::vector<double>& ms, double q)
{
    if (ms.empty())
        return 0;
    std::sort(ms.begin(), ms.end());
    return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))];
}

// One agent: its own connection, a call after another until `stop`: the caller's NIK, phone and
// name (two word prefixes, the first page), then the card of the one found by NIK.
void agent(const QString& location, const KeyFile& keys, int number, const std::vector<Caller>& callers,
           const std::atomic<bool>& stop, AgentFigures& figures)
{
    auto db = Database::open(location, keys);
    if (!db) {
        figures.error = db.error().message();
        return;
    }
    const Session session(number, QStringLiteral("agen-%1").arg(number), Role::CallCentreAgent);
    LookupService lookup(*db.value(), session);
    QRandomGenerator64 rng(static_cast<quint64>(number));
    auto timed = [&](auto&& call) {
        QElapsedTimer t;
        t.start();
        const bool ok = call();
        figures.ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        figures.failures += ok ? 0 : 1;
        return ok;
    };
    while (!stop.load(std::memory_order_relaxed)) {
        const Caller& c = callers[static_cast<size_t>(rng.bounded(static_cast<quint64>(callers.size())))];
        qint64 id = 0;
        timed([&] {
            const auto page = lookup.search(LookupQuery::as(LookupKind::Nik, c.nik));
            if (page.ok() && page->hits.size() == 1)
                id = page->hits.first().id;
            return id > 0;
        });
        timed([&] {
            const auto page = lookup.search(LookupQuery::as(LookupKind::Phone, c.phone));
            return page.ok() && !page->hits.isEmpty();
        });
        timed([&] {
            const QStringList words = c.name.split(u' ', Qt::SkipEmptyParts);
            const QString text = words.size() > 1 ? words.first().left(4) + u' ' + words.last().left(3) : c.name;
            const auto page = lookup.search(LookupQuery::recognise(text));
            return page.ok() && !page->hits.isEmpty();
        });
        if (id > 0)
            timed([&] { return lookup.card(id).ok(); });
        ++figures.rounds;
    }
}

} // namespace

int benchSeats(CtlContext& ctx)
{
    const int seats = ctx.option(QStringLiteral("seats")).value_or(QStringLiteral("20")).toInt();
    const qint64 applicants = ctx.option(QStringLiteral("applicants")).value_or(QStringLiteral("1000000")).toLongLong();
    const std::optional<QString> feedText = ctx.option(QStringLiteral("feed"));
    const std::optional<QString> keep = ctx.option(QStringLiteral("keep"));
    const qint64 fresh = feedText ? feedText->toLongLong() : std::max<qint64>(10'000, applicants / 5);
    if (!ctx.finishArguments() || seats < 1 || seats > 200 || applicants < 1000 || fresh < 1)
        return ctx.usage(QStringLiteral("usage: bench seats --seats S --applicants N [--feed M] [--keep DIR]"
                                        " (with --db postgresql://…: on a scratch database made on that server)"));
    QTemporaryDir scratch;
    const QString dir = keep ? *keep : scratch.path();
    QDir().mkpath(dir);
    QFile::remove(dir + QStringLiteral("/seats.key"));
    BenchDatabase where(ctx.paths().database, dir + QStringLiteral("/seats.db"));
    if (const Status s = where.create(); !s)
        return ctx.fail(s.error());
    auto keys = KeyFile::create(dir + QStringLiteral("/seats.key"));
    if (!keys)
        return ctx.fail(keys.error());
    QTextStream& out = ctx.out();
    out << "database  : " << where.describe() << '\n';

    // The simulator's feed: N registrations to start from, then M more for the ingest under load;
    // every 100th of the first N is a caller the agents look up.
    out << "generating " << applicants + fresh << " registrations (simulator, not timed) …\n";
    out.flush();
    SimulatorOptions options;
    options.registrations = applicants + fresh;
    options.badShare = 0;
    options.registrationsOnly = true;
    RegistrationSimulator simulator(options);
    const QString feedPath = dir + QStringLiteral("/seats-feed.jsonl");
    std::vector<Caller> callers;
    {
        QFile file(feedPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return ctx.fail(makeError(QStringLiteral("output"), file.errorString()));
        QByteArray line;
        for (qint64 n = 0; simulator.next(line) != FeedIngestor::Next::End; ++n) {
            if (n < applicants && n % 100 == 0) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                callers.push_back({o.value(QStringLiteral("nik")).toString(),
                                   o.value(QStringLiteral("phone")).toString(),
                                   o.value(QStringLiteral("name")).toString()});
            }
            line += '\n';
            file.write(line);
        }
    }
    auto opened = Database::open(where.location(), keys.value(), Database::OpenMode::CreateIfMissing);
    if (!opened)
        return ctx.fail(opened.error());
    Database& db = *opened.value();
    QFile feed(feedPath);
    feed.open(QIODevice::ReadOnly);
    const FeedIngestor::LineSource lines = FeedIngestor::linesOf(feed);
    auto ingest = [&](qint64 count) {
        qint64 taken = 0;
        FeedIngestor ingestor(db);
        return ingestor.ingest([&](QByteArray& l) { return taken++ < count ? lines(l) : FeedIngestor::Next::End; });
    };
    QElapsedTimer timer;
    timer.start();
    const auto preload = ingest(applicants);
    const double preloadSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!preload)
        return ctx.fail(preload.error());
    out << QStringLiteral("preload   : %1 registrations in %2 s = %3 /s (no agents)\n")
               .arg(preload->accepted)
               .arg(preloadSeconds, 0, 'f', 1)
               .arg(static_cast<double>(preload->accepted) / preloadSeconds, 0, 'f', 0);
    timer.restart();
    const auto indexed = NameIndex(db).catchUp(keys.value());
    if (!indexed)
        return ctx.fail(indexed.error());
    out << QStringLiteral("name index: %1 applicants in %2 s (not part of the figures)\n")
               .arg(indexed.value())
               .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1);
    out.flush();

    // The agents start, then the feed's next M lines are ingested; they stop when it ends.
    std::atomic<bool> stop{false};
    std::vector<AgentFigures> figures(static_cast<size_t>(seats));
    std::vector<std::thread> threads;
    const QString location = where.location();
    for (int i = 0; i < seats; ++i)
        threads.emplace_back(agent, location, std::cref(keys.value()), i + 1, std::cref(callers), std::cref(stop),
                             std::ref(figures[static_cast<size_t>(i)]));
    timer.restart();
    const auto loaded = ingest(fresh);
    const double loadSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    stop = true;
    for (std::thread& t : threads)
        t.join();
    if (!loaded)
        return ctx.fail(loaded.error());

    out << QStringLiteral("\n%1 agents (own connection each: lookup by NIK, phone, name; card) while %2 registrations"
                          " were ingested, %3 s:\n")
               .arg(seats)
               .arg(loaded->accepted)
               .arg(loadSeconds, 0, 'f', 1);
    std::vector<double> all;
    qint64 failures = 0;
    for (int i = 0; i < seats; ++i) {
        AgentFigures& f = figures[static_cast<size_t>(i)];
        if (!f.error.isEmpty())
            return ctx.fail(makeError(QStringLiteral("bench"), f.error));
        all.insert(all.end(), f.ms.begin(), f.ms.end());
        failures += f.failures;
        const size_t count = f.ms.size();
        out << QStringLiteral("agent %1: %2 calls, %3 requests, p50 %4 ms, p99 %5 ms%6\n")
                   .arg(i + 1, 2)
                   .arg(f.rounds, 5)
                   .arg(count, 6)
                   .arg(percentile(f.ms, 0.50), 7, 'f', 2)
                   .arg(percentile(f.ms, 0.99), 8, 'f', 2)
                   .arg(f.failures ? QStringLiteral(", %1 not found").arg(f.failures) : QString());
    }
    out << QStringLiteral("all agents: %1 requests = %2 /s, p50 %3 ms, p99 %4 ms, %5 not found\n")
               .arg(all.size())
               .arg(static_cast<double>(all.size()) / loadSeconds, 0, 'f', 0)
               .arg(percentile(all, 0.50), 0, 'f', 2)
               .arg(percentile(all, 0.99), 0, 'f', 2)
               .arg(failures);
    out << QStringLiteral("ingest    : %1 /s with %2 agents, %3 /s with none (the preload above)\n")
               .arg(static_cast<double>(loaded->accepted) / loadSeconds, 0, 'f', 0)
               .arg(seats)
               .arg(static_cast<double>(preload->accepted) / preloadSeconds, 0, 'f', 0);
    return kOk;
}

} // namespace prakerja::ctl
