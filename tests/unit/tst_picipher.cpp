// PII encryption and blind index: round trip, tamper detection, binding, stability, key file.
#include "security/Crypto.h"
#include "security/KeyFile.h"
#include "security/PiiCipher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace prakerja;

class TestPiiCipher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTrip();
    void freshNoncePerValue();
    void flippedBitDetected_data();
    void flippedBitDetected();
    void boundToRowAndColumn();
    void blindIndexStableAndKeyed();
    void keyFileModeAndReload();
    void keyFileRefusesLoosePermissions();
    void wrongKeyCannotDecrypt();
    void normalisation_data();
    void normalisation();
    void hkdfKnownAnswer();

private:
    QTemporaryDir m_dir;
    KeyFile m_keys;
};

void TestPiiCipher::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("k.key")));
    m_keys = KeyFile::create(m_dir.filePath(QStringLiteral("k.key"))).value();
}

void TestPiiCipher::roundTrip()
{
    PiiCipher cipher(m_keys);
    const QByteArray row = cipher.blindIndex(PiiField::Nik, "3171011505900001");
    for (const QByteArray& value : {QByteArray("3171011505900001"), QByteArray("siti@example.id"), QByteArray()}) {
        const QByteArray blob = cipher.encrypt(PiiField::Email, value, row);
        QCOMPARE(blob.size(), value.size() + PiiCipher::kOverhead);
        QCOMPARE(PiiCipher::keyIdOf(blob), m_keys.activeId());
        QVERIFY(!blob.contains(value) || value.isEmpty());
        const Result<QByteArray> back = cipher.decrypt(PiiField::Email, blob, row);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), value);
    }
}

void TestPiiCipher::freshNoncePerValue()
{
    PiiCipher cipher(m_keys);
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(cipher.encrypt(PiiField::Nik, "3171011505900001", "row"));
    QCOMPARE(seen.size(), 1000);
}

void TestPiiCipher::flippedBitDetected_data()
{
    QTest::addColumn<int>("byte");
    QTest::newRow("key id") << 0;
    QTest::newRow("nonce") << 5;
    QTest::newRow("ciphertext") << 14;
    QTest::newRow("tag") << -1;
}

void TestPiiCipher::flippedBitDetected()
{
    QFETCH(int, byte);
    PiiCipher cipher(m_keys);
    QByteArray blob = cipher.encrypt(PiiField::Phone, "6281234567890", "row");
    const int at = byte < 0 ? blob.size() - 1 : byte;
    blob[at] = static_cast<char>(blob[at] ^ 0x01);
    const Result<QByteArray> back = cipher.decrypt(PiiField::Phone, blob, "row");
    QVERIFY(!back.ok());
    QCOMPARE(back.error().code, QStringLiteral("decrypt_failed"));
}

void TestPiiCipher::boundToRowAndColumn()
{
    PiiCipher cipher(m_keys);
    const QByteArray blob = cipher.encrypt(PiiField::Email, "a@b.id", "row-1");
    QVERIFY(cipher.decrypt(PiiField::Email, blob, "row-1").ok());
    QVERIFY(!cipher.decrypt(PiiField::Email, blob, "row-2").ok());
    QVERIFY(!cipher.decrypt(PiiField::Phone, blob, "row-1").ok());
}

void TestPiiCipher::blindIndexStableAndKeyed()
{
    PiiCipher a(m_keys), b(m_keys);
    const QByteArray x = a.blindIndex(PiiField::Nik, "3171011505900001");
    QCOMPARE(x.size(), PiiCipher::kBlindIndexSize);
    QCOMPARE(b.blindIndex(PiiField::Nik, "3171011505900001"), x);
    QVERIFY(a.blindIndex(PiiField::Kk, "3171011505900001") != x); // field separation
    QVERIFY(a.blindIndex(PiiField::Nik, "3171011505900002") != x);
    // HMAC, not a plain hash: another key gives another index.
    QTemporaryDir other;
    const KeyFile otherKeys = KeyFile::create(other.filePath(QStringLiteral("o.key"))).value();
    QVERIFY(PiiCipher(otherKeys).blindIndex(PiiField::Nik, "3171011505900001") != x);
    // Known construction: truncated HMAC-SHA-256 over (field tag || value) with the blind-index sub-key.
    const QByteArray message = QByteArray(1, '\x01') + QByteArray("3171011505900001");
    const QByteArray expected
        = Crypto::hmacSha256(m_keys.subKey(m_keys.activeId(), "blind-index"), message).left(PiiCipher::kBlindIndexSize);
    QCOMPARE(x, expected);
}

void TestPiiCipher::keyFileModeAndReload()
{
    const QString path = m_dir.filePath(QStringLiteral("k.key"));
    const QFile::Permissions mode = QFile::permissions(path);
    QVERIFY(mode.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(!(mode
              & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                 | QFile::ExeOther)));
    const Result<KeyFile> loaded = KeyFile::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->activeId(), m_keys.activeId());
    QCOMPARE(loaded->subKey(1, "pii-enc"), m_keys.subKey(1, "pii-enc"));
    QVERIFY(!KeyFile::create(path).ok()); // never overwrites a key
}

void TestPiiCipher::keyFileRefusesLoosePermissions()
{
    const QString path = m_dir.filePath(QStringLiteral("k.key"));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    const Result<KeyFile> loaded = KeyFile::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("key_file_permissions"));
}

void TestPiiCipher::wrongKeyCannotDecrypt()
{
    QTemporaryDir other;
    const KeyFile otherKeys = KeyFile::create(other.filePath(QStringLiteral("o.key"))).value();
    const QByteArray blob = PiiCipher(m_keys).encrypt(PiiField::Nik, "3171011505900001", "row");
    QVERIFY(!PiiCipher(otherKeys).decrypt(PiiField::Nik, blob, "row").ok());
}

void TestPiiCipher::normalisation_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QByteArray>("normalised");
    QTest::newRow("08") << "081234567890" << QByteArray("6281234567890");
    QTest::newRow("+62 with spaces") << "+62 812-3456-7890" << QByteArray("6281234567890");
    QTest::newRow("62") << "6281234567890" << QByteArray("6281234567890");
    QTest::newRow("8 without prefix") << "81234567890" << QByteArray("6281234567890");
    QTest::newRow("landline") << "0215551234" << QByteArray();
    QTest::newRow("letters") << "0812abc" << QByteArray();
    QTest::newRow("too short") << "0812" << QByteArray();
}

void TestPiiCipher::normalisation()
{
    QFETCH(QString, phone);
    QFETCH(QByteArray, normalised);
    QCOMPARE(PiiCipher::normalisePhone(phone), normalised);
    QCOMPARE(PiiCipher::normaliseEmail(u"  Siti.Aminah@Gmail.COM "), QByteArray("siti.aminah@gmail.com"));
}

void TestPiiCipher::hkdfKnownAnswer()
{
    // RFC 5869 test case 1.
    const QByteArray ikm(22, '\x0b');
    const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c");
    const QByteArray info = QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9");
    QCOMPARE(Crypto::hkdfSha256(ikm, salt, info, 42).toHex(),
             QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
}

QTEST_GUILESS_MAIN(TestPiiCipher)
#include "tst_picipher.moc"
