#pragma once
// Encrypts personal data (NIK, KK, email, phone, name) per value with AES-256-GCM and computes the
// keyed blind index (truncated HMAC-SHA-256) used for exact lookups. One instance per thread:
// it keeps OpenSSL contexts and precomputed HMAC states for speed.
//
// Ciphertext layout: key id (1 byte) | nonce (12) | ciphertext | tag (16).
// Associated data binds the value to its column and its row (the row's NIK blind index),
// so a ciphertext copied to another row or column does not decrypt.

#include "KeyFile.h"
#include "domain/Error.h"

#include <QByteArray>
#include <memory>

namespace prakerja {

enum class PiiField : quint8 { Nik = 1, Kk = 2, Email = 3, Phone = 4, Name = 5 };

class PiiCipher
{
public:
    static constexpr int kBlindIndexSize = 16;
    static constexpr int kOverhead = 1 + 12 + 16;

    // Keys of every generation in the file; encrypts and indexes under the active one.
    explicit PiiCipher(const KeyFile& keys);
    ~PiiCipher();
    PiiCipher(const PiiCipher&) = delete;
    PiiCipher& operator=(const PiiCipher&) = delete;

    int activeKeyId() const;
    // Blind index of an already normalised value (see normalise*()).
    QByteArray blindIndex(PiiField field, QByteArrayView normalised) const;
    QByteArray blindIndex(PiiField field, QByteArrayView normalised, int keyId) const;
    QByteArray encrypt(PiiField field, QByteArrayView plaintext, QByteArrayView rowBinding);
    Result<QByteArray> decrypt(PiiField field, QByteArrayView blob, QByteArrayView rowBinding) const;
    // Key id a stored ciphertext was made with.
    static int keyIdOf(QByteArrayView blob) { return blob.isEmpty() ? 0 : static_cast<quint8>(blob[0]); }

    // Canonical forms, so that lookups match however the value was typed.
    static QByteArray normaliseEmail(QStringView email); // trimmed, lower-case
    static QByteArray normalisePhone(QStringView phone); // digits, 62… form; empty if invalid
    static QByteArray normaliseDigits(QStringView digits); // NIK and KK: as given, digits only

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace prakerja
