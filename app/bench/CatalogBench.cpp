// prakerjactl bench catalog --trainings N: the catalogue's import rate (with validation; its
// parts side by side: reading, planning, writing with the full-text index filled row by row or
// after the batch) and the table's queries (a full-text search with two filters, a sort
// change) as the console runs them (first page and count) beside their parts, the old
// every-row reads and a LIKE scan, on a scratch database. Figures only; nothing fails on time.
#include "BenchCommands.h"

#include "engine/DemoCatalogue.h"
#include "io/TrainingExport.h"
#include "itemmodels/TrainingTableModel.h"
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
    const Session session = Session::system();
    CatalogPolicy policy;
    // A fresh workspace per import, so that each way of importing starts from the same state.
    auto freshWorkspace = [&dir](const QString& name) {
        for (const char* suffix : {".db", ".db-wal", ".db-shm", ".key"})
            QFile::remove(dir + u'/' + name + QLatin1StringView(suffix));
        return Workspace::init(
            WorkspacePaths{dir + u'/' + name + QStringLiteral(".db"), dir + u'/' + name + QStringLiteral(".key")});
    };

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
    const double readSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    // The import's parts, side by side: reading, planning (validation and matching), writing
    // with the full-text index filled by the insert trigger row by row, and filled once after
    // the rows (what an import of 500 rows or more does).
    ctx.out() << "import, " << count << " rows (one transaction, prepared statements reused):\n";
    auto row = [&ctx, count](const char* what, double seconds) {
        ctx.out() << QStringLiteral("  %1 %2 s  = %3 rows/s\n")
                         .arg(QString::fromLatin1(what).leftJustified(58))
                         .arg(seconds, 6, 'f', 2)
                         .arg(static_cast<qint64>(count / seconds));
    };
    row("reading the CSV", readSeconds);
    std::unique_ptr<Workspace> ws;
    for (const auto& [name, fullText] :
         {std::pair{"import, full-text index by trigger, row by row", ImportOptions::FullText::PerRow},
          std::pair{"import, full-text index filled after the batch", ImportOptions::FullText::AfterBatch}}) {
        auto fresh = freshWorkspace(fullText == ImportOptions::FullText::PerRow ? QStringLiteral("catalog-bench-rows")
                                                                                : QStringLiteral("catalog-bench"));
        if (!fresh)
            return ctx.fail(fresh.error());
        Database& db = fresh.value()->db();
        timer.restart();
        auto planned = CatalogImportService(db, policy).plan(session, file);
        if (!planned)
            return ctx.fail(planned.error());
        const double planSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        ImportOptions options;
        options.fullText = fullText;
        auto outcome = CatalogImportService(db, policy).import(session, file, options);
        if (!outcome)
            return ctx.fail(outcome.error());
        const double importSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (fullText == ImportOptions::FullText::PerRow)
            row("  of which planning alone (validate, match stored rows)", planSeconds);
        row(name, importSeconds);
        row("  the same with reading the CSV (the target's figure)", importSeconds + readSeconds);
        if (outcome->plan.inserts != count)
            ctx.out() << "  accepted " << outcome->plan.inserts << ", rejected " << outcome->plan.rejected << '\n';
        ws = std::move(fresh.value());
    }
    Database& db = ws->db();
    timer.restart();
    auto again = CatalogImportService(db, policy).import(session, file, {});
    if (!again)
        return ctx.fail(again.error());
    ctx.out() << QStringLiteral("re-import of the same file: %1 unchanged in %2 s\n")
                     .arg(again->plan.unchanged)
                     .arg(static_cast<double>(timer.nsecsElapsed()) / 1e9, 0, 'f', 2);
    db.exec(QStringLiteral("ANALYZE"));

    TrainingStore store(db);
    CatalogService catalog(db, policy);
    const QStringList words = {QStringLiteral("kopi"),      QStringLiteral("bahasa"),    QStringLiteral("akuntansi"),
                               QStringLiteral("barista"),   QStringLiteral("excel"),     QStringLiteral("budidaya"),
                               QStringLiteral("pelatihan"), QStringLiteral("pemasaran"), QStringLiteral("hotel"),
                               QStringLiteral("video")};
    const QStringList platforms = {QStringLiteral("TOKOPEDIA"), QStringLiteral("PINTARIA"), QStringLiteral("SEKOLAHMU"),
                                   QStringLiteral("SISNAKER")};
    const int page = TrainingTableModel::kPageSize;
    auto filtered = [&](int i) {
        TrainingQuery q;
        q.text = words[i % words.size()];
        q.platform = platforms[i % platforms.size()];
        q.level = 1 + i % 3;
        return q;
    };
    auto firstPage = [&](TrainingQuery q) {
        q.limit = page;
        return q;
    };
    const int runs = count >= 50'000 ? 100 : 300;
    ctx.out() << "queries (" << runs << " runs each; the console's table reads the first page of " << page
              << " rows and the count, later pages as it scrolls):\n";
    // The machine's own tail: a fixed piece of work with no SQL at all. When its p99 is far above
    // its p50, the queries' p99 below carries the same scheduling noise (other processes).
    print(ctx, "noise probe: a fixed 2 ms of arithmetic, no SQL", measure(runs, [](int) {
              QElapsedTimer t;
              t.start();
              volatile quint64 x = 0;
              while (t.nsecsElapsed() < 2'000'000)
                  for (int k = 0; k < 1000; ++k)
                      x = x + static_cast<quint64>(k);
              return 0;
          }));
    print(ctx, "SEARCH full-text + platform + level: page + count",
          measure(runs, [&](int i) { return catalog.searchPage(session, firstPage(filtered(i)))->rows.size(); }));
    print(ctx, "  its parts: the full-text query alone, first page", measure(runs, [&](int i) {
              TrainingQuery q;
              q.text = words[i % words.size()];
              return store.search(firstPage(q))->size();
          }));
    print(ctx, "  its parts: full-text + two filters, first page",
          measure(runs, [&](int i) { return store.search(firstPage(filtered(i)))->size(); }));
    print(ctx, "  its parts: full-text + two filters, the count", measure(runs, [&](int i) {
              const auto matches = store.countMatches(filtered(i));
              return matches ? matches.value() : qint64(0);
          }));
    print(ctx, "  before: full-text + two filters, every match",
          measure(runs, [&](int i) { return store.search(filtered(i))->size(); }));
    print(ctx, "  baseline: LIKE scan, same filters, every match",
          measure(std::max(10, runs / 5), [&](int i) { return store.searchLike(filtered(i))->size(); }));
    const TrainingSort sorts[]
        = {TrainingSort::Price, TrainingSort::Title, TrainingSort::Duration, TrainingSort::Platform};
    auto sorted = [&](int i) {
        TrainingQuery q;
        q.sort = sorts[i % 4];
        q.descending = i % 2;
        return q;
    };
    print(ctx, "SORT CHANGE, whole catalogue: page + count",
          measure(runs, [&](int i) { return catalog.searchPage(session, firstPage(sorted(i)))->rows.size(); }));
    // Scrolled far down, every sortable column in both directions: the page after the row at
    // 50 % and 95 % by keyset (what the table asks), beside the same pages by OFFSET (before).
    const TrainingSort allSorts[]
        = {TrainingSort::Title, TrainingSort::Platform, TrainingSort::Category, TrainingSort::Level,
           TrainingSort::Price, TrainingSort::Duration, TrainingSort::Status,   TrainingSort::Updated};
    auto anySort = [&](int i) {
        TrainingQuery q;
        q.sort = allSorts[(i / 2) % 8];
        q.descending = i % 2;
        q.limit = page;
        return q;
    };
    // The cursor of the row just before each place (found once, not timed).
    auto cursorsAt = [&](double share) {
        std::vector<TrainingCursor> cursors;
        for (int i = 0; i < 16; ++i) {
            TrainingQuery q = anySort(i);
            q.offset = std::max(0, static_cast<int>(count * share) - 1);
            q.limit = 1;
            TrainingCursor c;
            store.search(q, &c);
            cursors.push_back(c);
        }
        return cursors;
    };
    const std::vector<TrainingCursor> half = cursorsAt(0.5), far = cursorsAt(0.95);
    const int pageRuns = std::max(32, runs / 5);
    auto keysetPage = [&](const std::vector<TrainingCursor>& cursors) {
        return [&, cursors](int i) {
            TrainingQuery q = anySort(i);
            q.after = cursors[static_cast<size_t>(i % 16)];
            return store.search(q)->size();
        };
    };
    auto offsetPage = [&](double share) {
        return [&, share](int i) {
            TrainingQuery q = anySort(i);
            q.offset = static_cast<int>(count * share);
            return store.search(q)->size();
        };
    };
    ctx.out() << "  pages, every sort column both ways (" << pageRuns << " runs each):\n";
    print(ctx, "  the first page", measure(pageRuns, [&](int i) { return store.search(anySort(i))->size(); }));
    print(ctx, "  the page at 50 %, keyset (after the row)", measure(pageRuns, keysetPage(half)));
    print(ctx, "  the page at 95 %, keyset (after the row)", measure(pageRuns, keysetPage(far)));
    print(ctx, "  before: the page at 50 % by OFFSET", measure(pageRuns, offsetPage(0.5)));
    print(ctx, "  before: the page at 95 % by OFFSET", measure(pageRuns, offsetPage(0.95)));
    print(ctx, "  before: every row",
          measure(std::max(5, runs / 10), [&](int i) { return store.search(sorted(i))->size(); }));
    print(ctx, "SORT CHANGE with search + platform + level: page + count", measure(runs, [&](int i) {
              TrainingQuery q = firstPage(filtered(i));
              q.sort = sorts[i % 4];
              return catalog.searchPage(session, q)->rows.size();
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
