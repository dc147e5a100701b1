// libFuzzer: one feed line through FeedParser (the flat JSON parser, the limits, NIK rules, the
// encryption and blind indexes), as the ingest's parser thread runs it.
#include "io/FeedParser.h"
#include "security/KeyFile.h"
#include "security/PiiCipher.h"

#include <QByteArrayView>
#include <cstddef>
#include <cstdint>

using namespace prakerja;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static KeyFile keys = [] {
        KeyFile k;
        k.addGeneration();
        return k;
    }();
    static PiiCipher cipher(keys);
    static FeedParser parser(cipher);
    const QByteArrayView line(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<FeedRecord> record = parser.parse(line, 1);
    if (!record)
        (void)FeedParser::echo(record.error().message());
    return 0;
}
