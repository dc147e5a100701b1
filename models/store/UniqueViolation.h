#pragma once
// Whether a store error is a UNIQUE or primary-key constraint refusing a row, on either backend:
// sqlError() and NativeStatement::error() give those the code `sql_unique` (PostgreSQL's SQLSTATE
// 23505, SQLite's constraint codes), so that a service maps them to its own code (a duplicate
// training code) without reading a driver's message.

#include "domain/Error.h"

namespace prakerja {

inline bool isUniqueViolation(const Error& error)
{
    return error.code == QLatin1StringView("sql_unique");
}

} // namespace prakerja
