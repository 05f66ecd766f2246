#pragma once

#include <Qt>

class QWidget;

namespace authscope::test {

// True when a click at the centre of widget lands on widget (or one of its children): it is shown, laid out
// where it will be drawn, and not covered by a sibling.
[[nodiscard]] bool isReachable(QWidget* widget);

// Clicks widget the way a user does, once it is reachable. A widget shown a moment ago by a slot (a button
// that appears with a result from a worker thread) is only laid out when the event loop has delivered the
// layout requests: until then its geometry is stale and a window-level click at its centre lands on whatever
// lives there. Waits up to timeoutMs for the layout; returns false (and clicks nothing) if it never settles.
[[nodiscard]] bool clickWhenReachable(QWidget* widget, Qt::MouseButton button = Qt::LeftButton, int timeoutMs = 5000);

} // namespace authscope::test
