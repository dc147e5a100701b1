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
    ctx.out() << CtlContext::tr("diumumkan: terpilih %1, ditarik saat pemeriksaan ulang %2, diganti peringkat"
                                " berikutnya %3")
                     .arg(CtlContext::number(o->selected), CtlContext::number(o->withdrawn),
                          CtlContext::number(o->replacements))
              << '\n';
    for (const auto& w : o->withdrawals)
        ctx.out() << CtlContext::tr("ditarik %1 %2").arg(QString::number(w.first), eligibilityName(w.second)) << '\n';
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
    ctx.out()
        << CtlContext::tr("per peserta %1, program %2").arg(rupiah(b->budget.perParticipant()), rupiah(b->budget.total))
        << '\n';
    for (const LedgerEntry& e : b->ledger)
        ctx.out() << Timestamp::toDisplayWib(e.at) << "  " << CtlContext::tr("gelombang %1").arg(e.wave) << "  "
                  << e.kind << "  " << CtlContext::number(e.participants) << "  " << rupiah(e.amount) << '\n';
    ctx.out() << CtlContext::tr("terikat %1, sisa %2, gelombang yang masih mungkin %3 (anggaran %4, pool %5)")
                     .arg(rupiah(b->forecast.committed), rupiah(b->forecast.remaining),
                          CtlContext::number(b->forecast.wavesPossible), CtlContext::number(b->forecast.wavesByBudget),
                          CtlContext::number(b->forecast.wavesByPool))
              << '\n';
    // Committed beside actuals, per wave (docs/selection.md, Budget).
    if (!b->waves.isEmpty()) {
        ctx.out() << '\n' << CtlContext::tr("terikat dan realisasi per gelombang:") << '\n';
        // The row names padded to one width, so that the columns line up in either language.
        QStringList names;
        for (const WaveMoney& m : std::as_const(b->waves))
            names << CtlContext::tr("gelombang %1").arg(m.wave);
        names << CtlContext::tr("total");
        qsizetype width = 0;
        for (const QString& name : std::as_const(names))
            width = std::max(width, name.size());
        const auto row = [&](const QString& name, const WaveMoney& m) {
            ctx.out() << name.leftJustified(width) << "  "
                      << CtlContext::tr("terikat %1  belanja pelatihan %2  insentif dibayar %3  survei dibayar %4"
                                        "  dikembalikan %5  belum tersalurkan %6")
                             .arg(rupiah(m.committed), rupiah(m.spent), rupiah(m.incentives), rupiah(m.surveys),
                                  rupiah(m.returned), rupiah(m.outstanding))
                      << '\n';
        };
        for (qsizetype i = 0; i < b->waves.size(); ++i)
            row(names.at(i), b->waves.at(i));
        row(names.last(), b->totals);
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
        ctx.out() << CtlContext::tr("gelombang %1: terikat %2 = belanja %3 + insentif %4 + survei %5 + dikembalikan %6"
                                    " + belum tersalurkan %7")
                         .arg(QString::number(m.wave), rupiah(m.committed), rupiah(m.spent), rupiah(m.incentives),
                              rupiah(m.surveys), rupiah(m.returned), rupiah(m.outstanding))
                  << '\n';
    for (const QString& problem : std::as_const(c->problems))
        ctx.err() << "budget verify: " << problem << '\n';
    if (!c->ok())
        return kFailed;
    ctx.out() << CtlContext::tr("OK: %1 gelombang seimbang dan sesuai dengan hitungan ulang")
                     .arg(CtlContext::number(c->ledger.size()))
              << '\n';
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
    ctx.out() << CtlContext::tr("%1 peserta dicabut; %2 kembali ke anggaran")
                     .arg(CtlContext::number(r->revoked), IndonesianFormat::rupiah(r->returned))
              << '\n';
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
