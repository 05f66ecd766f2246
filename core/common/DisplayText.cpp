#include "core/common/DisplayText.h"

namespace authscope {

namespace {

bool needsEscape(char16_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        return true;
    }
    if (c < 0x61c) {
        return false;
    }
    return c == 0x061c || (c >= 0x200b && c <= 0x200f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2060 && c <= 0x2069) || c == 0xfeff;
}

void appendEscape(QString& out, char16_t c)
{
    switch (c) {
    case u'\n':
        out += u"\\n";
        return;
    case u'\r':
        out += u"\\r";
        return;
    case u'\t':
        out += u"\\t";
        return;
    default:
        break;
    }
    if (c < 0x100) {
        out += QStringLiteral("\\x%1").arg(static_cast<uint>(c), 2, 16, QChar(u'0'));
    } else {
        out += QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QChar(u'0'));
    }
}

void appendJsonEscape(QString& out, char16_t c)
{
    out += QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QChar(u'0'));
}

// escape() with two changes: `keep` stays as it is, and `append` writes the escapes.
QString escapeWith(QStringView text, char16_t keep, void (*append)(QString&, char16_t))
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar ch : text) {
        if (ch.unicode() != keep && needsEscape(ch.unicode())) {
            append(out, ch.unicode());
        } else {
            out += ch;
        }
    }
    return out;
}

} // namespace

QString DisplayText::escapeLines(QStringView text)
{
    return isSafe(text) ? text.toString() : escapeWith(text, u'\n', &appendEscape);
}

QString DisplayText::escapeJson(QStringView json)
{
    return isSafe(json) ? json.toString() : escapeWith(json, u'\n', &appendJsonEscape);
}

bool DisplayText::isSafe(QStringView text)
{
    for (const QChar ch : text) {
        if (needsEscape(ch.unicode())) {
            return false;
        }
    }
    return true;
}

QString DisplayText::escape(QStringView text)
{
    if (isSafe(text)) {
        return text.toString(); // the common case: no copy beyond the one the caller gets
    }
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar ch : text) {
        if (needsEscape(ch.unicode())) {
            appendEscape(out, ch.unicode());
        } else {
            out += ch;
        }
    }
    return out;
}

} // namespace authscope
