// libFuzzer: a wave's rule set from JSON, and the priority-weight CSV.
#include "domain/RuleSet.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

using namespace prakerja;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<RuleSet> rules = RuleSet::fromJson(bytes);
    if (rules.ok()) {
        // What was accepted must survive its own round trip.
        const Result<RuleSet> again = RuleSet::fromJson(rules->toJson());
        if (!again.ok())
            __builtin_trap();
    }
    (void)RuleSet::parseWeightCsv(bytes);
    return 0;
}
