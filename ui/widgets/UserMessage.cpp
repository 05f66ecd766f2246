#include "ui/widgets/UserMessage.h"

#include <QMessageBox>
#include <QRegularExpression>

namespace authscope {

QString withoutCliHints(const QString& message)
{
    // A parenthesised group that holds a "--flag" (nothing nested), with the space before it.
    static const QRegularExpression hint(QStringLiteral(R"(\s*\([^()]*(?:^|\s|')--[a-z][a-z0-9-]*[^()]*\))"));
    QString out = message;
    out.remove(hint);
    return out;
}

bool askYesNo(QWidget* parent, const QString& title, const QString& question)
{
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

} // namespace authscope
