#pragma once
// What the wave, draw and announcement command groups share: sign-in, the wave number
// argument, a rule set read from a file.

#include "CtlContext.h"
#include "domain/RuleSet.h"

#include <optional>

namespace prakerja::ctl {

// Signs in and checks that the workspace is open; the service checks the permission.
struct Signed
{
    std::optional<Session> session;
    int exit = kOk;
};
Signed signedIn(CtlContext& ctx);

// The positional argument at `at` as a wave number (> 0).
std::optional<int> waveNumber(CtlContext& ctx, int at);
Result<RuleSet> rulesFromFile(const QString& path);

} // namespace prakerja::ctl
