#pragma once
// Password hashing with PBKDF2-HMAC-SHA-256 (OpenSSL EVP_KDF), salt and iteration count
// stored beside the hash as "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>" so that the
// cost can be raised later and old hashes upgraded at the next successful login.

#include "domain/Error.h"

#include <QString>

namespace prakerja {

class PasswordHasher
{
public:
    // OWASP 2023 guidance for PBKDF2-HMAC-SHA-256.
    static constexpr int kDefaultIterations = 600'000;
    static constexpr int kMinimumLength = 12;

    static QString hash(const QString& password, int iterations = kDefaultIterations);
    static bool verify(const QString& password, const QString& stored);
    // True when `stored` was made with weaker parameters than the current ones.
    static bool needsUpgrade(const QString& stored, int iterations = kDefaultIterations);
    // A stored-hash string that matches no password and costs `iterations` to check: what an
    // unknown or locked name is checked against, so that it takes as long as a real one.
    static QString dummyHash(int iterations);
    // PBKDF2 iterations computed by this process so far (tests compare the cost of sign-ins).
    static qint64 iterationsComputed();
    // Length, the deny list of common passwords and a strength estimate (PasswordStrength);
    // the reason is shown next to the field.
    static Status checkPolicy(const QString& password, const QString& userName = {});
};

} // namespace prakerja
