#pragma once

#include <QColor>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

class QWidget;

namespace authscope::test {

// Keyboard and screen-reader checks shared by the GUI tests.

struct TabWalk
{
    // Widgets that had the focus, in order, from the first one up to (not including) its return.
    QList<QPointer<QWidget>> visited;
    // True when Tab brought the focus back to the first widget.
    bool cycled = false;
    // Empty when the walk went well; else what went wrong (stuck in a widget, focus left the window, ...).
    QString problem;
};

// True for widgets a user operates: buttons, fields, combos, spin boxes, item views, text edits, tab bars,
// sliders, and anything else that takes the focus by Tab (a selectable label counts too).
[[nodiscard]] bool isInteractive(const QWidget* widget);

// The interactive widgets under root that are shown (as far as root is), enabled and take the focus by Tab,
// skipping the parts of composite widgets (a spin box's line edit, a combo's line edit, a view's viewport).
[[nodiscard]] QList<QWidget*> focusableWidgets(const QWidget* root);

// Gives the focus to the first focusable widget in root's window (or to start) and presses Tab until the focus
// comes back to it, leaves the window, or stays put. At most maxSteps presses.
TabWalk walkTabOrder(QWidget* root, QWidget* start = nullptr, int maxSteps = 400);

// The widgets of walk that are inside root, in order.
[[nodiscard]] QList<QWidget*> visitedWithin(const TabWalk& walk, const QWidget* root);

// The name a screen reader announces: QAccessible's Name (accessibleName, else the buddy label's text, else a
// button's text, ...); for fields (combo, spin box, line edit, view, text edit) only their accessible name or
// buddy label, as on Linux their Name falls back to their value.
[[nodiscard]] QString accessibleName(QWidget* widget);

// Short description for failure messages: object name (or class) and its page-relative path.
[[nodiscard]] QString describe(const QWidget* widget);

// Each returns the problems found as readable lines (empty when all is well):
// focusable widgets of root that the walk did not reach;
[[nodiscard]] QStringList unreachedWidgets(const TabWalk& walk, const QWidget* root);
// widgets of root visited more than once before the cycle closed, or a walk that leaves root and comes back;
[[nodiscard]] QStringList orderProblems(const TabWalk& walk, const QWidget* root);
// `first` not visited before `second` (both must be visited);
[[nodiscard]] QStringList precedenceProblems(const TabWalk& walk, const QWidget* first, const QWidget* second);
// focusable widgets of root (every shown, enabled one, whether or not the walk reached it) without a name; with
// includeHidden, also those not shown now (the other pages of stacks, hidden tabs) and disabled ones.
[[nodiscard]] QStringList unnamedWidgets(const QWidget* root, bool includeHidden = false);

// WCAG 2.x relative luminance and contrast ratio (1 to 21).
[[nodiscard]] double relativeLuminance(const QColor& color);
[[nodiscard]] double contrastRatio(const QColor& a, const QColor& b);

} // namespace authscope::test
