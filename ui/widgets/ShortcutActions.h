#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QLineEdit;
class QWidget;

namespace authscope {

// An action with a key of a page (Delete revokes, F5 refreshes...): named, with its text, and added to `owner`,
// whose shortcut works while the focus is in `owner` or any of its children. The owner is its parent.
QAction* addShortcutAction(QWidget* owner, const QString& objectName, const QString& text, const QKeySequence& keys);

// Ctrl+F ("findAction") moves the focus to the filter or search `field` from anywhere on `page`, its text selected.
QAction* addFindShortcut(QWidget* page, const QString& text, QLineEdit* field);

} // namespace authscope
