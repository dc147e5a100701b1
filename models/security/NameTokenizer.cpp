// Low-level SHA256_* keeps the HMAC state copyable by value (see PiiCipher.cpp).
#define OPENSSL_SUPPRESS_DEPRECATED 1

#include "NameTokenizer.h"

#include "Crypto.h"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <QSet>
#include <QtEndian>
#include <cstring>

namespace prakerja {

struct NameTokenizer::Impl
{
    SHA256_CTX inner{};
    SHA256_CTX outer{};
};

NameTokenizer::NameTokenizer(const KeyFile& keys, int keyId) : d(std::make_unique<Impl>())
{
    m_keyId = keyId > 0 ? keyId : keys.activeId();
    QByteArray key = keys.subKey(m_keyId, "name-token");
    unsigned char ipad[64], opad[64];
    std::memset(ipad, 0x36, sizeof ipad);
    std::memset(opad, 0x5c, sizeof opad);
    for (int i = 0; i < key.size() && i < 64; ++i) {
        ipad[i] ^= static_cast<unsigned char>(key[i]);
        opad[i] ^= static_cast<unsigned char>(key[i]);
    }
    SHA256_Init(&d->inner);
    SHA256_Update(&d->inner, ipad, sizeof ipad);
    SHA256_Init(&d->outer);
    SHA256_Update(&d->outer, opad, sizeof opad);
    OPENSSL_cleanse(ipad, sizeof ipad);
    OPENSSL_cleanse(opad, sizeof opad);
    Crypto::wipe(key);
}

NameTokenizer::~NameTokenizer()
{
    OPENSSL_cleanse(&d->inner, sizeof d->inner);
    OPENSSL_cleanse(&d->outer, sizeof d->outer);
}

qint64 NameTokenizer::token(QStringView prefix) const
{
    const QByteArray bytes = prefix.toUtf8();
    SHA256_CTX ctx = d->inner;
    SHA256_Update(&ctx, bytes.constData(), static_cast<size_t>(bytes.size()));
    unsigned char innerHash[32];
    SHA256_Final(innerHash, &ctx);
    ctx = d->outer;
    SHA256_Update(&ctx, innerHash, sizeof innerHash);
    unsigned char mac[32];
    SHA256_Final(mac, &ctx);
    return static_cast<qint64>(qFromBigEndian<quint64>(mac));
}

QList<qint64> NameTokenizer::indexTokens(QStringView name) const
{
    QSet<qint64> seen;
    QList<qint64> out;
    for (const QString& word : normalisedWords(name)) {
        for (int n = kMinPrefix; n <= std::min<int>(kMaxPrefix, static_cast<int>(word.size())); ++n) {
            const qint64 t = token(QStringView(word).left(n));
            if (!seen.contains(t)) {
                seen.insert(t);
                out << t;
            }
        }
    }
    return out;
}

qint64 NameTokenizer::queryToken(QStringView normalisedWord) const
{
    return token(normalisedWord.left(kMaxPrefix));
}

QStringList NameTokenizer::normalisedWords(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QStringList words;
    QString current;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
            || c.category() == QChar::Mark_Enclosing)
            continue;
        if (c == u'\'' || c == u'\u2019') // Da'i, Ma'ruf: one word
            continue;
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

bool NameTokenizer::matches(const QStringList& nameWords, const QStringList& queryWords)
{
    for (const QString& q : queryWords) {
        bool found = false;
        for (const QString& w : nameWords)
            if (w.startsWith(q)) {
                found = true;
                break;
            }
        if (!found)
            return false;
    }
    return true;
}

} // namespace prakerja
