#include "ui/widgets/WidgetFactory.h"

#include <QPushButton>

namespace authscope {

QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent, const QString& toolTip)
{
    auto* button = makeNamed<QPushButton>(objectName, text, parent);
    if (!toolTip.isEmpty()) {
        button->setToolTip(toolTip);
    }
    return button;
}

} // namespace authscope
