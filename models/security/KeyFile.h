#pragma once
// The key file: master keys by generation (id 1..255), one of them active. It lives outside
// the database (mode 0600); losing it makes PII unreadable, so it must be backed up
// (docs/security.md). Sub-keys for encryption, blind index and audit are derived by HKDF.

#include "domain/Error.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace prakerja {

class KeyFile
{
public:
    KeyFile() = default;
    ~KeyFile();
    KeyFile(const KeyFile& other) = default;
    KeyFile& operator=(const KeyFile& other) = default;

    // Reads an existing key file; refuses one readable by group or others.
    static Result<KeyFile> load(const QString& path);
    // Creates a new key file with one fresh key; fails if the file exists.
    static Result<KeyFile> create(const QString& path);
    // Writes atomically (temporary file + rename) with mode 0600.
    Status save(const QString& path) const;

    // Adds a new generation and makes it active; returns its id.
    int addGeneration();
    void removeGeneration(int id);

    int activeId() const { return m_active; }
    QList<int> ids() const { return m_keys.keys(); }
    bool has(int id) const { return m_keys.contains(id); }
    // HKDF sub-key of generation `id` for `purpose` (e.g. "pii-enc").
    QByteArray subKey(int id, const char* purpose) const;
    // Value stored in the database to recognise the key file that belongs to it.
    QByteArray checkValue(int id) const;

    // Default location for a database's key file: the config folder, not the database's.
    static QString defaultPathFor(const QString& databasePath);

private:
    QMap<int, QByteArray> m_keys;
    int m_active = 0;
};

} // namespace prakerja
