#include "ui/widgets/WrappedLabel.h"

#include "ui/widgets/WidgetFactory.h"

#include <QLabel>

namespace authscope {

QLabel* makeWrappedLabel(const QString& objectName, QWidget* parent)
{
    auto* label = makeNamed<QLabel>(objectName, parent);
    label->setWordWrap(true);
    return label;
}

QLabel* makeMessageLabel(const QString& objectName, QWidget* parent)
{
    QLabel* label = makeWrappedLabel(objectName, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* makeQuotingLabel(const QString& objectName, QWidget* parent)
{
    QLabel* label = makeMessageLabel(objectName, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace authscope
