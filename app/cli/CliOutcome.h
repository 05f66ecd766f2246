#pragma once

#include "core/common/Error.h"

namespace authscope::cli {

// How a command ended. Every command returns one; exitCode() turns it into the process's exit code.
enum class Outcome
{
    Ok,      // done, or the check passed
    Refused, // the answer is "no": invalid token, tampered chain, refused transition (reasons printed)
    Usage,   // bad arguments or unusable input (unreadable file, malformed token, database refused)
};

// 0 ok, 1 refused or check failed, 2 usage error or unusable input: the one place these numbers are written.
[[nodiscard]] int exitCode(Outcome outcome);

// What an error from the engine means for the exit code: the codes that are a "no" to a well-formed request and
// those that are bad input are listed once; any other error is `otherwise` (the caller knows whether it was
// reading input or asking for a change).
[[nodiscard]] Outcome outcomeOf(const Error& error, Outcome otherwise);

} // namespace authscope::cli
