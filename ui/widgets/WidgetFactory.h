#pragma once

#include <QString>

#include <utility>

class QFormLayout;
class QLabel;
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

// A label naming `buddy`: its mnemonic moves the focus there and screen readers announce the field by it.
[[nodiscard]] QLabel* makeBuddyLabel(const QString& text, QWidget* buddy, QWidget* parent);

// A layout that adds no margins of its own: it sits inside a page, a row or a group box that has them.
template <typename L, typename... Args>
[[nodiscard]] L* makeMarginless(Args&&... args)
{
    auto* layout = new L(std::forward<Args>(args)...);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

// The form of an editor inside a page (the key sources, the policy, the DPoP inputs): no margins of its own, and
// every field takes the width, so that word-wrapped labels and long values are not cut at 1024x700.
[[nodiscard]] QFormLayout* makeFieldForm(QWidget* owner);

// A row of `form`: a buddy label with `text` (parented to the form's widget), and `field`; returns the label.
QLabel* addBuddyRow(QFormLayout* form, const QString& text, QWidget* field);

} // namespace authscope
