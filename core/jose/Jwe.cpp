#include "core/jose/Jwe.h"

#include "core/jose/Base64Url.h"
#include "core/jose/JoseError.h"
#include "core/jose/StrictJson.h"

#include <QHash>
#include <QJsonArray>

#include <array>
#include <mutex>
#include <optional>

namespace authscope::jose {

namespace {

Result<QByteArray> decodePart(QByteArrayView b64, const char* what)
{
    auto bytes = Base64Url::decode(b64);
    if (!bytes) {
        return JoseError::fail(JoseErrc::Base64,
                               QStringLiteral("JWE %1: ").arg(QLatin1StringView(what)) + bytes.error().message);
    }
    return bytes;
}

// A base64url string member of the JSON serialization; absent is allowed unless `required`.
Result<QByteArray> stringMember(const QJsonObject& o, const char* name, bool required, QByteArray* rawText = nullptr)
{
    const QJsonValue v = o.value(QLatin1StringView(name));
    if (v.isUndefined()) {
        if (required) {
            return JoseError::fail(JoseErrc::Malformed,
                                   QStringLiteral("the JWE JSON has no '%1' member").arg(QLatin1StringView(name)));
        }
        return QByteArray();
    }
    if (!v.isString()) {
        return JoseError::fail(
            JoseErrc::Json, QStringLiteral("JWE member '%1' must be a base64url string").arg(QLatin1StringView(name)));
    }
    const QByteArray text = v.toString().toLatin1();
    if (rawText != nullptr) {
        *rawText = text;
    }
    return decodePart(text, name);
}

Result<QJsonObject> objectMember(const QJsonObject& o, const char* name)
{
    const QJsonValue v = o.value(QLatin1StringView(name));
    if (v.isUndefined()) {
        return QJsonObject();
    }
    if (!v.isObject()) {
        return JoseError::fail(JoseErrc::Json,
                               QStringLiteral("JWE member '%1' must be a JSON object").arg(QLatin1StringView(name)));
    }
    return v.toObject();
}

Result<void> onlyMembers(const QJsonObject& o, const QStringList& allowed, const char* where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return JoseError::fail(
                JoseErrc::Malformed,
                QStringLiteral("unknown member '%1' in the JWE %2").arg(it.key(), QLatin1StringView(where)));
        }
    }
    return {};
}

// Parsed protected headers keyed by their base64url text, as Jws keeps its headers: a stream of tokens from one
// sender repeats the same header (except ECDH-ES and PBES2, whose headers are fresh each time). Bounded: when full
// it is emptied, which keeps the cost predictable under a flood of distinct headers.
class ProtectedHeaderCache
{
public:
    static constexpr qsizetype Capacity = 64;

    std::optional<QJsonObject> find(QByteArrayView b64)
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_map.constFind(QByteArray::fromRawData(b64.data(), b64.size()));
        return it == m_map.cend() ? std::nullopt : std::optional(it.value());
    }

    void insert(QByteArrayView b64, const QJsonObject& header)
    {
        const std::lock_guard lock(m_mutex);
        if (m_map.size() >= Capacity) {
            m_map.clear();
        }
        m_map.insert(b64.toByteArray(), header);
    }

private:
    std::mutex m_mutex;
    QHash<QByteArray, QJsonObject> m_map;
};

ProtectedHeaderCache& headerCache()
{
    static ProtectedHeaderCache cache;
    return cache;
}

} // namespace

bool Jwe::looksCompact(QByteArrayView text)
{
    return text.count('.') == 4;
}

Result<Jwe> Jwe::parse(QByteArrayView text, const JsonLimits& limits)
{
    // The size cap comes before anything else looks at the input (T-STRICT-INPUT).
    if (text.size() > limits.maxTokenBytes) {
        return JoseError::fail(
            JoseErrc::TooLarge,
            QStringLiteral("the token is %1 bytes, over the %2-byte limit").arg(text.size()).arg(limits.maxTokenBytes));
    }
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return JoseError::fail(JoseErrc::Malformed, QStringLiteral("the token is empty"));
    }
    if (trimmed.startsWith('{')) {
        return parseJson(trimmed, limits);
    }
    return parseCompact(trimmed, limits);
}

Result<void> Jwe::setProtected(QByteArrayView b64, const JsonLimits& limits)
{
    // Cached headers were parsed under the default depth cap; other caps parse afresh.
    const bool cacheable = limits.maxDepth == JsonLimits{}.maxDepth;
    if (cacheable) {
        if (auto cached = headerCache().find(b64)) {
            m_protected = std::move(*cached);
            m_protectedB64 = b64.toByteArray();
            return {};
        }
    }
    auto bytes = decodePart(b64, "protected header");
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    auto json = StrictJson::parseObject(*bytes, limits.maxDepth, u"JWE protected header");
    if (!json) {
        return std::unexpected(json.error());
    }
    m_protected = std::move(*json);
    m_protectedB64 = b64.toByteArray();
    if (cacheable) {
        headerCache().insert(b64, m_protected);
    }
    return {};
}

Result<Jwe> Jwe::parseCompact(QByteArrayView text, const JsonLimits& limits)
{
    // One pass over the text finds the dots (QByteArrayView::count runs a substring search per call).
    std::array<qsizetype, 4> dotAt{};
    qsizetype dots = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '.') {
            if (dots < 4) {
                dotAt[static_cast<std::size_t>(dots)] = i;
            }
            ++dots;
        }
    }
    if (dots == 2) {
        // E-TYPE-CONFUSION: a signed token is never taken for an encrypted one.
        return JoseError::fail(JoseErrc::TypeConfusion,
                               QStringLiteral("this is a JWS (three parts, a signed token) where a JWE (an encrypted "
                                              "token) is required: verify it instead of decrypting it"));
    }
    if (dots != 4) {
        return JoseError::fail(JoseErrc::Malformed,
                               QStringLiteral("a compact JWE has exactly four dots "
                                              "(header.encrypted_key.iv.ciphertext.tag); this token has %1")
                                   .arg(dots));
    }
    std::array<QByteArrayView, 5> parts;
    qsizetype start = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        parts[i] = text.sliced(start, dotAt[i] - start);
        start = dotAt[i] + 1;
    }
    parts[4] = text.sliced(start);
    if (parts[0].isEmpty() || parts[2].isEmpty() || parts[4].isEmpty()) {
        return JoseError::fail(JoseErrc::Malformed,
                               QStringLiteral("a compact JWE needs a protected header, an IV and a tag"));
    }
    Jwe jwe;
    if (auto ok = jwe.setProtected(parts[0], limits); !ok) {
        return std::unexpected(ok.error());
    }
    const char* names[] = {"encrypted key", "IV", "ciphertext", "tag"};
    QByteArray* outs[] = {nullptr, &jwe.m_iv, &jwe.m_ciphertext, &jwe.m_tag};
    Recipient recipient;
    outs[0] = &recipient.encryptedKey;
    for (int i = 0; i < 4; ++i) {
        auto bytes = decodePart(parts[i + 1], names[i]);
        if (!bytes) {
            return std::unexpected(bytes.error());
        }
        *outs[i] = std::move(*bytes);
    }
    jwe.m_recipients.append(std::move(recipient));
    return jwe;
}

Result<Jwe> Jwe::parseJson(QByteArrayView text, const JsonLimits& limits)
{
    auto json = StrictJson::parseObject(text, limits.maxDepth, u"JWE JSON");
    if (!json) {
        return std::unexpected(json.error());
    }
    const QJsonObject& o = *json;
    if (o.contains(QLatin1StringView("payload")) || o.contains(QLatin1StringView("signatures")) ||
        o.contains(QLatin1StringView("signature"))) {
        return JoseError::fail(JoseErrc::TypeConfusion,
                               QStringLiteral("this is a JWS in JSON form (a signed token) where a JWE is required"));
    }
    static const QStringList Allowed{
        QStringLiteral("protected"),     QStringLiteral("unprotected"), QStringLiteral("header"),
        QStringLiteral("encrypted_key"), QStringLiteral("recipients"),  QStringLiteral("iv"),
        QStringLiteral("ciphertext"),    QStringLiteral("tag"),         QStringLiteral("aad")};
    if (auto ok = onlyMembers(o, Allowed, "JSON"); !ok) {
        return std::unexpected(ok.error());
    }
    Jwe jwe;
    jwe.m_compact = false;
    if (const QJsonValue p = o.value(QLatin1StringView("protected")); !p.isUndefined()) {
        if (!p.isString() || p.toString().isEmpty()) {
            return JoseError::fail(JoseErrc::Json, QStringLiteral("JWE 'protected' must be a base64url string"));
        }
        if (auto ok = jwe.setProtected(p.toString().toLatin1(), limits); !ok) {
            return std::unexpected(ok.error());
        }
    }
    auto shared = objectMember(o, "unprotected");
    auto iv = stringMember(o, "iv", true);
    auto ciphertext = stringMember(o, "ciphertext", true);
    auto tag = stringMember(o, "tag", true);
    auto aad = stringMember(o, "aad", false, &jwe.m_aadB64);
    for (const Result<QByteArray>* r : {&iv, &ciphertext, &tag, &aad}) {
        if (!*r) {
            return std::unexpected(r->error());
        }
    }
    if (!shared) {
        return std::unexpected(shared.error());
    }
    jwe.m_shared = *shared;
    jwe.m_iv = *iv;
    jwe.m_ciphertext = *ciphertext;
    jwe.m_tag = *tag;
    jwe.m_hasAad = o.contains(QLatin1StringView("aad"));
    if (jwe.m_iv.isEmpty() || jwe.m_tag.isEmpty()) {
        return JoseError::fail(JoseErrc::Malformed, QStringLiteral("a JWE needs an IV and a tag"));
    }
    if (o.contains(QLatin1StringView("recipients"))) {
        if (o.contains(QLatin1StringView("header")) || o.contains(QLatin1StringView("encrypted_key"))) {
            return JoseError::fail(JoseErrc::Malformed, QStringLiteral("a general JWE JSON carries 'header' and "
                                                                       "'encrypted_key' inside 'recipients' only"));
        }
        const QJsonValue list = o.value(QLatin1StringView("recipients"));
        if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > 16) {
            return JoseError::fail(JoseErrc::Json, QStringLiteral("JWE 'recipients' must be an array of 1 to 16 "
                                                                  "objects"));
        }
        for (const QJsonValue& r : list.toArray()) {
            if (!r.isObject()) {
                return JoseError::fail(JoseErrc::Json, QStringLiteral("each JWE recipient must be an object"));
            }
            const QJsonObject ro = r.toObject();
            if (auto ok = onlyMembers(ro, {QStringLiteral("header"), QStringLiteral("encrypted_key")}, "recipient");
                !ok) {
                return std::unexpected(ok.error());
            }
            auto header = objectMember(ro, "header");
            auto key = stringMember(ro, "encrypted_key", false);
            if (!header || !key) {
                return std::unexpected(!header ? header.error() : key.error());
            }
            jwe.m_recipients.append({*header, *key});
        }
    } else {
        auto header = objectMember(o, "header");
        auto key = stringMember(o, "encrypted_key", false);
        if (!header || !key) {
            return std::unexpected(!header ? header.error() : key.error());
        }
        jwe.m_recipients.append({*header, *key});
    }
    return jwe;
}

Result<QJsonObject> Jwe::joinedHeader(qsizetype recipient) const
{
    QJsonObject joined = m_protected;
    for (const QJsonObject* part : {&m_shared, &m_recipients.at(recipient).header}) {
        for (auto it = part->begin(); it != part->end(); ++it) {
            if (joined.contains(it.key())) {
                return JoseError::fail(JoseErrc::Json,
                                       QStringLiteral("header parameter '%1' appears in more than one JWE header "
                                                      "(RFC 7516 §7.2.1 requires them disjoint)")
                                           .arg(it.key()));
            }
            joined.insert(it.key(), it.value());
        }
    }
    return joined;
}

QByteArray Jwe::additionalData() const
{
    if (!m_hasAad) {
        return m_protectedB64;
    }
    return m_protectedB64 + '.' + m_aadB64;
}

QByteArray Jwe::compactOf(QByteArrayView protectedB64, QByteArrayView encryptedKey, QByteArrayView iv,
                          QByteArrayView ciphertext, QByteArrayView tag)
{
    QByteArray out = protectedB64.toByteArray();
    for (QByteArrayView part : {encryptedKey, iv, ciphertext, tag}) {
        out.append('.');
        out.append(Base64Url::encode(part));
    }
    return out;
}

} // namespace authscope::jose
