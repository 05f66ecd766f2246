#pragma once

#include <QString>

class QJsonObject;
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

// What such a view shows of a JSON object someone else wrote (a header, claims, a provider's answer): indented,
// with control characters escaped (D-DISPLAY).
[[nodiscard]] QString jsonShown(const QJsonObject& object);

} // namespace authscope
