#include "ui/tokens/TokenHighlighter.h"

#include "ui/tokens/TokenPalette.h"

#include <QApplication>
#include <QPalette>
#include <QTextDocument>

namespace authscope {

TokenHighlighter::TokenHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void TokenHighlighter::setInvalidParts(const QList<int>& parts)
{
    if (parts == m_invalidParts) {
        return;
    }
    m_invalidParts = parts;
    rehighlight();
}

void TokenHighlighter::refreshColors()
{
    rehighlight();
}

void TokenHighlighter::highlightBlock(const QString& text)
{
    const QTextDocument* doc = document();
    if (doc == nullptr || doc->characterCount() > MaxHighlightChars) {
        return;
    }
    const int previous = previousBlockState();
    int part = previous < 0 ? 0 : previous;
    // Whether this is a JWS (3 parts) or a JWE (5) decides the colours of the later parts.
    m_partCount = static_cast<int>(doc->toPlainText().count(u'.')) == 4 ? 5 : 3;
    const TokenPalette palette = TokenPalette::current();
    QTextCharFormat dot;
    dot.setFontWeight(QFont::Black);
    dot.setForeground(QApplication::palette().color(QPalette::Text));

    qsizetype start = 0;
    if (part == 0 && currentBlock().blockNumber() == 0) {
        const QString trimmed = text.trimmed();
        if (trimmed.startsWith(QLatin1StringView("Bearer "), Qt::CaseInsensitive)) {
            start = text.indexOf(trimmed) + 7;
        }
    }
    const auto formatFor = [&](int index) {
        QTextCharFormat f;
        f.setForeground(palette.partColor(index, m_partCount));
        if (m_invalidParts.contains(index) || index >= m_partCount) {
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(palette.bad);
        }
        return f;
    };
    qsizetype runStart = start;
    for (qsizetype i = start; i < text.size(); ++i) {
        if (text.at(i) == u'.') {
            if (i > runStart) {
                setFormat(static_cast<int>(runStart), static_cast<int>(i - runStart), formatFor(part));
            }
            setFormat(static_cast<int>(i), 1, dot);
            ++part;
            runStart = i + 1;
        }
    }
    if (text.size() > runStart) {
        setFormat(static_cast<int>(runStart), static_cast<int>(text.size() - runStart), formatFor(part));
    }
    setCurrentBlockState(part);
}

} // namespace authscope
