#include "KeyFile.h"

#include "Crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <fcntl.h>
#include <unistd.h>

namespace prakerja {

namespace {
const QByteArray kMagic = QByteArrayLiteral("prakerja-keyfile 1");
}

KeyFile::~KeyFile()
{
    for (auto& key : m_keys)
        Crypto::wipe(key);
}

Result<KeyFile> KeyFile::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(QStringLiteral("key_file_missing"), Error::tr("Berkas kunci tidak ditemukan: %1").arg(path));
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
        return makeError(QStringLiteral("key_file_permissions"),
                         Error::tr("Berkas kunci %1 dapat dibaca pengguna lain; jalankan chmod 600").arg(path));
    // Whoever can write the folder can replace the file (and with it the keys new data gets).
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (folder.permissions() & (QFile::WriteGroup | QFile::WriteOther))
        return makeError(QStringLiteral("key_file_folder_permissions"),
                         Error::tr("Folder berkas kunci %1 dapat ditulis pengguna lain; jalankan chmod 700")
                             .arg(folder.absoluteFilePath()));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("key_file_unreadable"),
                         Error::tr("Berkas kunci tidak dapat dibaca: %1").arg(file.errorString()));
    QByteArray content = file.readAll();
    KeyFile keys;
    bool sawMagic = false;
    for (const QByteArray& raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line == kMagic) {
            sawMagic = true;
            continue;
        }
        const QList<QByteArray> parts = line.split(' ');
        bool ok = false;
        if (parts.size() == 3 && parts[0] == "key") {
            const int id = parts[1].toInt(&ok);
            QByteArray key = QByteArray::fromBase64(parts[2]);
            if (ok && id >= 1 && id <= 255 && key.size() == 32)
                keys.m_keys.insert(id, key);
            else
                ok = false;
        } else if (parts.size() == 2 && parts[0] == "active") {
            keys.m_active = parts[1].toInt(&ok);
        }
        if (!ok) {
            Crypto::wipe(content);
            return makeError(QStringLiteral("key_file_corrupt"), Error::tr("Berkas kunci rusak: %1").arg(path));
        }
    }
    Crypto::wipe(content);
    if (!sawMagic || !keys.m_keys.contains(keys.m_active))
        return makeError(QStringLiteral("key_file_corrupt"), Error::tr("Berkas kunci rusak: %1").arg(path));
    return keys;
}

Result<KeyFile> KeyFile::create(const QString& path)
{
    if (QFile::exists(path))
        return makeError(QStringLiteral("key_file_exists"), Error::tr("Berkas kunci sudah ada: %1").arg(path));
    // Folders created here are 0700 whatever the umask.
    QStringList missing;
    for (QFileInfo f(QFileInfo(path).absolutePath()); !f.exists() && !f.isRoot(); f = QFileInfo(f.absolutePath()))
        missing.prepend(f.absoluteFilePath());
    for (const QString& dir : std::as_const(missing)) {
        QDir().mkdir(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    KeyFile keys;
    keys.addGeneration();
    const Status saved = keys.save(path);
    if (!saved)
        return saved.error();
    return keys;
}

Status KeyFile::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("key_file_write"),
                         Error::tr("Berkas kunci tidak dapat ditulis: %1").arg(file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QByteArray text
        = "# Prakerja Operator Console key file. Secret: keep mode 0600 and back it up offline.\n" + kMagic + '\n';
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        text += "key " + QByteArray::number(it.key()) + ' ' + it.value().toBase64() + '\n';
    text += "active " + QByteArray::number(m_active) + '\n';
    file.write(text);
    Crypto::wipe(text);
    if (!file.commit())
        return makeError(QStringLiteral("key_file_write"),
                         Error::tr("Berkas kunci tidak dapat ditulis: %1").arg(file.errorString()));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // The rename is durable only once the folder's entry is on disk.
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
        const int synced = ::fsync(fd);
        ::close(fd);
        if (synced != 0)
            return makeError(QStringLiteral("key_file_write"),
                             Error::tr("Folder berkas kunci tidak dapat disinkronkan ke disk"));
    }
    return Status::success();
}

int KeyFile::addGeneration()
{
    const int id = m_keys.isEmpty() ? 1 : m_keys.lastKey() + 1;
    m_keys.insert(id, Crypto::randomBytes(32));
    m_active = id;
    return id;
}

void KeyFile::removeGeneration(int id)
{
    if (id == m_active)
        return;
    auto it = m_keys.find(id);
    if (it != m_keys.end()) {
        Crypto::wipe(*it);
        m_keys.erase(it);
    }
}

QByteArray KeyFile::subKey(int id, const char* purpose) const
{
    const QByteArray info = QByteArray("prakerja ") + purpose + " v1";
    return Crypto::hkdfSha256(m_keys.value(id), QByteArrayLiteral("prakerja-console"), info, 32);
}

QByteArray KeyFile::checkValue(int id) const
{
    QByteArray key = subKey(id, "key-check");
    const QByteArray value = Crypto::hmacSha256(key, QByteArrayLiteral("prakerja key check"));
    Crypto::wipe(key);
    return value;
}

QString KeyFile::defaultPathFor(const QString& databasePath)
{
    const QString config
        = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/prakerja/keys");
    return config + u'/' + QFileInfo(databasePath).completeBaseName() + QStringLiteral(".key");
}

} // namespace prakerja
