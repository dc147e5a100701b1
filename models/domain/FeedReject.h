#pragma once
// The reasons a feed line is rejected (docs/feed.md): a stable code and words in Indonesian
// and English. Decided by the parser (the line alone) and by the writer (what needs the
// database), so they live below both.

#include "domain/Error.h"

namespace prakerja {

// `detail` (a field name, a parser message) is appended to both languages' words.
Error feedReject(const QString& code, const QString& detail = {});

} // namespace prakerja
