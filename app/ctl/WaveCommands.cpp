// prakerjactl wave … and participant …: waves, the draw, verification and the budget.
#include "Commands.h"

#include "domain/IndonesianFormat.h"
#include "domain/Timestamp.h"
#include "services/WaveService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prakerja::ctl {

namespace {

// Signs in and checks that the workspace is open; the service checks the permission.
struct Signed
{
    std::optional<Session> session;
    int exit = kOk;
};

Signed signedIn(CtlContext& ctx)
{
    auto session = ctx.signIn();
    if (!session)
        return {std::nullopt, ctx.fail(session.error())};
    return {session.value(), kOk};
}

WaveService service(CtlContext& ctx)
{
    return WaveService(ctx.workspace().value()->db(), ctx.workspace().value()->programme().budget());
}

std::optional<int> waveNumber(CtlContext& ctx, int at)
{
    bool ok = false;
    const int n = ctx.positional().value(at).toInt(&ok);
    return ok && n > 0 ? std::optional<int>(n) : std::nullopt;
}

Result<RuleSet> rulesFromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("input"), f.errorString(), f.errorString());
    return RuleSet::fromJson(f.readAll());
}

int waveCreate(CtlContext& ctx)
{
    WaveDraft d;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    d.rules = WaveService::configuredRules(ws.value()->programme());
    const auto number = ctx.option(QStringLiteral("number"));
    const auto name = ctx.option(QStringLiteral("name"));
    const auto opens = ctx.option(QStringLiteral("opens"));
    const auto closes = ctx.option(QStringLiteral("closes"));
    const auto announce = ctx.option(QStringLiteral("announce"));
    const auto training = ctx.option(QStringLiteral("training"));
    const auto quota = ctx.option(QStringLiteral("quota"));
    const auto rollOver = ctx.option(QStringLiteral("roll-over"));
    const auto rulesPath = ctx.option(QStringLiteral("rules"));
    const auto familyCap = ctx.option(QStringLiteral("family-cap"));
    const auto provinceQuotas = ctx.option(QStringLiteral("province-quotas"));
    const auto weights = ctx.option(QStringLiteral("weights"));
    const bool phoneOptional = ctx.flag(QStringLiteral("phone-optional"));
    const bool repeatBonus = ctx.flag(QStringLiteral("repeat-bonus"));
    const QString usage = QStringLiteral(
        "usage: wave create --opens T --closes T [--announce T] [--training T] [--number N] [--name S] [--quota Q]"
        " [--roll-over automatic|rejoin] [--rules FILE.json] [--phone-optional] [--family-cap N] [--repeat-bonus]"
        " [--province-quotas off|pool|weights [--weights FILE.csv]]   (times ISO 8601 with offset)");
    if (!ctx.finishArguments() || ctx.positional().size() != 2 || !opens || !closes)
        return ctx.usage(usage);
    const auto parse = [](const std::optional<QString>& t) { return t ? Timestamp::parseIso8601(*t) : std::nullopt; };
    const auto o = parse(opens), c = parse(closes);
    if (!o || !c)
        return ctx.usage(
            QStringLiteral("--opens and --closes need ISO 8601 times with an offset, e.g. 2020-04-16T16:00:00+07:00"));
    d.opensAt = *o;
    d.closesAt = *c;
    // As in 2020: announced the next day, training the day after.
    d.announceAt = announce ? parse(announce).value_or(-1) : d.closesAt + Timestamp::kDay;
    d.trainingStartsAt = training ? parse(training).value_or(-1) : d.announceAt + Timestamp::kDay;
    if (d.announceAt < 0 || d.trainingStartsAt < 0)
        return ctx.usage(usage);
    d.number = number ? number->toInt() : 0;
    d.name = name.value_or(QString());
    if (quota)
        d.quota = quota->toLongLong();
    if (rollOver) {
        const auto policy = rollOverFromName(*rollOver);
        if (!policy)
            return ctx.usage(QStringLiteral("--roll-over automatic|rejoin"));
        d.rollOver = *policy;
    }
    if (rulesPath) {
        auto rules = rulesFromFile(*rulesPath);
        if (!rules)
            return ctx.fail(rules.error());
        d.rules = rules.value();
    }
    if (phoneOptional)
        d.rules.requirePhoneVerified = false;
    if (familyCap)
        d.rules.familyCardCap = familyCap->toInt();
    if (repeatBonus)
        d.rules.repeatApplicantBonus = true;
    if (provinceQuotas) {
        if (*provinceQuotas == u"off")
            d.rules.provinceQuotas = ProvinceQuotaMode::Off;
        else if (*provinceQuotas == u"pool")
            d.rules.provinceQuotas = ProvinceQuotaMode::ProportionalToPool;
        else if (*provinceQuotas == u"weights")
            d.rules.provinceQuotas = ProvinceQuotaMode::WeightTable;
        else
            return ctx.usage(usage);
    }
    if (weights) {
        QFile f(*weights);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(makeError(QStringLiteral("input"), f.errorString(), f.errorString()));
        auto table = RuleSet::parseWeightCsv(f.readAll());
        if (!table)
            return ctx.fail(table.error());
        d.rules.provinceWeights = table.value();
    }
    Signed s = signedIn(ctx);
    if (!s.session)
        return s.exit;
    auto wave = service(ctx).create(*s.session, d);
    if (!wave)
        return ctx.fail(wave.error());
    ctx.out() << "wave " << wave->number << " created (planned); seed commitment sha256 "
              << wave->seedCommitment.toHex() << '\n';
    return kOk;
}

int waveList(CtlContext& ctx)
{
    const bool json = ctx.flag(QStringLiteral("json"));
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(QStringLiteral("usage: wave list [--json]"));
    Signed s = signedIn(ctx);
    if (!s.session)
        return s.exit;
    auto waves = service(ctx).list(*s.session);
    if (!waves)
        return ctx.fail(waves.error());
    if (json) {
        QJsonArray a;
        for (const Wave& w : waves.value()) {
            QJsonObject o;
            o.insert(QStringLiteral("number"), w.number);
            o.insert(QStringLiteral("name"), w.name);
            o.insert(QStringLiteral("status"), waveStatusName(w.status));
            o.insert(QStringLiteral("opens_at"), Timestamp::toIsoWib(w.opensAt));
            o.insert(QStringLiteral("closes_at"), Timestamp::toIsoWib(w.closesAt));
            o.insert(QStringLiteral("quota"), w.quota);
            o.insert(QStringLiteral("pool"), w.poolSize);
            o.insert(QStringLiteral("selected"), w.selectedCount);
            o.insert(QStringLiteral("seed_commitment"), QString::fromLatin1(w.seedCommitment.toHex()));
            a.append(o);
        }
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << '\n';
        return kOk;
    }
    for (const Wave& w : waves.value())
        ctx.out() << w.number << "  " << waveStatusName(w.status).leftJustified(10) << "  "
                  << Timestamp::toDisplayWib(w.opensAt, false) << " – " << Timestamp::toDisplayWib(w.closesAt, false)
                  << "  quota " << IndonesianFormat::number(w.quota) << "  pool "
                  << (w.poolSize < 0 ? QStringLiteral("-") : IndonesianFormat::number(w.poolSize)) << "  selected "
                  << IndonesianFormat::number(w.selectedCount) << "  " << w.name << '\n';
    return kOk;
}

int waveShow(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 3 || !waveNumber(ctx, 2))
        return ctx.usage(QStringLiteral("usage: wave show N"));
    Signed s = signedIn(ctx);
    if (!s.session)
        return s.exit;
    auto w = service(ctx).get(*s.session, *waveNumber(ctx, 2));
    if (!w)
        return ctx.fail(w.error());
    ctx.out() << "wave " << w->number << " " << w->name << "\nstatus " << waveStatusName(w->status) << "\nopens "
              << Timestamp::toDisplayWib(w->opensAt) << "\ncloses " << Timestamp::toDisplayWib(w->closesAt)
              << "\nannounce " << Timestamp::toDisplayWib(w->announceAt) << "\ntraining "
              << Timestamp::toDisplayWib(w->trainingStartsAt) << "\nquota " << w->quota << "\nroll_over "
              << rollOverName(w->rollOver) << "\nrules " << w->rules.toJson() << "\nseed_commitment "
              << w->seedCommitment.toHex() << "\nseed "
              << (w->seed.isEmpty() ? QByteArray("(sealed until the draw)") : w->seed.toHex()) << "\npool "
              << w->poolSize << "\nselected " << w->selectedCount << '\n';
    if (w->status == WaveStatus::Drawn || w->status == WaveStatus::Announced) {
        auto results = service(ctx).results(*s.session, w->number);
        if (!results)
            return ctx.fail(results.error());
        ctx.out() << results->report.toText();
    }
    return kOk;
}

// Joins stored after the wave's close: accepted before the feed refused them (wave_not_open),
// left out of the pool by the draw. Exit 1 when there are any, so scripts notice.
int waveCheck(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 3 || !waveNumber(ctx, 2))
        return ctx.usage(QStringLiteral("usage: wave check N"));
    Signed s = signedIn(ctx);
    if (!s.session)
        return s.exit;
    const int n = *waveNumber(ctx, 2);
    auto late = service(ctx).check(*s.session, n);
    if (!late)
        return ctx.fail(late.error());
    if (late->count == 0) {
        ctx.out() << "wave " << n << ": no joins stored after its close\n";
        return kOk;
    }
    ctx.out() << "wave " << n << ": " << late->count << " joins stored after its close (from "
              << Timestamp::toDisplayWib(late->earliest) << " to " << Timestamp::toDisplayWib(late->latest)
              << "), left out of its pool\n";
    return kFailed;
}

int waveTransition(CtlContext& ctx)
{
    const QString verb = ctx.leadingWords().value(1); // read before --help empties the arguments
    const bool parsed = ctx.finishArguments();
    if (!parsed || ctx.positional().size() != 3 || !waveNumber(ctx, 2))
        return ctx.usage(QStringLiteral("usage: wave %1 N").arg(verb));
    Signed s = signedIn(ctx);
    if (!s.session)
        return s.exit;
    WaveService waves = service(ctx);
    const int n = *waveNumber(ctx, 2);
    const Status st = verb == u"open" ? waves.open(*s.session, n)
        : verb == u"close"            ? waves.close(*s.session, n)
        : verb == u"cancel"           ? waves.cancel(*s.session, n)
                                      : Status(makeError(QStringLiteral("usage"), verb, verb));
    if (!st)
        return ctx.fail(st.error());
    ctx.out() << "wave " << n << ": " << verb << " done\n";
    return kOk;
}

void printOutcome(CtlContext& ctx, const DrawOutcome& o)
{
    ctx.out() << (o.dryRun ? "dry run" : "draw") << " of wave " << o.wave << ": pool " << o.pool << ", eligible "
              << o.ranked << ", selected " << o.selected << '\n';
    for (auto it = o.provinceQuotas.cbegin(); it != o.provinceQuotas.cend(); ++it)
        ctx.out() << "quota.province." << it.key() << ' ' << it.value() << '\n';
}

int waveDraw(CtlContext& ctx)
{
    const bool dry = ctx.flag(QStringLiteral("dry-run"));
    const auto rulesPath = ctx.option(QStringLiteral("rules"));
    const auto comparePath = ctx.option(QStringLiteral("compare"));
    if (!ctx.finishArguments() || ctx.positional().size() != 3 || !waveNumber(ctx, 2)
        || (!dry && (rulesPath || comparePath)))
        return ctx.usage(QStringLiteral("usage: wave draw N [--dry-run [--rules FILE.json] [--compare FILE.json]]"));
    Signed s = signedIn(ctx);
    if (!s.session)
        return s.exit;
    WaveService waves = service(ctx);
    const int n = *waveNumber(ctx, 2);
    if (!dry) {
        auto o = waves.draw(*s.session, n);
        if (!o)
            return ctx.fail(o.error());
        printOutcome(ctx, o.value());
        auto w = waves.get(*s.session, n);
        if (w)
            ctx.out() << "seed " << w->seed.toHex() << " (sha256 " << w->seedCommitment.toHex() << ")\n";
        return kOk;
    }
    std::optional<RuleSet> rules;
    if (rulesPath) {
        auto r = rulesFromFile(*rulesPath);
        if (!r)
            return ctx.fail(r.error());
        rules = r.value();
    }
    auto a = waves.dryRun(*s.session, n, rules);
    if (!a)
        return ctx.fail(a.error());
    if (!comparePath) {
        printOutcome(ctx, a.value());
        ctx.out() << a->report.toText();
        return kOk;
    }
    auto other = rulesFromFile(*comparePath);
    if (!other)
        return ctx.fail(other.error());
    auto b = waves.dryRun(*s.session, n, other.value());
    if (!b)
        return ctx.fail(b.error());
    std::vector<quint32> both;
    std::set_intersection(a->selectedIds.begin(), a->selectedIds.end(), b->selectedIds.begin(), b->selectedIds.end(),
                          std::back_inserter(both));
    ctx.out() << "A = " << (rulesPath ? *rulesPath : QStringLiteral("the wave's rules")) << ", B = " << *comparePath
              << '\n';
    ctx.out() << DrawReport::compare(a->report, b->report, static_cast<qint64>(both.size()));
    return kOk;
}

int waveAnnounce(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 3 || !waveNumber(ctx, 2))
        return ctx.usage(QStringLiteral("usage: wave announce N"));
    Signed s = signedIn(ctx);
    if (!s.session)
        return s.exit;
    auto o = service(ctx).announce(*s.session, *waveNumber(ctx, 2));
    if (!o)
        return ctx.fail(o.error());
    ctx.out() << "announced: selected " << o->selected << ", withdrawn at the re-check " << o->withdrawn
              << ", replaced by the next in rank " << o->replacements << '\n';
    for (const auto& w : o->withdrawals)
        ctx.out() << "withdrawn " << w.first << ' ' << eligibilityName(w.second) << '\n';
    return kOk;
}

int waveExport(CtlContext& ctx)
{
    const auto pool = ctx.option(QStringLiteral("pool"));
    if (!ctx.finishArguments() || ctx.positional().size() != 3 || !waveNumber(ctx, 2) || !pool)
        return ctx.usage(QStringLiteral("usage: wave export N --pool FILE"));
    Signed s = signedIn(ctx);
    if (!s.session)
        return s.exit;
    if (const Status st = service(ctx).exportPool(*s.session, *waveNumber(ctx, 2), *pool); !st)
        return ctx.fail(st.error());
    ctx.out() << "pool written to " << *pool << " (wave, rules and seed or commitment in " << *pool << ".json)\n";
    return kOk;
}

int waveVerify(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 3 || !waveNumber(ctx, 2))
        return ctx.usage(QStringLiteral("usage: wave verify N"));
    Signed s = signedIn(ctx);
    if (!s.session)
        return s.exit;
    auto v = service(ctx).verify(*s.session, *waveNumber(ctx, 2));
    if (!v)
        return ctx.fail(v.error());
    if (v->matches) {
        ctx.out() << "OK: " << v->detail << '\n';
        return kOk;
    }
    ctx.out() << "MISMATCH: " << v->detail << '\n';
    if (v->firstDifferingApplicant >= 0)
        ctx.out() << "first differing applicant: " << v->firstDifferingApplicant << '\n';
    return kFailed;
}

int waveBudget(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(QStringLiteral("usage: wave budget"));
    Signed s = signedIn(ctx);
    if (!s.session)
        return s.exit;
    auto b = service(ctx).budget(*s.session);
    if (!b)
        return ctx.fail(b.error());
    using IndonesianFormat::rupiah;
    ctx.out() << "per participant " << rupiah(b->budget.perParticipant()) << ", programme " << rupiah(b->budget.total)
              << '\n';
    for (const LedgerEntry& e : b->ledger)
        ctx.out() << Timestamp::toDisplayWib(e.at) << "  wave " << e.wave << "  " << e.kind << "  "
                  << IndonesianFormat::number(e.participants) << "  " << rupiah(e.amount) << '\n';
    ctx.out() << "committed " << rupiah(b->forecast.committed) << ", remaining " << rupiah(b->forecast.remaining)
              << ", waves still possible " << b->forecast.wavesPossible << " (budget " << b->forecast.wavesByBudget
              << ", pool " << b->forecast.wavesByPool << ")\n";
    return kOk;
}

int revokeExpired(CtlContext& ctx)
{
    const auto days = ctx.option(QStringLiteral("days"));
    const auto now = ctx.option(QStringLiteral("now"));
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(QStringLiteral("usage: participant revoke-expired [--days 30] [--now T]"));
    const std::optional<qint64> at = now ? Timestamp::parseIso8601(*now) : std::optional<qint64>(Timestamp::nowMs());
    if (!at)
        return ctx.usage(QStringLiteral("--now needs an ISO 8601 time with an offset"));
    Signed s = signedIn(ctx);
    if (!s.session)
        return s.exit;
    auto r = service(ctx).revokeExpired(*s.session, *at, days ? days->toInt() : 30);
    if (!r)
        return ctx.fail(r.error());
    ctx.out() << "revoked " << r->revoked << " participants; returned " << IndonesianFormat::rupiah(r->returned)
              << " to the budget\n";
    return kOk;
}

} // namespace

QList<Command> waveCommands()
{
    const auto w = QStringLiteral("wave");
    return {
        {{w, QStringLiteral("create")},
         waveCreate,
         "wave create --opens T --closes T [...]   create a wave (seed committed)"},
        {{w, QStringLiteral("list")},
         waveList,
         "wave list [--json]              waves with dates, quota, pool, status"},
        {{w, QStringLiteral("show")}, waveShow, "wave show N                      a wave's rules, commitment, results"},
        {{w, QStringLiteral("open")}, waveTransition, "wave open N"},
        {{w, QStringLiteral("close")}, waveTransition, "wave close N"},
        {{w, QStringLiteral("cancel")}, waveTransition, "wave cancel N"},
        {{w, QStringLiteral("draw")},
         waveDraw,
         "wave draw N [--dry-run [--rules F] [--compare F]]   the seeded draw, or a dry run"},
        {{w, QStringLiteral("announce")},
         waveAnnounce,
         "wave announce N                  re-check eligibility, announce"},
        {{w, QStringLiteral("export")}, waveExport, "wave export N --pool FILE        the pool with the draw's inputs"},
        {{w, QStringLiteral("verify")}, waveVerify, "wave verify N                    re-run the draw and compare"},
        {{w, QStringLiteral("check")},
         waveCheck,
         "wave check N                     joins stored after the wave closed"},
        {{w, QStringLiteral("budget")}, waveBudget, "wave budget                      ledger, committed, forecast"},
        {{QStringLiteral("participant"), QStringLiteral("revoke-expired")},
         revokeExpired,
         "participant revoke-expired [--days 30]   revoke cards with no training bought"},
    };
}

} // namespace prakerja::ctl
