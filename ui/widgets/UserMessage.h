#pragma once

#include <QString>

namespace authscope {

// Core errors are written for the CLI too and may end with a hint that names a command-line flag, e.g.
// "(keys rotate --revoke-old --reason ...)". The console never cites a flag a user cannot type anywhere: this
// drops such a parenthesised hint and leaves the rest of the message as it is.
[[nodiscard]] QString withoutCliHints(const QString& message);

} // namespace authscope
