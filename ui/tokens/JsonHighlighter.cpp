#include "ui/tokens/JsonHighlighter.h"

#include "ui/tokens/TokenPalette.h"

#include <QTextDocument>

namespace authscope {

JsonHighlighter::JsonHighlighter(Role role, QTextDocument* document) : QSyntaxHighlighter(document), m_role(role) {}

void JsonHighlighter::highlightBlock(const QString& text)
{
    const TokenPalette palette = TokenPalette::current();
    QTextCharFormat key;
    key.setForeground(m_role == Role::Header ? palette.header : palette.payload);
    key.setFontWeight(QFont::Bold);
    QTextCharFormat string;
    string.setForeground(palette.jsonString);
    QTextCharFormat number;
    number.setForeground(palette.jsonNumber);
    QTextCharFormat literal;
    literal.setForeground(palette.jsonLiteral);

    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != u'"') {
                end += text.at(end) == u'\\' ? 2 : 1;
            }
            end = std::min(end + 1, n);
            // A string followed by ':' is a member name.
            qsizetype next = end;
            while (next < n && text.at(next).isSpace()) {
                ++next;
            }
            const bool isKey = next < n && text.at(next) == u':';
            setFormat(static_cast<int>(i), static_cast<int>(end - i), isKey ? key : string);
            i = end;
            continue;
        }
        if (c == u'-' || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < n && (text.at(end).isDigit() || QStringView(u".eE+-").contains(text.at(end)))) {
                ++end;
            }
            setFormat(static_cast<int>(i), static_cast<int>(end - i), number);
            i = end;
            continue;
        }
        if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter()) {
                ++end;
            }
            setFormat(static_cast<int>(i), static_cast<int>(end - i), literal);
            i = end;
            continue;
        }
        ++i;
    }
}

} // namespace authscope
