#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace authscope {

// A label for sentences (a status, a verdict, a note, a message): word-wrapped, so a long translation or a narrow
// window takes more lines instead of cutting it off.
[[nodiscard]] QLabel* makeWrappedLabel(const QString& objectName, QWidget* parent);

// The same, with its text selectable by the mouse: what it says (an error, a server's answer) can be copied.
[[nodiscard]] QLabel* makeMessageLabel(const QString& objectName, QWidget* parent);

// A message label whose text quotes what came from outside (a token's claims, a key's kid): plain text, never
// read as rich text (D-DISPLAY).
[[nodiscard]] QLabel* makeQuotingLabel(const QString& objectName, QWidget* parent);

} // namespace authscope
