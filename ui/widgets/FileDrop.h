#pragma once

#include <QString>

#include <functional>

class QDragEnterEvent;
class QDropEvent;

namespace authscope {

// A drop target for a file or for text (a key, a token): files dropped are opened, not pasted as their path.
// Accepts a drag that carries either.
void acceptFileOrTextDrag(QDragEnterEvent* event);
// Hands the drop's first local file to `openFile`, or else its text to `takeText`; the drop is accepted when one of
// them was called.
void dropFileOrText(QDropEvent* event, const std::function<void(const QString& path)>& openFile,
                    const std::function<void(const QString& text)>& takeText);

} // namespace authscope
