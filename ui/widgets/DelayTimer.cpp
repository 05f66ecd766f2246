#include "ui/widgets/DelayTimer.h"

#include <QTimer>

namespace authscope {

QTimer* makeDelayTimer(int ms, QObject* parent)
{
    auto* timer = new QTimer(parent);
    timer->setSingleShot(true);
    timer->setInterval(ms);
    return timer;
}

} // namespace authscope
