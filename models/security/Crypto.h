#pragma once
// Thin, checked wrappers over OpenSSL 3.0 primitives used across the security layer.

#include <QByteArray>
#include <QByteArrayView>

namespace prakerja::Crypto {

QByteArray randomBytes(int count);
QByteArray sha256(QByteArrayView data);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
// HKDF-SHA-256 (RFC 5869) through EVP_KDF.
QByteArray hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info, int length);
bool constantTimeEqual(QByteArrayView a, QByteArrayView b);
// Overwrites the buffer's bytes (OPENSSL_cleanse) and clears it.
void wipe(QByteArray& secret);

} // namespace prakerja::Crypto
