// prakerjactl catalog list|show|import|export|submit|approve|reject|publish|retire|checks|dismiss|demo
#include "Commands.h"

#include "domain/IndonesianFormat.h"
#include "domain/Timestamp.h"
#include "services/CatalogImportService.h"
#include "services/CatalogService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prakerja::ctl {

namespace {

Error inputError(const QString& path)
{
    return makeError(QStringLiteral("input"), Error::tr("Berkas tidak dapat dibuka: %1").arg(path));
}

// The list/export filters; false with a usage message in `error` when a value is wrong.
bool readQuery(CtlContext& ctx, TrainingQuery& q, QString& error)
{
    q.text = ctx.option(QStringLiteral("search")).value_or(QString());
    q.platform = ctx.option(QStringLiteral("platform")).value_or(QString()).toUpper();
    q.category = ctx.option(QStringLiteral("category")).value_or(QString()).toLower();
    if (const auto v = ctx.option(QStringLiteral("level"))) {
        const auto l = TrainingRules::levelFromText(*v);
        if (!l)
            error = QStringLiteral("--level: Pemula, Menengah or Mahir");
        else
            q.level = static_cast<int>(*l);
    }
    if (const auto v = ctx.option(QStringLiteral("mode"))) {
        const auto m = TrainingRules::modeFromText(*v);
        if (!m)
            error = QStringLiteral("--mode: online or offline");
        else
            q.mode = static_cast<int>(*m);
    }
    if (const auto v = ctx.option(QStringLiteral("status"))) {
        const auto s = TrainingRules::statusFromName(*v);
        if (!s)
            error = QStringLiteral("--status: draft, submitted, approved, rejected, published or retired");
        else
            q.status = static_cast<int>(*s);
    }
    for (const auto& [name, target] : {std::pair{"min-price", &q.minPrice}, std::pair{"max-price", &q.maxPrice}})
        if (const auto v = ctx.option(QString::fromLatin1(name))) {
            const auto p = TrainingRules::parsePrice(*v);
            if (!p)
                error = QStringLiteral("--%1: whole rupiah").arg(QLatin1StringView(name));
            else
                *target = *p;
        }
    if (const auto v = ctx.option(QStringLiteral("sort"))) {
        static const QStringList names = {
            QStringLiteral("title"), QStringLiteral("platform"), QStringLiteral("category"), QStringLiteral("level"),
            QStringLiteral("price"), QStringLiteral("duration"), QStringLiteral("status"),   QStringLiteral("updated")};
        const qsizetype i = names.indexOf(v->toLower());
        if (i < 0)
            error = QStringLiteral("--sort: ") + names.join(QStringLiteral(", "));
        else
            q.sort = static_cast<TrainingSort>(i);
    }
    q.descending = ctx.flag(QStringLiteral("desc"));
    if (const auto v = ctx.option(QStringLiteral("limit"))) {
        bool ok = false;
        q.limit = v->toInt(&ok);
        if (!ok || q.limit < 0)
            error = QStringLiteral("--limit: a number");
    }
    return error.isEmpty();
}

QJsonObject toJson(const Training& t)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), t.id);
    for (const QString& f : TrainingRules::fieldNames()) {
        if (f == u"price")
            o.insert(f, t.price);
        else if (f == u"duration_hours")
            o.insert(f, t.durationHours);
        else if (f == u"health_clearance")
            o.insert(f, t.healthClearance);
        else
            o.insert(f, TrainingRules::fieldValue(t, f));
    }
    o.insert(QStringLiteral("status"), TrainingRules::statusName(t.status));
    if (!t.rejectReason.isEmpty())
        o.insert(QStringLiteral("reject_reason"), t.rejectReason);
    if (t.held)
        o.insert(QStringLiteral("held"), true);
    o.insert(QStringLiteral("version"), t.version);
    return o;
}

int list(CtlContext& ctx)
{
    TrainingQuery query;
    QString error;
    const bool json = ctx.flag(QStringLiteral("json"));
    if (!readQuery(ctx, query, error) || !ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(!error.isEmpty()                    ? error
                             : ctx.argumentError().isEmpty() ? QStringLiteral("usage: catalog list [filters] [--json]")
                                                             : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    CatalogService catalog(ctx.workspace().value()->db(), CatalogPolicy::from(ctx.workspace().value()->programme()));
    auto rows = catalog.search(session.value(), query);
    if (!rows)
        return ctx.fail(rows.error());
    if (json) {
        QJsonArray array;
        for (const Training& t : rows.value())
            array.append(toJson(t));
        ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return kOk;
    }
    for (const Training& t : rows.value())
        ctx.out() << t.id << '\t' << t.platform << '\t' << t.code << '\t' << TrainingRules::statusName(t.status) << '\t'
                  << IndonesianFormat::rupiah(t.price) << '\t'
                  << CtlContext::tr("%1 jam").arg(CtlContext::number(t.durationHours)) << '\t' << t.title << '\n';
    ctx.out() << CtlContext::tr("%1 pelatihan").arg(CtlContext::number(rows->size())) << '\n';
    return kOk;
}

int show(CtlContext& ctx)
{
    const bool json = ctx.flag(QStringLiteral("json"));
    const bool withHistory = ctx.flag(QStringLiteral("history"));
    bool ok = false;
    if (!ctx.finishArguments() || ctx.positional().size() != 3 || (ctx.positional().at(2).toLongLong(&ok), !ok))
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: catalog show ID [--history] [--json]")
                                                       : ctx.argumentError());
    const qint64 id = ctx.positional().at(2).toLongLong();
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    CatalogService catalog(ctx.workspace().value()->db(), CatalogPolicy::from(ctx.workspace().value()->programme()));
    auto t = catalog.get(session.value(), id);
    if (!t)
        return ctx.fail(t.error());
    QList<TrainingHistoryEntry> history;
    if (withHistory) {
        auto h = catalog.history(session.value(), id);
        if (!h)
            return ctx.fail(h.error());
        history = h.value();
    }
    if (json) {
        QJsonObject o = toJson(t.value());
        if (withHistory) {
            QJsonArray array;
            for (const TrainingHistoryEntry& e : history)
                array.append(QJsonObject{{QStringLiteral("version"), e.version},
                                         {QStringLiteral("at"), Timestamp::toIsoWib(e.at)},
                                         {QStringLiteral("operator"), e.operatorName},
                                         {QStringLiteral("field"), e.field},
                                         {QStringLiteral("from"), e.from},
                                         {QStringLiteral("to"), e.to}});
            o.insert(QStringLiteral("history"), array);
        }
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return kOk;
    }
    ctx.out() << "id " << t->id << "\nversion " << t->version << '\n';
    for (const QString& f : TrainingRules::fieldNames())
        ctx.out() << f << ' ' << TrainingRules::fieldValue(t.value(), f) << '\n';
    ctx.out() << "status " << TrainingRules::statusName(t->status) << (t->held ? " (held)" : "") << '\n';
    if (!t->rejectReason.isEmpty())
        ctx.out() << "reject_reason " << t->rejectReason << '\n';
    for (const TrainingHistoryEntry& e : history)
        ctx.out() << "history v" << e.version << ' ' << Timestamp::toDisplayWib(e.at) << ' ' << e.operatorName << ' '
                  << e.field << ": " << e.from << " → " << e.to << '\n';
    return kOk;
}

int importFile(CtlContext& ctx)
{
    ImportOptions options;
    options.dryRun = ctx.flag(QStringLiteral("dry-run"));
    options.allOrNothing = ctx.flag(QStringLiteral("all-or-nothing"));
    const auto format = ctx.option(QStringLiteral("format"));
    if (!ctx.finishArguments() || ctx.positional().size() != 3 || (format && *format != u"csv" && *format != u"json"))
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral(
                             "usage: catalog import FILE [--format csv|json] [--dry-run] [--all-or-nothing]")
                                                       : ctx.argumentError());
    const QString path = ctx.positional().at(2);
    QFile input;
    const bool opened = path == u"-" ? input.open(stdin, QIODevice::ReadOnly)
                                     : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!opened)
        return ctx.fail(inputError(path));
    const auto fileFormat = format
        ? (*format == u"json" ? TrainingImportFile::Format::Json : TrainingImportFile::Format::Csv)
        : TrainingImportFile::formatFor(path);
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    const TrainingImportFile file = TrainingImportFile::read(input, fileFormat);
    CatalogImportService importer(ctx.workspace().value()->db(),
                                  CatalogPolicy::from(ctx.workspace().value()->programme()));
    auto outcome = importer.import(session.value(), file, options);
    if (!outcome)
        return ctx.fail(outcome.error());
    const ImportPlan& plan = outcome->plan;
    for (const QString& column : plan.unknownColumns)
        ctx.err() << CtlContext::tr("kolom tidak dikenal: %1 (diabaikan)").arg(column) << '\n';
    for (const ImportPlanRow& row : plan.rows)
        for (const FieldProblem& p : row.problems)
            ctx.err()
                << CtlContext::tr("baris %1: %2: %3").arg(QString::number(row.line), p.error.code, p.error.message())
                << '\n';
    ctx.err().flush();
    ctx.out() << CtlContext::tr("baru %1, diperbarui %2, tidak berubah %3, ditolak %4")
                     .arg(CtlContext::number(plan.inserts), CtlContext::number(plan.updates),
                          CtlContext::number(plan.unchanged), CtlContext::number(plan.rejected));
    if (!outcome->written)
        ctx.out() << ' '
                  << (options.dryRun ? CtlContext::tr("(uji coba: tidak ada yang ditulis)")
                                     : CtlContext::tr("(semua atau tidak sama sekali: tidak ada yang ditulis)"));
    ctx.out() << '\n';
    return plan.rejected == 0 ? kOk : kFailed;
}

int exportFile(CtlContext& ctx)
{
    TrainingQuery query;
    QString error;
    const auto format = ctx.option(QStringLiteral("format"));
    if (!readQuery(ctx, query, error) || !ctx.finishArguments() || ctx.positional().size() != 3
        || (format && *format != u"csv" && *format != u"json"))
        return ctx.usage(!error.isEmpty() ? error
                             : ctx.argumentError().isEmpty()
                             ? QStringLiteral("usage: catalog export FILE|- [--format csv|json] [filters]")
                             : ctx.argumentError());
    const QString path = ctx.positional().at(2);
    const auto fileFormat = format ? (*format == u"json" ? TrainingExport::Format::Json : TrainingExport::Format::Csv)
                                   : TrainingExport::formatFor(path);
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    QFile output;
    const bool opened = path == u"-"
        ? output.open(stdout, QIODevice::WriteOnly)
        : (output.setFileName(path), output.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened)
        return ctx.fail(makeError(QStringLiteral("output"), Error::tr("Berkas tidak dapat ditulis: %1").arg(path)));
    CatalogImportService exporter(ctx.workspace().value()->db(),
                                  CatalogPolicy::from(ctx.workspace().value()->programme()));
    auto written = exporter.exportTo(session.value(), output, fileFormat, query);
    if (!written)
        return ctx.fail(written.error());
    output.close();
    if (path != u"-")
        ctx.out() << CtlContext::tr("%1 pelatihan ditulis ke %2").arg(CtlContext::number(written.value()), path)
                  << '\n';
    return kOk;
}

int transition(CtlContext& ctx, TrainingAction action)
{
    const std::optional<QString> reason = ctx.option(QStringLiteral("reason"));
    QList<qint64> ids;
    bool ok = ctx.finishArguments() && ctx.positional().size() >= 3;
    for (qsizetype i = 2; ok && i < ctx.positional().size(); ++i) {
        ids << ctx.positional().at(i).toLongLong(&ok);
    }
    if (!ok || (action == TrainingAction::Reject && (!reason || reason->trimmed().isEmpty())))
        return ctx.usage(ctx.argumentError().isEmpty()
                             ? QStringLiteral("usage: catalog %1 ID... %2")
                                   .arg(TrainingRules::actionName(action),
                                        action == TrainingAction::Reject ? QStringLiteral("--reason TEXT") : QString())
                             : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    CatalogService catalog(ctx.workspace().value()->db(), CatalogPolicy::from(ctx.workspace().value()->programme()));
    auto outcome = catalog.bulk(session.value(), ids, action, reason.value_or(QString()));
    if (!outcome)
        return ctx.fail(outcome.error());
    for (const auto& [id, e] : outcome->refused)
        ctx.err() << CtlContext::tr("pelatihan %1: %2: %3").arg(QString::number(id), e.code, e.message()) << '\n';
    ctx.err().flush();
    ctx.out() << CtlContext::tr("%1: diubah %2, ditolak %3")
                     .arg(TrainingRules::actionName(action), CtlContext::number(outcome->changed.size()),
                          CtlContext::number(outcome->refused.size()))
              << '\n';
    return outcome->refused.isEmpty() ? kOk : kFailed;
}

int submit(CtlContext& ctx)
{
    return transition(ctx, TrainingAction::Submit);
}
int approve(CtlContext& ctx)
{
    return transition(ctx, TrainingAction::Approve);
}
int reject(CtlContext& ctx)
{
    return transition(ctx, TrainingAction::Reject);
}
int publish(CtlContext& ctx)
{
    return transition(ctx, TrainingAction::Publish);
}
int retire(CtlContext& ctx)
{
    return transition(ctx, TrainingAction::Retire);
}

int checks(CtlContext& ctx)
{
    const bool json = ctx.flag(QStringLiteral("json"));
    const bool all = ctx.flag(QStringLiteral("all"));
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: catalog checks [--json] [--all]")
                                                       : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    CatalogService catalog(ctx.workspace().value()->db(), CatalogPolicy::from(ctx.workspace().value()->programme()));
    auto flags = catalog.checks(session.value(), all);
    if (!flags)
        return ctx.fail(flags.error());
    if (json) {
        QJsonArray array;
        for (const CurationFlag& f : flags.value()) {
            QJsonObject o{{QStringLiteral("training"), f.trainingId},
                          {QStringLiteral("check"), curationCheckName(f.check)},
                          {QStringLiteral("reason"), f.reason()}};
            if (f.dismissed) {
                o.insert(QStringLiteral("dismissed"), true);
                o.insert(QStringLiteral("dismiss_reason"), f.dismissReason);
            }
            array.append(o);
        }
        ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return kOk;
    }
    for (const CurationFlag& f : flags.value())
        ctx.out() << f.trainingId << '\t' << curationCheckName(f.check) << '\t' << f.reason()
                  << (f.dismissed ? u'\t' + CtlContext::tr("(diabaikan: %1)").arg(f.dismissReason) : QString()) << '\n';
    ctx.out() << CtlContext::tr("%1 tanda").arg(CtlContext::number(flags->size())) << '\n';
    return kOk;
}

int dismiss(CtlContext& ctx)
{
    const std::optional<QString> reason = ctx.option(QStringLiteral("reason"));
    bool ok = false;
    if (!ctx.finishArguments() || ctx.positional().size() != 4 || !reason
        || (ctx.positional().at(2).toLongLong(&ok), !ok))
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: catalog dismiss ID CHECK --reason TEXT")
                                                       : ctx.argumentError());
    const auto check = curationCheckFromName(ctx.positional().at(3));
    if (!check)
        return ctx.usage(QStringLiteral("unknown check %1 (see 'catalog checks')").arg(ctx.positional().at(3)));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    CatalogService catalog(ctx.workspace().value()->db(), CatalogPolicy::from(ctx.workspace().value()->programme()));
    if (const Status s = catalog.dismiss(session.value(), ctx.positional().at(2).toLongLong(), *check, *reason); !s)
        return ctx.fail(s.error());
    ctx.out() << CtlContext::tr("%1 pada pelatihan %2 diabaikan").arg(curationCheckName(*check), ctx.positional().at(2))
              << '\n';
    return kOk;
}

int demo(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: catalog demo") : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    CatalogService catalog(ctx.workspace().value()->db(), CatalogPolicy::from(ctx.workspace().value()->programme()));
    auto n = catalog.seedDemo(session.value());
    if (!n)
        return ctx.fail(n.error());
    ctx.out() << (n.value() ? CtlContext::tr("%1 pelatihan demo ditambahkan").arg(CtlContext::number(n.value()))
                            : CtlContext::tr("katalog tidak kosong; tidak ada yang ditambahkan"))
              << '\n';
    return kOk;
}

const char* kFilters = "Filters:\n"
                       "  --search WORDS      full-text search in title and description (prefixes, diacritics folded)\n"
                       "  --platform CODE     --category CODE   --level Pemula|Menengah|Mahir   --mode online|offline\n"
                       "  --status NAME       draft|submitted|approved|rejected|published|retired\n"
                       "  --min-price RP      --max-price RP\n"
                       "  --sort KEY          title|platform|category|level|price|duration|status|updated\n"
                       "  --desc              descending   --limit N   at most N rows\n";

} // namespace

QList<Command> catalogCommands()
{
    static const QByteArray listHelp = QByteArray("Lists the trainings (an agent sees the published ones only).\n")
        + kFilters + "  --json              a JSON array instead of lines\n";
    static const QByteArray exportHelp
        = QByteArray("Writes the trainings as CSV (formulas neutralised) or JSON; importing the file changes nothing.\n"
                     "  --format csv|json   (default from the file's extension)\n")
        + kFilters + "Needs manage_catalogue or export_data; audited.\n";
    return {
        {{QStringLiteral("catalog"), QStringLiteral("list")},
         list,
         "catalog list [filters] [--json] the training catalogue",
         listHelp.constData()},
        {{QStringLiteral("catalog"), QStringLiteral("show")},
         show,
         "catalog show ID [--history]     one training, with its field history",
         "Shows one training.\n  --history   who changed which field, when, from what to what\n  --json      as "
         "JSON\n"},
        {{QStringLiteral("catalog"), QStringLiteral("import")},
         importFile,
         "catalog import FILE [--dry-run] [--all-or-nothing]  a partner's CSV or JSON file",
         "Imports a partner's trainings (CSV with a header row in any order, or a JSON array of objects).\n"
         "Columns: platform code title category level price duration_hours (required), mode description url\n"
         "health_clearance (optional). Rows are matched by platform and code: new ones and changed ones go in\n"
         "as submitted, unchanged ones are left alone. Each rejected row is reported on stderr as\n"
         "'line N: CODE: FIELD: reason'; unknown columns are reported and ignored.\n"
         "  --dry-run          validate and report, write nothing\n"
         "  --all-or-nothing   write nothing when any row is rejected\n"
         "  --format csv|json  (default from the file's extension; - reads standard input as CSV)\n"
         "Exit status 1 when any row was rejected. Needs manage_catalogue; audited.\n"},
        {{QStringLiteral("catalog"), QStringLiteral("export")},
         exportFile,
         "catalog export FILE|- [--format csv|json] [filters]  write the catalogue",
         exportHelp.constData()},
        {{QStringLiteral("catalog"), QStringLiteral("submit")},
         submit,
         "catalog submit ID...            draft or rejected → submitted",
         "Submits trainings for review (draft or rejected → submitted). Needs manage_catalogue.\n"},
        {{QStringLiteral("catalog"), QStringLiteral("approve")},
         approve,
         "catalog approve ID...           submitted → approved",
         "Approves submitted trainings. Curators and administrators only; each id on its own, refusals on stderr.\n"},
        {{QStringLiteral("catalog"), QStringLiteral("reject")},
         reject,
         "catalog reject ID... --reason TEXT  submitted or approved → rejected",
         "Rejects trainings with a reason. Curators and administrators only.\n  --reason TEXT  required\n"},
        {{QStringLiteral("catalog"), QStringLiteral("publish")},
         publish,
         "catalog publish ID...           approved → published",
         "Publishes approved trainings (not while their platform is suspended; the price must be within the\n"
         "training credit). Curators and administrators only.\n"},
        {{QStringLiteral("catalog"), QStringLiteral("retire")},
         retire,
         "catalog retire ID...            → retired",
         "Retires trainings (from any status but retired). Curators and administrators only.\n"},
        {{QStringLiteral("catalog"), QStringLiteral("checks")},
         checks,
         "catalog checks [--json] [--all] the curation checks' flags",
         "Lists the curation flags: price_spread, category_median, price_per_hour, short_description,\n"
         "copied_description, offline_without_clearance, dead_url, each with its reason.\n"
         "  --all    include dismissed flags\n  --json   as a JSON array\n"},
        {{QStringLiteral("catalog"), QStringLiteral("dismiss")},
         dismiss,
         "catalog dismiss ID CHECK --reason TEXT  dismiss a curation flag (audited)",
         "Dismisses one curation flag on a training.\n  --reason TEXT  required\n"},
        {{QStringLiteral("catalog"), QStringLiteral("demo")},
         demo,
         "catalog demo                    add the demo catalogue to an empty catalogue",
         "Adds about 1,100 demo trainings over the 8 platforms when there are none yet.\n"},
    };
}

} // namespace prakerja::ctl
