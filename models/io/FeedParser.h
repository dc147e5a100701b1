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
    // Longer lines are refused before they are parsed (docs/feed.md); the reader keeps no more
    // of a longer line than this plus one byte.
    static constexpr qsizetype kMaxLineBytes = 16 * 1024;

    explicit FeedParser(PiiCipher& cipher) : m_cipher(cipher) { }

    Result<FeedRecord> parse(QByteArrayView line, qint64 lineNumber);

    // Input text as it may appear in a reject report or on a terminal: control characters
    // (newlines, escape sequences, C1 controls, line separators, bidirectional overrides) as
    // \xNN or \uNNNN, and at most `cap` characters, then "…".
    static QString echo(QStringView text, qsizetype cap = kEchoCap);
    static constexpr qsizetype kEchoCap = 64;

private:
    PiiCipher& m_cipher;
};

} // namespace prakerja
