// Low-level SHA256_* keeps HMAC states copyable by value, which is what makes the blind index
// cheap (two compressions per value); the EVP equivalent allocates on every copy.
#define OPENSSL_SUPPRESS_DEPRECATED 1

#include "PiiCipher.h"

#include "Crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <QMap>
#include <cstring>

namespace prakerja {

namespace {
struct Generation
{
    QByteArray encKey;
    SHA256_CTX inner{};
    SHA256_CTX outer{};
};

void prepareHmac(Generation& g, const QByteArray& key)
{
    unsigned char ipad[64], opad[64];
    std::memset(ipad, 0x36, sizeof ipad);
    std::memset(opad, 0x5c, sizeof opad);
    for (int i = 0; i < key.size(); ++i) {
        ipad[i] ^= static_cast<unsigned char>(key[i]);
        opad[i] ^= static_cast<unsigned char>(key[i]);
    }
    SHA256_Init(&g.inner);
    SHA256_Update(&g.inner, ipad, sizeof ipad);
    SHA256_Init(&g.outer);
    SHA256_Update(&g.outer, opad, sizeof opad);
    OPENSSL_cleanse(ipad, sizeof ipad);
    OPENSSL_cleanse(opad, sizeof opad);
}
} // namespace

struct PiiCipher::Impl
{
    QMap<int, Generation> generations;
    int active = 0;
    EVP_CIPHER_CTX* enc = nullptr;
    EVP_CIPHER_CTX* dec = nullptr;
    int encKeyLoaded = 0;
    unsigned char nonces[12 * 64];
    int noncesLeft = 0;

    const unsigned char* nextNonce()
    {
        // Drawing nonces 64 at a time from the DRBG; each is still independent and random.
        if (noncesLeft == 0) {
            if (RAND_bytes(nonces, sizeof nonces) != 1)
                qFatal("OpenSSL RAND_bytes failed");
            noncesLeft = 64;
        }
        return nonces + 12 * (--noncesLeft);
    }
};

PiiCipher::PiiCipher(const KeyFile& keys) : d(std::make_unique<Impl>())
{
    for (int id : keys.ids()) {
        Generation g;
        g.encKey = keys.subKey(id, "pii-enc");
        QByteArray indexKey = keys.subKey(id, "blind-index");
        prepareHmac(g, indexKey);
        Crypto::wipe(indexKey);
        d->generations.insert(id, g);
    }
    d->active = keys.activeId();
    d->enc = EVP_CIPHER_CTX_new();
    d->dec = EVP_CIPHER_CTX_new();
    EVP_EncryptInit_ex(d->enc, EVP_aes_256_gcm(), nullptr, nullptr, nullptr);
    EVP_DecryptInit_ex(d->dec, EVP_aes_256_gcm(), nullptr, nullptr, nullptr);
    const auto& key = d->generations[d->active].encKey;
    EVP_EncryptInit_ex(d->enc, nullptr, nullptr, reinterpret_cast<const unsigned char*>(key.constData()), nullptr);
    d->encKeyLoaded = d->active;
}

PiiCipher::~PiiCipher()
{
    EVP_CIPHER_CTX_free(d->enc);
    EVP_CIPHER_CTX_free(d->dec);
    for (auto& g : d->generations) {
        Crypto::wipe(g.encKey);
        OPENSSL_cleanse(&g.inner, sizeof g.inner);
        OPENSSL_cleanse(&g.outer, sizeof g.outer);
    }
    OPENSSL_cleanse(d->nonces, sizeof d->nonces);
}

int PiiCipher::activeKeyId() const
{
    return d->active;
}

QByteArray PiiCipher::blindIndex(PiiField field, QByteArrayView normalised) const
{
    return blindIndex(field, normalised, d->active);
}

QByteArray PiiCipher::blindIndex(PiiField field, QByteArrayView normalised, int keyId) const
{
    const auto it = d->generations.constFind(keyId);
    if (it == d->generations.cend())
        return {};
    SHA256_CTX ctx = it->inner;
    const unsigned char tag = static_cast<unsigned char>(field);
    SHA256_Update(&ctx, &tag, 1); // domain separation: an email never matches a phone
    SHA256_Update(&ctx, normalised.data(), static_cast<size_t>(normalised.size()));
    unsigned char innerHash[32];
    SHA256_Final(innerHash, &ctx);
    ctx = it->outer;
    SHA256_Update(&ctx, innerHash, sizeof innerHash);
    unsigned char mac[32];
    SHA256_Final(mac, &ctx);
    return QByteArray(reinterpret_cast<const char*>(mac), kBlindIndexSize);
}

QByteArray PiiCipher::encrypt(PiiField field, QByteArrayView plaintext, QByteArrayView rowBinding)
{
    QByteArray out(kOverhead + plaintext.size(), Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    o[0] = static_cast<unsigned char>(d->active);
    std::memcpy(o + 1, d->nextNonce(), 12);
    int len = 0;
    const unsigned char tag = static_cast<unsigned char>(field);
    bool ok = EVP_EncryptInit_ex(d->enc, nullptr, nullptr, nullptr, o + 1) == 1
        && EVP_EncryptUpdate(d->enc, nullptr, &len, &tag, 1) == 1
        && EVP_EncryptUpdate(d->enc, nullptr, &len, reinterpret_cast<const unsigned char*>(rowBinding.data()),
                             static_cast<int>(rowBinding.size()))
            == 1
        && EVP_EncryptUpdate(d->enc, o + 13, &len, reinterpret_cast<const unsigned char*>(plaintext.data()),
                             static_cast<int>(plaintext.size()))
            == 1
        && EVP_EncryptFinal_ex(d->enc, o + 13 + len, &len) == 1
        && EVP_CIPHER_CTX_ctrl(d->enc, EVP_CTRL_GCM_GET_TAG, 16, o + 13 + plaintext.size()) == 1;
    if (!ok)
        qFatal("AES-256-GCM encryption failed");
    return out;
}

Result<QByteArray> PiiCipher::decrypt(PiiField field, QByteArrayView blob, QByteArrayView rowBinding) const
{
    auto fail = [] {
        return makeError(QStringLiteral("decrypt_failed"),
                         Error::tr("Data pribadi tidak dapat didekripsi (kunci salah atau data diubah)"));
    };
    if (blob.size() < kOverhead)
        return fail();
    const auto it = d->generations.constFind(keyIdOf(blob));
    if (it == d->generations.cend())
        return fail();
    const auto* b = reinterpret_cast<const unsigned char*>(blob.data());
    const int ctLen = static_cast<int>(blob.size()) - kOverhead;
    QByteArray out(ctLen, Qt::Uninitialized);
    int len = 0;
    const unsigned char tag = static_cast<unsigned char>(field);
    unsigned char expectedTag[16];
    std::memcpy(expectedTag, b + 13 + ctLen, 16);
    const bool ok = EVP_DecryptInit_ex(d->dec, nullptr, nullptr,
                                       reinterpret_cast<const unsigned char*>(it->encKey.constData()), b + 1)
            == 1
        && EVP_DecryptUpdate(d->dec, nullptr, &len, &tag, 1) == 1
        && EVP_DecryptUpdate(d->dec, nullptr, &len, reinterpret_cast<const unsigned char*>(rowBinding.data()),
                             static_cast<int>(rowBinding.size()))
            == 1
        && EVP_DecryptUpdate(d->dec, reinterpret_cast<unsigned char*>(out.data()), &len, b + 13, ctLen) == 1
        && EVP_CIPHER_CTX_ctrl(d->dec, EVP_CTRL_GCM_SET_TAG, 16, expectedTag) == 1
        && EVP_DecryptFinal_ex(d->dec, reinterpret_cast<unsigned char*>(out.data()) + len, &len) == 1;
    if (!ok) {
        Crypto::wipe(out);
        return fail();
    }
    return out;
}

QByteArray PiiCipher::normaliseEmail(QStringView email)
{
    return email.trimmed().toString().toLower().toUtf8();
}

QByteArray PiiCipher::normalisePhone(QStringView phone)
{
    QByteArray digitsOnly;
    digitsOnly.reserve(phone.size());
    for (QChar c : phone) {
        if (c.isDigit())
            digitsOnly += static_cast<char>(c.unicode());
        else if (c != u'+' && c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.')
            return {};
    }
    if (digitsOnly.startsWith('0'))
        digitsOnly = "62" + digitsOnly.mid(1);
    else if (digitsOnly.startsWith('8'))
        digitsOnly = "62" + digitsOnly;
    else if (!digitsOnly.startsWith("62"))
        return {};
    // Indonesian mobile numbers: 62 8xx, 9 to 12 digits after the country code.
    if (digitsOnly.size() < 11 || digitsOnly.size() > 14 || digitsOnly[2] != '8')
        return {};
    return digitsOnly;
}

QByteArray PiiCipher::normaliseDigits(QStringView digits)
{
    return digits.toLatin1();
}

} // namespace prakerja
