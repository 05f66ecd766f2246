#pragma once

#include <QString>
#include <QStringView>

namespace authscope {

// Text from outside — a token's kid or claims, a user name typed into a login form, a request path — made safe
// to show in a terminal, a log line or a table cell. Control characters (C0 including CR, LF and TAB, DEL, C1),
// the Unicode bidirectional controls (U+061C, U+200E/F, U+202A-E, U+2066-9) and the invisible or line-breaking
// format characters (U+200B-D, U+2028/9, U+2060, U+FEFF) are replaced by visible escapes: "\x1b", "\n",
// "\u202e". Without this an ESC sequence in a kid clears the screen or paints a fake green "VALID", a CR
// overwrites the line, and a right-to-left override reverses what follows (docs/security.md, D-DISPLAY).
// JSON output escapes on its own and does not need this.
class DisplayText final
{
public:
    [[nodiscard]] static QString escape(QStringView text);
    [[nodiscard]] static bool isSafe(QStringView text); // true when escape() would return the text unchanged
    // Several lines shown in a text view: as escape(), but line feeds stay line feeds.
    [[nodiscard]] static QString escapeLines(QStringView text);
    // JSON text from a serializer, shown in a terminal: what escape() replaces becomes a JSON escape ("\u202e"),
    // so the text stays valid JSON with the same meaning; the layout's line feeds stay. (QJsonDocument escapes
    // C0 controls itself but writes DEL, C1 controls and the bidi controls raw.)
    [[nodiscard]] static QString escapeJson(QStringView json);
};

} // namespace authscope
