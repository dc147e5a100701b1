// libFuzzer: NIK parsing and checking against a reference date; the two must agree.
#include "domain/CivilDate.h"
#include "domain/Nik.h"

#include <QString>
#include <cstddef>
#include <cstdint>

using namespace prakerja;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes pick the reference date, the rest is the text.
    const CivilDate reference{1990 + data[0] % 60, 1 + data[1] % 12, 1 + data[1] % 28};
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 2), static_cast<qsizetype>(size - 2));
    const Result<Nik> parsed = Nik::parse(text, reference);
    const Nik::Failure failure = Nik::check(text, reference);
    if (parsed.ok() != (failure == Nik::Failure::None))
        __builtin_trap();
    if (parsed.ok()
        && Nik::compose(parsed->districtCode(), parsed->birthDate(), parsed->sex(), parsed->serial()) != text)
        __builtin_trap();
    return 0;
}
