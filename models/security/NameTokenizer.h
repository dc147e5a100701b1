#pragma once
// Keyed tokens for name search without plaintext names in the database: a name is
// normalised (accents folded, lower-cased, split into words of letters and digits) and every
// word prefix of 3 to 8 characters becomes a token, HMAC-SHA-256 under its own HKDF sub-key
// ("name-token") truncated to 64 bits. A query word maps to the token of its first 8
// characters (or of itself when shorter); candidates are confirmed by decrypting their names.

#include "KeyFile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace prakerja {

class NameTokenizer
{
public:
    static constexpr int kMinPrefix = 3;
    static constexpr int kMaxPrefix = 8;

    // Tokens under generation `keyId` of `keys` (the active one when 0).
    explicit NameTokenizer(const KeyFile& keys, int keyId = 0);
    ~NameTokenizer();
    NameTokenizer(const NameTokenizer&) = delete;
    NameTokenizer& operator=(const NameTokenizer&) = delete;

    int keyId() const { return m_keyId; }
    // Distinct tokens of every word prefix of 3..8 characters of `name`.
    QList<qint64> indexTokens(QStringView name) const;
    // The token that finds names with a word starting with `word` (already normalised, >= 3 chars).
    qint64 queryToken(QStringView normalisedWord) const;

    // "Sitì  Nur-Aini" -> {"siti", "nur", "aini"}: NFKD, marks dropped, lower case, split on
    // anything that is not a letter or a digit.
    static QStringList normalisedWords(QStringView text);
    // Whether every query word is a prefix of some word of `name` (both as normalisedWords()).
    static bool matches(const QStringList& nameWords, const QStringList& queryWords);

private:
    qint64 token(QStringView prefix) const;

    struct Impl;
    std::unique_ptr<Impl> d;
    int m_keyId = 0;
};

} // namespace prakerja
