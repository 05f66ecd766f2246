#include "ui/widgets/WidgetFactory.h"

#include <QFormLayout>
#include <QLabel>
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

QLabel* makeBuddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QFormLayout* makeFieldForm(QWidget* owner)
{
    auto* form = makeMarginless<QFormLayout>(owner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

QLabel* addBuddyRow(QFormLayout* form, const QString& text, QWidget* field)
{
    QLabel* label = makeBuddyLabel(text, field, form->parentWidget());
    form->addRow(label, field);
    return label;
}

} // namespace authscope
