#pragma once

#include "core/common/Error.h"
#include "core/sessions/SessionQuery.h"

namespace authscope::cli {

class CliArgs;

// What `sessions list` asks for, read from its options.

// --user, --ip, --ua, --state, --method and the time options, on top of --search.
Result<SessionFilter> sessionFilterFrom(const CliArgs& args, qint64 nowMs);

// The order, the page size and where the page starts.
struct SessionPageRequest
{
    SessionSort order;
    int rows = 50;
    SessionCursor after;
};

// --sort, --asc, --limit and --cursor.
Result<SessionPageRequest> sessionPageFrom(const CliArgs& args);

} // namespace authscope::cli
