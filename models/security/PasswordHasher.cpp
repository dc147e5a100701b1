#include "PasswordHasher.h"

#include "Crypto.h"
#include "PasswordStrength.h"

#include <openssl/evp.h>

#include <QSet>
#include <atomic>

namespace prakerja {

namespace {
std::atomic<qint64> g_iterations{0};

QByteArray pbkdf2(const QString& password, const QByteArray& salt, int iterations)
{
    QByteArray utf8 = password.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<int>(salt.size()),
                      iterations, EVP_sha256(), 32, reinterpret_cast<unsigned char*>(out.data()));
    Crypto::wipe(utf8);
    g_iterations.fetch_add(iterations, std::memory_order_relaxed);
    return out;
}
} // namespace

QString PasswordHasher::dummyHash(int iterations)
{
    // Matches no password (the derived value of a real one is never all zeros in practice).
    return QStringLiteral("pbkdf2-sha256$%1$cHJha2VyamEtZHVtbXk=$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
        .arg(iterations);
}

qint64 PasswordHasher::iterationsComputed()
{
    return g_iterations.load();
}

QString PasswordHasher::hash(const QString& password, int iterations)
{
    const QByteArray salt = Crypto::randomBytes(16);
    const QByteArray derived = pbkdf2(password, salt, iterations);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != u"pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    QByteArray derived = pbkdf2(password, salt, iterations);
    const bool match = Crypto::constantTimeEqual(derived, expected);
    Crypto::wipe(derived);
    return match;
}

bool PasswordHasher::needsUpgrade(const QString& stored, int iterations)
{
    const QStringList parts = stored.split(u'$');
    return parts.size() != 4 || parts[0] != u"pbkdf2-sha256" || parts[1].toInt() < iterations;
}

Status PasswordHasher::checkPolicy(const QString& password, const QString& userName)
{
    if (password.size() < kMinimumLength)
        return makeError(QStringLiteral("password_too_short"),
                         Error::tr("Kata sandi minimal %1 karakter").arg(kMinimumLength));
    static const QSet<QString> common = {
        QStringLiteral("passwordpassword"), QStringLiteral("administrator"),   QStringLiteral("indonesia123"),
        QStringLiteral("indonesia1945"),    QStringLiteral("merdeka17081945"), QStringLiteral("bismillah123"),
        QStringLiteral("prakerja2020"),     QStringLiteral("kartuprakerja"),   QStringLiteral("kartuprakerja2020"),
        QStringLiteral("jakarta12345"),     QStringLiteral("rahasia12345"),
    };
    const QString lower = password.toLower();
    if (common.contains(lower) || PasswordStrength::isCommon(password)
        || (!userName.isEmpty() && lower.contains(userName.toLower())))
        return makeError(QStringLiteral("password_common"),
                         Error::tr("Kata sandi terlalu umum atau memuat nama pengguna"));
    if (PasswordStrength::estimateBits(password) < PasswordStrength::kMinimumBits)
        return makeError(QStringLiteral("password_weak"),
                         Error::tr("Kata sandi mudah ditebak (kata umum, urutan, baris papan ketik atau"
                                   " pengulangan); pakai beberapa kata yang tidak umum"));
    return Status::success();
}

} // namespace prakerja
