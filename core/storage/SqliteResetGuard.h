#pragma once

#include "core/storage/SqliteStatement.h"

namespace authscope {

// Resets a statement when leaving the scope, so that no read transaction stays open by accident.
class SqliteResetGuard final
{
public:
    explicit SqliteResetGuard(SqliteStatement& statement) : m_statement(statement) {}
    ~SqliteResetGuard() { m_statement.reset(); }
    Q_DISABLE_COPY_MOVE(SqliteResetGuard)

private:
    SqliteStatement& m_statement;
};

} // namespace authscope
