#pragma once

#include <QList>
#include <QSyntaxHighlighter>

namespace authscope {

// Colours a compact token the way jwt.io does: each base64url part in its own colour, the dots bold in the text
// colour; parts flagged invalid get a red wavy underline. It scans the text for dots itself, so colouring
// follows every keystroke at once, before the (debounced) decoder has run. A leading "Bearer " stays plain.
class TokenHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenHighlighter)

public:
    // Documents longer than this are not coloured (a token is at most 16 KiB; this is pasted junk).
    static constexpr int MaxHighlightChars = 64 * 1024;

    explicit TokenHighlighter(QTextDocument* document);

    // Part indices (0-based) to underline as invalid; colours are re-read from the palette.
    void setInvalidParts(const QList<int>& parts);
    // Re-reads the colours (after a palette change) and recolours.
    void refreshColors();

protected:
    void highlightBlock(const QString& text) override;

private:
    QList<int> m_invalidParts;
    int m_partCount = 3;
};

} // namespace authscope
