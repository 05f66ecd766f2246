#pragma once

namespace authscope {

// What a row of the change feed (session_changes) tells validation caches to drop.
enum class SessionChangeScope
{
    Session = 0, // one session, named by its ID hash
    User = 1,    // every session of one user
    All = 2
};

} // namespace authscope
