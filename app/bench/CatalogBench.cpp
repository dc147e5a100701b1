// prakerjactl bench catalog --trainings N: the catalogue's import rate (with validation) and
// the table's queries (a full-text search with two filters, a sort change), each beside a
// LIKE scan of the same filters, on a scratch database. Figures only; nothing fails on time.
#include "BenchCommands.h"

#include "engine/DemoCatalogue.h"
#include "io/TrainingExport.h"
#include "services/CatalogImportService.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>

namespace prakerja::ctl {

namespace {

struct Percentiles
{
    double p50 = 0, p99 = 0;
    qint64 rows = 0;
};

template <typename F> Percentiles measure(int runs, F&& query)
{
    std::vector<double> ms;
    Percentiles p;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        p.rows += query(i);
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    p.p50 = ms[ms.size() / 2];
    p.p99 = ms[std::min(ms.size() - 1, static_cast<size_t>(static_cast<double>(ms.size()) * 0.99))];
    p.rows /= runs;
    return p;
}

void print(CtlContext& ctx, const char* what, const Percentiles& p)
{
    ctx.out() << QStringLiteral("  %1 p50 %2 ms  p99 %3 ms  (%4 rows on average)\n")
                     .arg(QString::fromLatin1(what).leftJustified(44))
                     .arg(p.p50, 7, 'f', 2)
                     .arg(p.p99, 7, 'f', 2)
                     .arg(p.rows);
}

int benchCatalog(CtlContext& ctx)
{
    const std::optional<QString> n = ctx.option(QStringLiteral("trainings"));
    const std::optional<QString> keep = ctx.option(QStringLiteral("keep"));
    bool ok = false;
    const int count = n ? n->toInt(&ok) : 0;
    if (!ctx.finishArguments() || ctx.positional().size() != 2 || !ok || count < 100)
        return ctx.usage(ctx.argumentError().isEmpty()
                             ? QStringLiteral("usage: bench catalog --trainings N [--keep DIR]  (N >= 100)")
                             : ctx.argumentError());
    QTemporaryDir temp;
    const QString dir = keep ? *keep : temp.path();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(dir + QStringLiteral("/catalog-bench.db") + QLatin1StringView(suffix));
    const WorkspacePaths paths{dir + QStringLiteral("/catalog-bench.db"), dir + QStringLiteral("/catalog-bench.key")};
    auto ws = Workspace::init(paths);
    if (!ws)
        return ctx.fail(ws.error());
    Database& db = ws.value()->db();
    const Session session = Session::system();
    CatalogPolicy policy;

    // The partner file (generated, not timed): N trainings from the demo templates.
    const QList<Training> trainings = DemoCatalogue::synthetic(count, policy.trainingCredit);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    TrainingExport::write(csv, trainings, TrainingExport::Format::Csv);
    const QByteArray bytes = csv.data();
    ctx.out() << "bench catalog: " << count << " trainings, " << bytes.size() / 1024 << " KiB of CSV, in " << dir
              << '\n';

    QElapsedTimer timer;
    timer.start();
    QBuffer input;
    input.setData(bytes);
    input.open(QIODevice::ReadOnly);
    const TrainingImportFile file = TrainingImportFile::read(input, TrainingImportFile::Format::Csv);
    const qint64 parsed = timer.nsecsElapsed();
    auto outcome = CatalogImportService(db, policy).import(session, file, {});
    if (!outcome)
        return ctx.fail(outcome.error());
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    ctx.out() << QStringLiteral("import (read, validate, write, FTS index, history): %1 rows in %2 s = %3 rows/s"
                                " (reading the CSV %4 s); accepted %5, rejected %6\n")
                     .arg(count)
                     .arg(seconds, 0, 'f', 2)
                     .arg(static_cast<qint64>(count / seconds))
                     .arg(static_cast<double>(parsed) / 1e9, 0, 'f', 2)
                     .arg(outcome->plan.inserts)
                     .arg(outcome->plan.rejected);
    timer.restart();
    auto again = CatalogImportService(db, policy).import(session, file, {});
    if (!again)
        return ctx.fail(again.error());
    ctx.out() << QStringLiteral("re-import of the same file: %1 unchanged in %2 s\n")
                     .arg(again->plan.unchanged)
                     .arg(static_cast<double>(timer.nsecsElapsed()) / 1e9, 0, 'f', 2);
    db.exec(QStringLiteral("ANALYZE"));

    TrainingStore store(db);
    const QStringList words = {QStringLiteral("kopi"),      QStringLiteral("bahasa"),    QStringLiteral("akuntansi"),
                               QStringLiteral("barista"),   QStringLiteral("excel"),     QStringLiteral("budidaya"),
                               QStringLiteral("pelatihan"), QStringLiteral("pemasaran"), QStringLiteral("hotel"),
                               QStringLiteral("video")};
    const QStringList platforms = {QStringLiteral("TOKOPEDIA"), QStringLiteral("PINTARIA"), QStringLiteral("SEKOLAHMU"),
                                   QStringLiteral("SISNAKER")};
    auto filtered = [&](int i) {
        TrainingQuery q;
        q.text = words[i % words.size()];
        q.platform = platforms[i % platforms.size()];
        q.level = 1 + i % 3;
        return q;
    };
    const int runs = count >= 50'000 ? 100 : 300;
    ctx.out() << "queries (" << runs << " runs each; every matching row fetched, as the console's table does):\n";
    print(ctx, "full-text search + platform + level",
          measure(runs, [&](int i) { return store.search(filtered(i))->size(); }));
    print(ctx, "  baseline: LIKE scan, same filters",
          measure(std::max(10, runs / 5), [&](int i) { return store.searchLike(filtered(i))->size(); }));
    print(ctx, "full-text search alone (first 200 rows)", measure(runs, [&](int i) {
              TrainingQuery q;
              q.text = words[i % words.size()];
              q.limit = 200;
              return store.search(q)->size();
          }));
    print(ctx, "  baseline: LIKE scan (first 200 rows)", measure(std::max(10, runs / 5), [&](int i) {
              TrainingQuery q;
              q.text = words[i % words.size()];
              q.limit = 200;
              return store.searchLike(q)->size();
          }));
    const TrainingSort sorts[]
        = {TrainingSort::Price, TrainingSort::Title, TrainingSort::Duration, TrainingSort::Platform};
    print(ctx, "sort change, whole catalogue", measure(std::max(5, runs / 10), [&](int i) {
              TrainingQuery q;
              q.sort = sorts[i % 4];
              q.descending = i % 2;
              return store.search(q)->size();
          }));
    print(ctx, "sort change, first 200 rows", measure(runs, [&](int i) {
              TrainingQuery q;
              q.sort = sorts[i % 4];
              q.descending = i % 2;
              q.limit = 200;
              return store.search(q)->size();
          }));
    print(ctx, "sort change, search + platform + level", measure(runs, [&](int i) {
              TrainingQuery q = filtered(i);
              q.sort = sorts[i % 4];
              return store.search(q)->size();
          }));
    return kOk;
}

} // namespace

QList<Command> catalogBenchCommands()
{
    return {{{QStringLiteral("bench"), QStringLiteral("catalog")},
             benchCatalog,
             "bench catalog --trainings N [--keep DIR]  catalogue import rate and search/sort latency beside LIKE",
             "Imports N generated trainings into a scratch database (rows/s with validation), then times the\n"
             "console table's queries: full-text search with two filters and a sort change (p50/p99), each beside a\n"
             "LIKE scan of the same filters.\n"
             "  --trainings N   how many (at least 100)\n"
             "  --keep DIR      put the scratch database in DIR and leave it there\n"}};
}

} // namespace prakerja::ctl
