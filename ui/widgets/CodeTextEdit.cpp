#include "ui/widgets/CodeTextEdit.h"

#include "core/common/DisplayText.h"

#include "ui/widgets/WidgetFactory.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>

namespace authscope {

QPlainTextEdit* makeCodeTextEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = makeNamed<QPlainTextEdit>(objectName, parent);
    edit->setAccessibleName(accessibleName);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true);
    return edit;
}

QPlainTextEdit* makeJsonTextView(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    QPlainTextEdit* view = makeCodeTextEdit(objectName, accessibleName, parent);
    view->setReadOnly(true);
    view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return view;
}

QString jsonShown(const QJsonObject& object)
{
    return DisplayText::escapeJson(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

} // namespace authscope
