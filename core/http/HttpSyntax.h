#pragma once

#include <QByteArrayView>

namespace authscope::http {

// Small pieces of HTTP/1.1 field syntax (RFC 9110 §5) that the request parser and the response reader share.
// Inline: both call them on every header of every message.
class HttpSyntax final
{
public:
    HttpSyntax() = delete;

    // Without the optional whitespace (spaces and tabs) around a field value.
    static QByteArrayView trimmedOws(QByteArrayView value)
    {
        while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t')) {
            value = value.sliced(1);
        }
        while (!value.isEmpty() && (value.back() == ' ' || value.back() == '\t')) {
            value.chop(1);
        }
        return value;
    }

    static bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
    {
        return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
    }

    // True when the comma-separated list `value` holds `token` (case-insensitive), e.g. Connection: keep-alive, close.
    static bool listContains(QByteArrayView value, QByteArrayView token)
    {
        while (!value.isEmpty()) {
            const qsizetype comma = value.indexOf(',');
            const QByteArrayView item = trimmedOws(comma < 0 ? value : value.first(comma));
            if (equalsIgnoringCase(item, token)) {
                return true;
            }
            if (comma < 0) {
                break;
            }
            value = value.sliced(comma + 1);
        }
        return false;
    }

    // 1*DIGIT, at most 18 of them (so it fits a qint64); -1 otherwise.
    static qint64 parseDecimal(QByteArrayView text)
    {
        if (text.isEmpty() || text.size() > 18) {
            return -1;
        }
        qint64 value = 0;
        for (const char c : text) {
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    // Content-Length may arrive as a list of identical values ("5, 5", RFC 9110 §8.6); -1 when invalid or differing.
    static qint64 parseContentLength(QByteArrayView value)
    {
        qint64 result = -1;
        while (true) {
            const qsizetype comma = value.indexOf(',');
            const qint64 item = parseDecimal(trimmedOws(comma < 0 ? value : value.first(comma)));
            if (item < 0 || (result >= 0 && item != result)) {
                return -1;
            }
            result = item;
            if (comma < 0) {
                return result;
            }
            value = value.sliced(comma + 1);
        }
    }
};

} // namespace authscope::http
