// prakerjactl wave draw|export|verify: the seeded draw or a dry run, the pool's export and
// re-running the draw to verify it.
#include "Commands.h"
#include "WaveCommandSupport.h"

#include "services/DrawService.h"
#include "services/WaveService.h"

#include <algorithm>

namespace prakerja::ctl {

namespace {

DrawService service(CtlContext& ctx)
{
    return DrawService(ctx.workspace().value()->db());
}

void printOutcome(CtlContext& ctx, const DrawOutcome& o)
{
    const QString counts
        = CtlContext::tr("pool %1, memenuhi syarat %2, terpilih %3")
              .arg(CtlContext::number(o.pool), CtlContext::number(o.ranked), CtlContext::number(o.selected));
    ctx.out() << (o.dryRun ? CtlContext::tr("uji coba gelombang %1: %2") : CtlContext::tr("undian gelombang %1: %2"))
                     .arg(QString::number(o.wave), counts)
              << '\n';
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
    DrawService waves = service(ctx);
    const int n = *waveNumber(ctx, 2);
    if (!dry) {
        auto o = waves.draw(*s.session, n);
        if (!o)
            return ctx.fail(o.error());
        printOutcome(ctx, o.value());
        auto w = WaveService(ctx.workspace().value()->db()).get(*s.session, n);
        if (w)
            ctx.out() << CtlContext::tr("benih %1 (sha256 %2)")
                             .arg(QString::fromLatin1(w->seed.toHex()), QString::fromLatin1(w->seedCommitment.toHex()))
                      << '\n';
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
    ctx.out() << "A = " << (rulesPath ? *rulesPath : CtlContext::tr("aturan gelombang")) << ", B = " << *comparePath
              << '\n';
    ctx.out() << DrawReport::compare(a->report, b->report, static_cast<qint64>(both.size()));
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
    ctx.out()
        << CtlContext::tr("pool ditulis ke %1 (gelombang, aturan, dan benih atau komitmennya di %1.json)").arg(*pool)
        << '\n';
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
    ctx.out() << CtlContext::tr("TIDAK COCOK: %1").arg(v->detail) << '\n';
    if (v->firstDifferingApplicant >= 0)
        ctx.out() << CtlContext::tr("pendaftar pertama yang berbeda: %1").arg(v->firstDifferingApplicant) << '\n';
    return kFailed;
}

} // namespace

QList<Command> drawCommands()
{
    const auto w = QStringLiteral("wave");
    return {
        {{w, QStringLiteral("draw")},
         waveDraw,
         "wave draw N [--dry-run [--rules F] [--compare F]]   the seeded draw, or a dry run"},
        {{w, QStringLiteral("export")}, waveExport, "wave export N --pool FILE        the pool with the draw's inputs"},
        {{w, QStringLiteral("verify")}, waveVerify, "wave verify N                    re-run the draw and compare"},
    };
}

} // namespace prakerja::ctl
