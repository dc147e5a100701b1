#pragma once
// The schema as an ordered list of migrations. Each is applied once, in its own transaction,
// and recorded in schema_version. Append new migrations; never edit an applied one.
// SQL here is SQLite's; a PostgreSQL backend supplies its own list with the same versions
// (SqlDialect), so repositories above see the same tables.

#include <QStringList>
#include <vector>

namespace prakerja {

struct Migration
{
    int version;
    const char* description;
    QStringList statements;
};

// Every area that owns tables adds its migration here, in version order.
const std::vector<Migration>& sqliteMigrations();

} // namespace prakerja
