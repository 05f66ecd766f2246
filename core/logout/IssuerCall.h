#pragma once

#include <functional>

namespace authscope::logout {

// Runs `work` (calls to a remote issuer through HttpFetcher, whose requests spin a local event loop) on a thread of
// its own and waits for it. The test server's thread is blocked meanwhile (at most the fetcher's time limits,
// R-FETCH-LIMITS) but never runs a nested event loop, in which another request of the same thread could be served
// half-way through this one (B-RP-NO-REENTRY).
class IssuerCall final
{
public:
    static void run(const std::function<void()>& work);
};

} // namespace authscope::logout
