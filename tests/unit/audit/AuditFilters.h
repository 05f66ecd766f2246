#pragma once

#include "core/audit/AuditLog.h"

namespace authscope::test {

// The whole audit log, oldest row first (the order a hash chain is read in).
inline AuditFilter oldestFirst()
{
    AuditFilter f;
    f.newestFirst = false;
    return f;
}

// Only the newest row.
inline AuditFilter newestOnly()
{
    AuditFilter f;
    f.limit = 1;
    return f;
}

} // namespace authscope::test
