#include "ui/tokens/TokenEditor.h"

#include "ui/tokens/TokenHighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QMimeData>
#include <QUrl>

namespace authscope {

TokenEditor::TokenEditor(QWidget* parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("tokenTextEdit"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAnywhere);
    setTabChangesFocus(true);
    setPlaceholderText(tr("Paste a token here (JWT, JWS or JWE in compact form), or drop a token file or a key "
                          "file. It is decoded as you type; nothing is sent anywhere."));
    setAccessibleName(tr("Encoded token"));
    m_highlighter = new TokenHighlighter(document());
}

QString TokenEditor::normalized(const QString& text)
{
    const auto unquote = [](const QString& s) -> QString {
        if (s.size() >= 2 && ((s.front() == u'"' && s.back() == u'"') || (s.front() == u'\'' && s.back() == u'\''))) {
            return s.mid(1, s.size() - 2).trimmed();
        }
        return s;
    };
    // As copied from a header line, a log or a JSON string: "Authorization: Bearer <token>", quoted or not.
    QString t = unquote(text.trimmed());
    for (const QLatin1StringView prefix : {QLatin1StringView("Authorization:"), QLatin1StringView("Bearer ")}) {
        if (t.startsWith(prefix, Qt::CaseInsensitive)) {
            t = unquote(t.mid(prefix.size()).trimmed());
        }
    }
    t.removeIf([](QChar c) { return c.isSpace(); });
    return t;
}

bool TokenEditor::looksLikeCompactToken(const QString& text)
{
    qsizetype dots = 0;
    for (const QChar c : text) {
        if (c == u'.') {
            ++dots;
        } else if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_') {
            return false;
        }
    }
    return dots == 2 || dots == 4;
}

bool TokenEditor::canInsertFromMimeData(const QMimeData* source) const
{
    return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void TokenEditor::insertFromMimeData(const QMimeData* source)
{
    if (source->hasUrls()) {
        const QList<QUrl> urls = source->urls();
        for (const QUrl& url : urls) {
            if (url.isLocalFile()) {
                Q_EMIT fileDropped(url.toLocalFile());
                return;
            }
        }
    }
    const QString text = source->text();
    if (text.size() > MaxPasteChars) {
        Q_EMIT pasteRefused(text.size());
        return;
    }
    const QString token = normalized(text);
    if (looksLikeCompactToken(token)) {
        insertPlainText(token);
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void TokenEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->refreshColors();
    }
}

} // namespace authscope
