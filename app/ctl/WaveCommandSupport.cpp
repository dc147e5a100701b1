#include "WaveCommandSupport.h"

#include <QFile>

namespace prakerja::ctl {

Signed signedIn(CtlContext& ctx)
{
    auto session = ctx.signIn();
    if (!session)
        return {std::nullopt, ctx.fail(session.error())};
    return {session.value(), kOk};
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
        return makeError(QStringLiteral("input"), f.errorString());
    return RuleSet::fromJson(f.readAll());
}

} // namespace prakerja::ctl
