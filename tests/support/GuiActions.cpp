#include "GuiActions.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTest>
#include <QWidget>

namespace authscope::test {

bool isReachable(QWidget* widget)
{
    if (widget == nullptr || !widget->isVisible() || widget->width() <= 0 || widget->height() <= 0) {
        return false;
    }
    QWidget* top = widget->window();
    const QPoint centre = widget->mapTo(top, widget->rect().center());
    const QWidget* hit = top->childAt(centre);
    return hit == widget || (hit != nullptr && widget->isAncestorOf(hit));
}

bool clickWhenReachable(QWidget* widget, Qt::MouseButton button, int timeoutMs)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!QTest::qWaitFor([widget] { return isReachable(widget); }, timeoutMs)) {
        return false;
    }
    QTest::mouseClick(widget, button);
    return true;
}

} // namespace authscope::test
