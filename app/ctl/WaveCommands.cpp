// prakerjactl wave …: a wave's life cycle (create, list, show, check, open, close, cancel). The
// draw and the announcement have their own files (DrawCommands, AnnouncementCommands).
#include "Commands.h"
#include "WaveCommandSupport.h"

#include "domain/Timestamp.h"
#include "services/DrawService.h"
#include "services/WaveService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prakerja::ctl {

namespace {

WaveService service(CtlContext& ctx)
{
    return WaveService(ctx.workspace().value()->db());
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
            return ctx.fail(makeError(QStringLiteral("input"), f.errorString()));
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
    ctx.out() << CtlContext::tr("gelombang %1 dibuat (direncanakan); komitmen benih sha256 %2")
                     .arg(QString::number(wave->number), QString::fromLatin1(wave->seedCommitment.toHex()))
              << '\n';
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
                  << "  "
                  << CtlContext::tr("kuota %1  pool %2  terpilih %3")
                         .arg(CtlContext::number(w.quota),
                              w.poolSize < 0 ? QStringLiteral("-") : CtlContext::number(w.poolSize),
                              CtlContext::number(w.selectedCount))
                  << "  " << w.name << '\n';
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
              << (w->seed.isEmpty() ? CtlContext::tr("(disegel sampai undian)") : QString::fromLatin1(w->seed.toHex()))
              << "\npool " << w->poolSize << "\nselected " << w->selectedCount << '\n';
    if (w->status == WaveStatus::Drawn || w->status == WaveStatus::Announced) {
        auto results = DrawService(ctx.workspace().value()->db()).results(*s.session, w->number);
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
        ctx.out()
            << CtlContext::tr("gelombang %1: tidak ada data bergabung yang tersimpan setelah gelombang ditutup").arg(n)
            << '\n';
        return kOk;
    }
    ctx.out() << CtlContext::tr("gelombang %1: %2 data bergabung tersimpan setelah gelombang ditutup (dari %3 sampai "
                                "%4), tidak masuk pool-nya")
                     .arg(QString::number(n), CtlContext::number(late->count), Timestamp::toDisplayWib(late->earliest),
                          Timestamp::toDisplayWib(late->latest))
              << '\n';
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
                                      : Status(makeError(QStringLiteral("usage"), verb));
    if (!st)
        return ctx.fail(st.error());
    ctx.out() << (verb == u"open"        ? CtlContext::tr("gelombang %1: dibuka")
                      : verb == u"close" ? CtlContext::tr("gelombang %1: ditutup")
                                         : CtlContext::tr("gelombang %1: dibatalkan"))
                     .arg(n)
              << '\n';
    return kOk;
}

} // namespace

QList<Command> waveCommands()
{
    const auto w = QStringLiteral("wave");
    return QList<Command>{
               {{w, QStringLiteral("create")},
                waveCreate,
                "wave create --opens T --closes T [...]   create a wave (seed committed)"},
               {{w, QStringLiteral("list")},
                waveList,
                "wave list [--json]              waves with dates, quota, pool, status"},
               {{w, QStringLiteral("show")},
                waveShow,
                "wave show N                      a wave's rules, commitment, results"},
               {{w, QStringLiteral("open")}, waveTransition, "wave open N"},
               {{w, QStringLiteral("close")}, waveTransition, "wave close N"},
               {{w, QStringLiteral("cancel")}, waveTransition, "wave cancel N"},
               {{w, QStringLiteral("check")},
                waveCheck,
                "wave check N                     joins stored after the wave closed"},
           }
    + drawCommands() + announcementCommands();
}

} // namespace prakerja::ctl
