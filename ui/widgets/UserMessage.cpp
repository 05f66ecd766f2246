#include "ui/widgets/UserMessage.h"

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

} // namespace authscope
