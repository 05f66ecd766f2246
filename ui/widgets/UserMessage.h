#pragma once

#include <QString>

class QWidget;

namespace authscope {

// Core errors are written for the CLI too and may end with a hint that names a command-line flag, e.g.
// "(keys rotate --revoke-old --reason ...)". The console never cites a flag a user cannot type anywhere: this
// drops such a parenthesised hint and leaves the rest of the message as it is.
[[nodiscard]] QString withoutCliHints(const QString& message);

// Asks `question` in a message box titled `title` over `parent`, with Yes and No: true only when the user says Yes.
[[nodiscard]] bool askYesNo(QWidget* parent, const QString& title, const QString& question);

} // namespace authscope
