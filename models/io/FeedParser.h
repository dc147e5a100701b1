#pragma once
// Turns one feed line (JSON Lines, docs/feed.md) into a FeedRecord or a reject reason.
// Everything that can be decided from the line alone is decided here; what needs the
// database (taken NIK or email, unknown applicant) is the writer's.

#include "domain/Error.h"
#include "domain/FeedRecord.h"

#include <QByteArrayView>

namespace prakerja {

class PiiCipher;

class FeedParser
{
public:
    explicit FeedParser(PiiCipher& cipher) : m_cipher(cipher) { }

    Result<FeedRecord> parse(QByteArrayView line, qint64 lineNumber);

private:
    PiiCipher& m_cipher;
};

} // namespace prakerja
