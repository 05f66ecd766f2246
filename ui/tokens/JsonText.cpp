#include "ui/tokens/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace authscope {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Index just past the string literal that starts at `i` (json[i] == '"').
qsizetype skipString(QByteArrayView json, qsizetype i)
{
    ++i;
    while (i < json.size()) {
        if (json[i] == '\\') {
            i += 2;
            continue;
        }
        if (json[i] == '"') {
            return i + 1;
        }
        ++i;
    }
    return json.size();
}

qsizetype skipSpace(QByteArrayView json, qsizetype i)
{
    while (i < json.size() && isSpace(json[i])) {
        ++i;
    }
    return i;
}

// A single JSON value, compact (QJsonDocument only serialises arrays and objects, so wrap it).
QByteArray compactValue(const QJsonValue& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

QString JsonText::indent(QByteArrayView json, int indent)
{
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    const auto newline = [&] {
        out.append('\n');
        out.append(QByteArray(static_cast<qsizetype>(depth) * indent, ' '));
    };
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == '"') {
            const qsizetype end = skipString(json, i);
            out.append(json.sliced(i, end - i));
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            const qsizetype next = skipSpace(json, i + 1);
            if (next < json.size() && json[next] == (c == '{' ? '}' : ']')) {
                out.append(c);
                out.append(json[next]);
                i = next + 1;
                continue;
            }
            out.append(c);
            ++depth;
            newline();
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            depth = std::max(0, depth - 1);
            newline();
            out.append(c);
            ++i;
            continue;
        }
        if (c == ',') {
            out.append(c);
            newline();
            ++i;
            continue;
        }
        if (c == ':') {
            out.append(": ");
            ++i;
            continue;
        }
        out.append(c);
        ++i;
    }
    return QString::fromUtf8(out);
}

QByteArray JsonText::compact(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype end = skipString(json, i);
            out.append(json.sliced(i, end - i));
            i = end;
        } else {
            if (!isSpace(c)) {
                out.append(c);
            }
            ++i;
        }
    }
    return out;
}

QStringList JsonText::memberOrder(QByteArrayView json)
{
    QStringList names;
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{') {
        return names;
    }
    ++i;
    int depth = 0;
    bool expectName = true;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype end = skipString(json, i);
            if (depth == 0 && expectName) {
                // Unescape through the JSON parser itself: ["<the literal>"].
                const QByteArray wrapped = '[' + json.sliced(i, end - i).toByteArray() + ']';
                names.append(QJsonDocument::fromJson(wrapped).array().at(0).toString());
                expectName = false;
            }
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                break;
            }
            --depth;
        } else if (c == ',' && depth == 0) {
            expectName = true;
        }
        ++i;
    }
    return names;
}

QStringList JsonText::orderedNames(const QJsonObject& object, const QStringList& order)
{
    QStringList names;
    for (const QString& name : order) {
        if (object.contains(name) && !names.contains(name)) {
            names.append(name);
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!names.contains(it.key())) {
            names.append(it.key());
        }
    }
    return names;
}

QByteArray JsonText::serialize(const QJsonObject& object, const QStringList& order)
{
    const QStringList names = orderedNames(object, order);
    QByteArray out("{");
    for (qsizetype n = 0; n < names.size(); ++n) {
        if (n > 0) {
            out.append(',');
        }
        out.append(compactValue(QJsonValue(names.at(n))));
        out.append(':');
        out.append(compactValue(object.value(names.at(n))));
    }
    out.append('}');
    return out;
}

} // namespace authscope
