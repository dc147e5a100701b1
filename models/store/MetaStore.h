#pragma once
// Small facts about the database itself, in the meta table: whether it is a demo database
// (made by the console's first-start demo or `prakerjactl init --demo`), which decides whether
// the launch-day simulator is offered; a key rotation's progress; the audit chain's anchor.

#include "domain/Error.h"

#include <QVariant>

namespace prakerja {

class Database;

class MetaStore
{
public:
    explicit MetaStore(Database& db) : m_db(db) { }

    bool isDemo();
    Status markDemo();

    QVariant value(const QString& key); // invalid when absent
    Status set(const QString& key, const QVariant& value);
    Status remove(const QString& key);
    // Removes every key that starts with `prefix`, except `keep`.
    Status removeWithPrefix(const QString& prefix, const QString& keep = {});

private:
    Database& m_db;
};

} // namespace prakerja
