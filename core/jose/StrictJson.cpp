#include "core/jose/StrictJson.h"

#include "core/jose/JoseError.h"

#include <algorithm>
#include <string>
#include <vector>

namespace authscope::jose {

namespace {

// A validating scan of RFC 8259 JSON. It does not build values (QJsonDocument does that afterwards); it exists
// to catch what QJsonDocument lets through: duplicate member names, deep nesting and invalid UTF-8.
class Scanner
{
public:
    Scanner(QByteArrayView json, int maxDepth)
        : m_p(reinterpret_cast<const unsigned char*>(json.data())), m_end(m_p + json.size()), m_maxDepth(maxDepth)
    {}

    Result<void> run()
    {
        skipWs();
        if (!value(0)) {
            return std::unexpected(m_error);
        }
        skipWs();
        if (m_p != m_end) {
            return JoseError::fail(JoseErrc::Json, QStringLiteral("unexpected data after the JSON value"));
        }
        return {};
    }

private:
    bool error(JoseErrc errc, QString message)
    {
        m_error = JoseError::make(errc, std::move(message));
        return false;
    }
    bool syntax() { return error(JoseErrc::Json, QStringLiteral("invalid JSON")); }

    void skipWs()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r')) {
            ++m_p;
        }
    }

    bool value(int depth)
    {
        if (m_p == m_end) {
            return syntax();
        }
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool literal(const char* word)
    {
        for (const char* w = word; *w != '\0'; ++w, ++m_p) {
            if (m_p == m_end || *m_p != static_cast<unsigned char>(*w)) {
                return syntax();
            }
        }
        return true;
    }

    static bool digit(unsigned char c) { return c >= '0' && c <= '9'; }

    bool number()
    {
        if (m_p != m_end && *m_p == '-') {
            ++m_p;
        }
        if (m_p == m_end || !digit(*m_p)) {
            return syntax();
        }
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p != m_end && digit(*m_p)) {
                ++m_p;
            }
        }
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || !digit(*m_p)) {
                return syntax();
            }
            while (m_p != m_end && digit(*m_p)) {
                ++m_p;
            }
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-')) {
                ++m_p;
            }
            if (m_p == m_end || !digit(*m_p)) {
                return syntax();
            }
            while (m_p != m_end && digit(*m_p)) {
                ++m_p;
            }
        }
        return true;
    }

    static int hex(unsigned char c)
    {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    bool hex4(unsigned& out)
    {
        if (m_end - m_p < 4) {
            return false;
        }
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex(m_p[i]);
            if (h < 0) {
                return false;
            }
            out = out * 16 + static_cast<unsigned>(h);
        }
        m_p += 4;
        return true;
    }

    static void appendUtf8(std::string& s, unsigned cp)
    {
        if (cp < 0x80) {
            s += static_cast<char>(cp);
        } else if (cp < 0x800) {
            s += static_cast<char>(0xC0 | (cp >> 6));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            s += static_cast<char>(0xE0 | (cp >> 12));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            s += static_cast<char>(0xF0 | (cp >> 18));
            s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    // Scans a string; when `out` is given, stores its unescaped value (member names, compared for duplicates).
    bool string(std::string* out)
    {
        ++m_p; // opening quote
        while (true) {
            if (m_p == m_end) {
                return syntax();
            }
            const unsigned char c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20) {
                return error(JoseErrc::Json, QStringLiteral("invalid JSON: control character in a string"));
            }
            if (c != '\\') {
                if (out != nullptr) {
                    out->push_back(static_cast<char>(c));
                }
                ++m_p;
                continue;
            }
            ++m_p;
            if (m_p == m_end) {
                return syntax();
            }
            const unsigned char e = *m_p++;
            char simple = 0;
            switch (e) {
            case '"':
                simple = '"';
                break;
            case '\\':
                simple = '\\';
                break;
            case '/':
                simple = '/';
                break;
            case 'b':
                simple = '\b';
                break;
            case 'f':
                simple = '\f';
                break;
            case 'n':
                simple = '\n';
                break;
            case 'r':
                simple = '\r';
                break;
            case 't':
                simple = '\t';
                break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp)) {
                    return syntax();
                }
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned low = 0;
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u') {
                        return error(JoseErrc::Utf8, QStringLiteral("invalid JSON: unpaired surrogate escape"));
                    }
                    m_p += 2;
                    if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) {
                        return error(JoseErrc::Utf8, QStringLiteral("invalid JSON: unpaired surrogate escape"));
                    }
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return error(JoseErrc::Utf8, QStringLiteral("invalid JSON: unpaired surrogate escape"));
                }
                if (out != nullptr) {
                    appendUtf8(*out, cp);
                }
                continue;
            }
            default:
                return syntax();
            }
            if (out != nullptr) {
                out->push_back(simple);
            }
        }
    }

    bool tooDeep()
    {
        return error(JoseErrc::JsonDepth, QStringLiteral("JSON nested deeper than %1 levels").arg(m_maxDepth));
    }

    // The items of an object or an array, from its opening bracket to `close`: `item` parses one (false: failed, the
    // error set), a ',' comes between two, nothing after the last. A template: the parser's loops call it directly.
    template <typename Item>
    bool items(unsigned char close, Item&& item)
    {
        ++m_p;
        skipWs();
        if (m_p != m_end && *m_p == close) {
            ++m_p;
            return true;
        }
        while (true) {
            if (!item()) {
                return false;
            }
            skipWs();
            if (m_p == m_end) {
                return syntax();
            }
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p != close) {
                return syntax();
            }
            ++m_p;
            return true;
        }
    }

    // "name": value, its name kept in m_names for the duplicate check.
    bool member(int depth)
    {
        skipWs();
        if (m_p == m_end || *m_p != '"') {
            return syntax();
        }
        m_names.emplace_back();
        if (!string(&m_names.back())) {
            return false;
        }
        skipWs();
        if (m_p == m_end || *m_p != ':') {
            return syntax();
        }
        ++m_p;
        skipWs();
        return value(depth);
    }

    bool object(int depth)
    {
        if (depth > m_maxDepth) {
            return tooDeep();
        }
        const size_t base = m_names.size();
        if (!items('}', [this, depth] { return member(depth); })) {
            return false;
        }
        // Names of this object are m_names[base..]; nested objects have already removed theirs.
        const auto first = m_names.begin() + static_cast<std::ptrdiff_t>(base);
        std::sort(first, m_names.end());
        const auto dup = std::adjacent_find(first, m_names.end());
        if (dup != m_names.end()) {
            return error(JoseErrc::DuplicateMember,
                         QStringLiteral("duplicate member name '%1'")
                             .arg(QString::fromUtf8(dup->data(), static_cast<qsizetype>(dup->size()))));
        }
        m_names.resize(base);
        return true;
    }

    bool array(int depth)
    {
        if (depth > m_maxDepth) {
            return tooDeep();
        }
        return items(']', [this, depth] {
            skipWs();
            return value(depth);
        });
    }

    const unsigned char* m_p;
    const unsigned char* m_end;
    int m_maxDepth;
    std::vector<std::string> m_names;
    Error m_error;
};

} // namespace

bool StrictJson::isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p != end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int len = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p < len) {
            return false;
        }
        for (int i = 1; i < len; ++i) {
            if ((p[i] & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        // Overlong forms, surrogates and values above U+10FFFF are not UTF-8.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        p += len;
    }
    return true;
}

Result<void> StrictJson::scan(QByteArrayView json, int maxDepth)
{
    if (!isValidUtf8(json)) {
        return JoseError::fail(JoseErrc::Utf8, QStringLiteral("not valid UTF-8"));
    }
    return Scanner(json, maxDepth).run();
}

Result<QJsonDocument> StrictJson::parse(QByteArrayView json, int maxDepth)
{
    if (auto ok = scan(json, maxDepth); !ok) {
        return std::unexpected(ok.error());
    }
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        return JoseError::fail(JoseErrc::Json, QStringLiteral("invalid JSON: ") + error.errorString());
    }
    return doc;
}

Result<QJsonObject> StrictJson::parseObject(QByteArrayView json, int maxDepth, QStringView what)
{
    auto doc = parse(json, maxDepth);
    if (!doc) {
        Error e = doc.error();
        e.message = what.toString() + QStringLiteral(": ") + e.message;
        return std::unexpected(e);
    }
    if (!doc->isObject()) {
        return JoseError::fail(JoseErrc::Json, what.toString() + QStringLiteral(" is not a JSON object"));
    }
    return doc->object();
}

} // namespace authscope::jose
