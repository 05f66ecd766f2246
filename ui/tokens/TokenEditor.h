#pragma once

#include <QPlainTextEdit>

namespace authscope {

class TokenHighlighter;

// The paste area of the token inspector: monospace, wraps anywhere, colours the parts as you type
// (TokenHighlighter). A pasted token is cleaned up (a leading "Bearer ", quotes and line breaks removed); a
// dropped file is handed to the page (token or key file) instead of being inserted as text; a paste of more
// than MaxPasteChars is refused rather than freezing the editor.
class TokenEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenEditor)

public:
    static constexpr qsizetype MaxPasteChars = 1024 * 1024;

    explicit TokenEditor(QWidget* parent = nullptr);

    [[nodiscard]] TokenHighlighter* highlighter() const { return m_highlighter; }

    // The token inside `text`: surrounding whitespace and quotes, a leading "Bearer " (or "Authorization:
    // Bearer ") and whitespace inside removed.
    [[nodiscard]] static QString normalized(const QString& text);
    // Only base64url characters and dots, with 2 or 4 dots.
    [[nodiscard]] static bool looksLikeCompactToken(const QString& text);

Q_SIGNALS:
    void fileDropped(const QString& path);
    void pasteRefused(qint64 characters);

protected:
    [[nodiscard]] bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
    void changeEvent(QEvent* event) override;

private:
    TokenHighlighter* m_highlighter = nullptr;
};

} // namespace authscope
