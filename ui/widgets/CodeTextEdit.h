#pragma once

#include <QString>

class QPlainTextEdit;
class QWidget;

namespace authscope {

// The text boxes the token tabs hold keys, JSON and tokens in: fixed-pitch (columns of base64 and JSON line up)
// and Tab moves on to the next control instead of typing a tab.
[[nodiscard]] QPlainTextEdit* makeCodeTextEdit(const QString& objectName, const QString& accessibleName,
                                               QWidget* parent);

// A read-only one of those for a decoded JSON header, a payload or bytes: wrapped anywhere, since a long
// base64url run has no word boundary.
[[nodiscard]] QPlainTextEdit* makeJsonTextView(const QString& objectName, const QString& accessibleName,
                                               QWidget* parent);

} // namespace authscope
