#pragma once

#include <QString>

#include <utility>

class QPushButton;
class QWidget;

namespace authscope {

// Every control a page creates carries an object name (the GUI tests and the accessibility check find it by
// that name): created and named in one call, with the arguments of its own constructor.
template <typename W, typename... Args>
[[nodiscard]] W* makeNamed(const QString& objectName, Args&&... args)
{
    auto* widget = new W(std::forward<Args>(args)...);
    widget->setObjectName(objectName);
    return widget;
}

// A push button: its text, object name and, when not empty, its tool tip.
[[nodiscard]] QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent,
                                      const QString& toolTip = {});

} // namespace authscope
