#pragma once
// The reasons a feed line is rejected (docs/feed.md): a stable code and words in Indonesian
// and English. Decided by the parser (the line alone) and by the writer (what needs the
// database), so they live below both.

#include "domain/Error.h"

namespace prakerja {

// The reason for `code` in words (the catalogue's), then `detail` (a field name, a parser
// message) as it is.
Error feedReject(const QString& code, const QString& detail = {});

} // namespace prakerja
