// prakerjactl funnel
#include "Commands.h"

#include "store/StageTotals.h"


namespace prakerja::ctl {

namespace {

int funnel(CtlContext& ctx)
{
    const bool json = ctx.flag(QStringLiteral("json"));
    if (!ctx.finishArguments() || ctx.positional().size() != 1)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: funnel [--json]") : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    if (const Status s = session->require(Permission::ViewDashboard); !s)
        return ctx.fail(s.error());
    const StageTotals totals = StageTotals::read(ctx.workspace().value()->db());
    if (json) {
        // Written by hand to keep the stages in funnel order.
        QStringList members;
        for (EventType stage : kFunnelStages)
            members << QStringLiteral("\"%1\":%2").arg(eventName(stage)).arg(totals.value(stage));
        ctx.out() << u'{' << members.join(u',') << "}\n";
        return kOk;
    }
    for (EventType stage : kFunnelStages)
        ctx.out() << qSetFieldWidth(24) << Qt::left << eventName(stage) << qSetFieldWidth(0) << totals.value(stage)
                  << '\n';
    return kOk;
}

} // namespace

QList<Command> funnelCommands()
{
    return {{{QStringLiteral("funnel")}, funnel, "funnel [--json]                 stage totals of the registration funnel"}};
}

} // namespace prakerja::ctl
