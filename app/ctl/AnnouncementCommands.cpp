// prakerjactl wave announce|budget and participant revoke-expired: after the draw, and the money.
#include "Commands.h"
#include "WaveCommandSupport.h"

#include "domain/IndonesianFormat.h"
#include "domain/Timestamp.h"
#include "services/AnnouncementService.h"
#include "services/BudgetService.h"

namespace prakerja::ctl {

namespace {

AnnouncementService service(CtlContext& ctx)
{
    return AnnouncementService(ctx.workspace().value()->db(), ctx.workspace().value()->programme().budget());
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

int waveBudget(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(QStringLiteral("usage: wave budget"));
    Signed s = signedIn(ctx);
    if (!s.session)
        return s.exit;
    auto b = BudgetService(ctx.workspace().value()->db(), ctx.workspace().value()->programme().budget())
                 .budget(*s.session);
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
    // Committed beside actuals, per wave (docs/selection.md, Budget).
    if (!b->waves.isEmpty()) {
        ctx.out() << "\ncommitted and actual per wave:\n";
        const auto row = [&](const QString& name, const WaveMoney& m) {
            ctx.out() << name << "  committed " << rupiah(m.committed) << "  spent on training " << rupiah(m.spent)
                      << "  incentives paid " << rupiah(m.incentives) << "  surveys paid " << rupiah(m.surveys)
                      << "  returned " << rupiah(m.returned) << "  outstanding " << rupiah(m.outstanding) << '\n';
        };
        for (const WaveMoney& m : std::as_const(b->waves))
            row(QStringLiteral("wave %1").arg(m.wave), m);
        row(QStringLiteral("total "), b->totals);
    }
    return kOk;
}

int budgetVerify(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(QStringLiteral("usage: budget verify"));
    Signed s = signedIn(ctx);
    if (!s.session)
        return s.exit;
    auto c = BudgetService(ctx.workspace().value()->db(), ctx.workspace().value()->programme().budget())
                 .verify(*s.session);
    if (!c)
        return ctx.fail(c.error());
    using IndonesianFormat::rupiah;
    for (const WaveMoney& m : std::as_const(c->ledger))
        ctx.out() << "wave " << m.wave << ": committed " << rupiah(m.committed) << " = spent " << rupiah(m.spent)
                  << " + incentives " << rupiah(m.incentives) << " + surveys " << rupiah(m.surveys) << " + returned "
                  << rupiah(m.returned) << " + outstanding " << rupiah(m.outstanding) << '\n';
    for (const QString& problem : std::as_const(c->problems))
        ctx.err() << "budget verify: " << problem << '\n';
    if (!c->ok())
        return kFailed;
    ctx.out() << "OK: " << c->ledger.size() << " waves balance and agree with a recount\n";
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

QList<Command> announcementCommands()
{
    const auto w = QStringLiteral("wave");
    return {
        {{w, QStringLiteral("announce")},
         waveAnnounce,
         "wave announce N                  re-check eligibility, announce"},
        {{w, QStringLiteral("budget")},
         waveBudget,
         "wave budget                      ledger, committed, forecast; committed and actual per wave"},
        {{QStringLiteral("budget"), QStringLiteral("verify")},
         budgetVerify,
         "budget verify                    committed = spent + paid + returned + outstanding per wave, and a recount"},
        {{QStringLiteral("participant"), QStringLiteral("revoke-expired")},
         revokeExpired,
         "participant revoke-expired [--days 30]   revoke cards with no training bought"},
    };
}

} // namespace prakerja::ctl
