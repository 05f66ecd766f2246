#include "core/jose/Jws.h"

#include "core/jose/Base64Url.h"
#include "core/jose/JoseError.h"
#include "core/jose/StrictJson.h"

#include <QHash>
#include <QJsonDocument>

#include <mutex>

namespace authscope::jose {

namespace {

// Parsed headers keyed by their base64url text. Bounded: when full it is simply emptied, which keeps the cost
// predictable under a flood of distinct headers.
class HeaderCache
{
public:
    static constexpr qsizetype Capacity = 64;

    std::shared_ptr<const JwsHeader> find(QByteArrayView b64)
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_map.constFind(QByteArray::fromRawData(b64.data(), b64.size()));
        return it == m_map.cend() ? nullptr : it.value();
    }

    void insert(QByteArrayView b64, std::shared_ptr<const JwsHeader> header)
    {
        const std::lock_guard lock(m_mutex);
        if (m_map.size() >= Capacity) {
            m_map.clear();
        }
        m_map.insert(b64.toByteArray(), std::move(header));
    }

    qsizetype size()
    {
        const std::lock_guard lock(m_mutex);
        return m_map.size();
    }

    void clear()
    {
        const std::lock_guard lock(m_mutex);
        m_map.clear();
    }

private:
    std::mutex m_mutex;
    QHash<QByteArray, std::shared_ptr<const JwsHeader>> m_map;
};

HeaderCache& headerCache()
{
    static HeaderCache cache;
    return cache;
}

// Reads the header member `name` when it is there (true) with read(value) if isType says it has the right JSON type;
// a member of another type marks the header badTypes instead.
template <typename Read>
bool readMember(JwsHeader& header, QLatin1StringView name, bool (QJsonValue::*isType)() const, const Read& read)
{
    const auto it = header.json.constFind(name);
    if (it == header.json.constEnd()) {
        return false;
    }
    const QJsonValue value = *it;
    if ((value.*isType)()) {
        read(value);
    } else {
        header.badTypes = true;
    }
    return true;
}

Result<std::shared_ptr<const JwsHeader>> parseHeader(QByteArrayView b64, const JsonLimits& limits)
{
    if (b64.isEmpty()) {
        return JoseError::fail(JoseErrc::Malformed, QStringLiteral("the header part is empty"));
    }
    auto bytes = Base64Url::decode(b64);
    if (!bytes) {
        return JoseError::fail(JoseErrc::Base64, QStringLiteral("header: ") + bytes.error().message);
    }
    auto json = StrictJson::parseObject(*bytes, limits.maxDepth, u"header");
    if (!json) {
        return std::unexpected(json.error());
    }
    auto header = std::make_shared<JwsHeader>();
    header->json = std::move(*json);
    header->raw = std::move(*bytes);
    JwsHeader& h = *header;
    readMember(h, QLatin1StringView("alg"), &QJsonValue::isString, [&h](const QJsonValue& v) {
        h.algName = v.toString();
        h.algorithm = JwsAlgorithms::fromName(h.algName);
    });
    h.hasKid = readMember(h, QLatin1StringView("kid"), &QJsonValue::isString,
                          [&h](const QJsonValue& v) { h.kid = v.toString(); });
    readMember(h, QLatin1StringView("typ"), &QJsonValue::isString, [&h](const QJsonValue& v) { h.typ = v.toString(); });
    readMember(h, QLatin1StringView("cty"), &QJsonValue::isString, [](const QJsonValue&) {});
    h.hasCrit = h.json.contains(QLatin1StringView("crit"));
    h.hasB64 =
        readMember(h, QLatin1StringView("b64"), &QJsonValue::isBool, [&h](const QJsonValue& v) { h.b64 = v.toBool(); });
    return std::shared_ptr<const JwsHeader>(std::move(header));
}

} // namespace

qsizetype Jws::headerCacheSize()
{
    return headerCache().size();
}

void Jws::clearHeaderCache()
{
    headerCache().clear();
}

QByteArrayView Jws::signingInput() const
{
    return QByteArrayView(m_compact).first(m_secondDot);
}

Result<Jws> Jws::parse(QByteArrayView compact, const JsonLimits& limits)
{
    // The size cap comes before anything else looks at the input.
    if (compact.size() > limits.maxTokenBytes) {
        return JoseError::fail(JoseErrc::TooLarge, QStringLiteral("the token is %1 bytes, over the %2-byte limit")
                                                       .arg(compact.size())
                                                       .arg(limits.maxTokenBytes));
    }
    if (compact.isEmpty()) {
        return JoseError::fail(JoseErrc::Malformed, QStringLiteral("the token is empty"));
    }
    qsizetype dots = 0;
    qsizetype first = -1;
    qsizetype second = -1;
    for (qsizetype i = 0; i < compact.size(); ++i) {
        if (compact[i] == '.') {
            ++dots;
            if (first < 0) {
                first = i;
            } else if (second < 0) {
                second = i;
            }
        }
    }
    if (dots == 4) {
        // E-TYPE-CONFUSION: an encrypted token is never taken for a signed one; decrypting it proves nothing about
        // who made it.
        return JoseError::fail(JoseErrc::TypeConfusion,
                               QStringLiteral("this is a JWE (five parts, an encrypted token) where a JWS (a signed "
                                              "token) is required: decrypt it first"));
    }
    if (dots != 2) {
        return JoseError::fail(JoseErrc::Malformed,
                               QStringLiteral("a compact JWS has exactly two dots (header.payload.signature); this "
                                              "token has %1")
                                   .arg(dots));
    }
    Jws jws;
    const QByteArrayView headerB64 = compact.first(first);
    // Cached headers were parsed under the default depth cap; other caps parse afresh.
    const bool cacheable = limits.maxDepth == JsonLimits{}.maxDepth;
    if (cacheable) {
        jws.m_header = headerCache().find(headerB64);
    }
    if (!jws.m_header) {
        auto header = parseHeader(headerB64, limits);
        if (!header) {
            return std::unexpected(header.error());
        }
        jws.m_header = std::move(*header);
        if (cacheable) {
            headerCache().insert(headerB64, jws.m_header);
        }
    }
    const QByteArrayView payloadB64 = compact.sliced(first + 1, second - first - 1);
    if (jws.m_header->b64) {
        auto payload = Base64Url::decode(payloadB64);
        if (!payload) {
            return JoseError::fail(JoseErrc::Base64, QStringLiteral("payload: ") + payload.error().message);
        }
        jws.m_payload = std::move(*payload);
    } else {
        jws.m_payload = payloadB64.toByteArray(); // RFC 7797: sent as is
    }
    auto signature = Base64Url::decode(compact.sliced(second + 1));
    if (!signature) {
        return JoseError::fail(JoseErrc::Base64, QStringLiteral("signature: ") + signature.error().message);
    }
    jws.m_signature = std::move(*signature);
    jws.m_compact = compact.toByteArray();
    jws.m_secondDot = second;
    return jws;
}

Result<QByteArray> Jws::sign(const QJsonObject& header, QByteArrayView payload, const Jwk& key)
{
    const QJsonValue algValue = header.value(QLatin1StringView("alg"));
    if (!algValue.isString()) {
        return JoseError::fail(JoseErrc::AlgUnsupported, QStringLiteral("the header needs an alg"));
    }
    const auto alg = JwsAlgorithms::fromName(algValue.toString());
    if (!alg) {
        return JoseError::fail(algValue.toString().compare(u"none", Qt::CaseInsensitive) == 0
                                   ? JoseErrc::AlgNone
                                   : JoseErrc::AlgUnsupported,
                               QStringLiteral("cannot sign with alg '%1'").arg(algValue.toString()));
    }
    if (header.contains(QLatin1StringView("b64"))) {
        return JoseError::fail(JoseErrc::B64False, QStringLiteral("signing with the b64 header is not supported"));
    }
    QByteArray input = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact));
    input.append('.');
    input.append(Base64Url::encode(payload));
    auto signature = key.sign(*alg, input);
    if (!signature) {
        return std::unexpected(signature.error());
    }
    input.append('.');
    input.append(Base64Url::encode(*signature));
    return input;
}

} // namespace authscope::jose
