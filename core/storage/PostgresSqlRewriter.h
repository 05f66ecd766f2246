#pragma once

#include <QString>

namespace authscope {

// Turns the SQLite spellings that the QtSql repositories use into PostgreSQL's, for statements run through
// execSql() on a QPSQL connection. Only these forms, all of them planner hints or the one case-insensitive column:
//  - "+alias.column" (SQLite: do not use an index for this column) loses its "+": PostgreSQL's planner takes no hints
//    (and has no unary plus for BYTEA);
//  - "CROSS JOIN t ON" (SQLite: keep this join order) becomes "JOIN t ON";
//  - "WHERE 1" becomes "WHERE true";
//  - "x COLLATE NOCASE" becomes "lower(x)", "username = ?" "lower(username) = lower(?)" and "username LIKE"
//    "username ILIKE" (users.username is COLLATE NOCASE on SQLite, a lower() unique index on PostgreSQL);
//  - two-argument max()/min() become GREATEST()/LEAST(), instr() becomes strpos().
// Results are cached per thread by statement text, so a statement is rewritten once.
class PostgresSqlRewriter final
{
public:
    [[nodiscard]] static QString rewrite(const QString& sqliteSql);
};

} // namespace authscope
