#pragma once
// Small facts about the database itself, in the meta table: whether it is a demo database
// (made by the console's first-start demo or `prakerjactl init --demo`), which decides whether
// the launch-day simulator is offered.

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

private:
    Database& m_db;
};

} // namespace prakerja
