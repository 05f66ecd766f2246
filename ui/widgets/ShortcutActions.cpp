#include "ui/widgets/ShortcutActions.h"

#include "ui/widgets/WidgetFactory.h"

#include <QAction>
#include <QLineEdit>
#include <QWidget>

namespace authscope {

QAction* addShortcutAction(QWidget* owner, const QString& objectName, const QString& text, const QKeySequence& keys)
{
    auto* action = makeNamed<QAction>(objectName, text, owner);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

QAction* addFindShortcut(QWidget* page, const QString& text, QLineEdit* field)
{
    QAction* action = addShortcutAction(page, QStringLiteral("findAction"), text, QKeySequence::Find);
    QObject::connect(action, &QAction::triggered, field, [field] {
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
    return action;
}

} // namespace authscope
