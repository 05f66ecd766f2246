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

} // namespace authscope
