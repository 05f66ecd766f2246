#include "core/jose/JwkSet.h"

#include "core/jose/JoseError.h"
#include "core/jose/StrictJson.h"

#include <QJsonArray>

namespace authscope::jose {

Result<JwkSet> JwkSet::fromJson(const QJsonObject& json)
{
    const QJsonValue keys = json.value(QLatin1StringView("keys"));
    if (!keys.isArray()) {
        return JoseError::fail(JoseErrc::KeyInvalid, QStringLiteral("a JWK Set needs a 'keys' array"));
    }
    JwkSet set;
    const QJsonArray array = keys.toArray();
    if (array.size() > MaxKeys) {
        return JoseError::fail(
            JoseErrc::KeyInvalid,
            QStringLiteral("the JWK Set holds %1 keys; at most %2 are accepted").arg(array.size()).arg(MaxKeys));
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            return JoseError::fail(JoseErrc::KeyInvalid,
                                   QStringLiteral("key #%1 in the set is not an object").arg(i + 1));
        }
        auto key = Jwk::fromJson(array.at(i).toObject());
        if (!key) {
            return authscope::fail(key.error().code,
                                   QStringLiteral("key #%1 in the set: %2").arg(i + 1).arg(key.error().message));
        }
        set.add(*key);
    }
    return set;
}

namespace {

Result<void> checkDocumentSize(QByteArrayView text, QStringView what)
{
    if (text.size() > JwkSet::MaxDocumentBytes) {
        return JoseError::fail(JoseErrc::KeyInvalid, QStringLiteral("the %1 is %2 bytes; at most %3 bytes (1 MiB) "
                                                                    "are accepted")
                                                         .arg(what)
                                                         .arg(text.size())
                                                         .arg(JwkSet::MaxDocumentBytes));
    }
    return {};
}

} // namespace

Result<JwkSet> JwkSet::fromJsonText(QByteArrayView text)
{
    if (auto ok = checkDocumentSize(text, u"JWK Set"); !ok) {
        return std::unexpected(ok.error());
    }
    auto json = StrictJson::parseObject(text, JsonLimits{}.maxDepth, u"JWK Set");
    if (!json) {
        return std::unexpected(json.error());
    }
    return fromJson(*json);
}

Result<JwkSet> JwkSet::fromKeyFile(QByteArrayView contents, QByteArrayView passphrase)
{
    if (auto ok = checkDocumentSize(contents, u"key file"); !ok) {
        return std::unexpected(ok.error());
    }
    const QByteArrayView text = contents.trimmed();
    if (text.startsWith('{')) {
        auto json = StrictJson::parseObject(text, JsonLimits{}.maxDepth, u"key file");
        if (!json) {
            return std::unexpected(json.error());
        }
        if (json->contains(QLatin1StringView("keys"))) {
            return fromJson(*json);
        }
        auto key = Jwk::fromJson(*json);
        if (!key) {
            return std::unexpected(key.error());
        }
        return JwkSet({*key});
    }
    if (text.contains("-----BEGIN ")) {
        auto key = Jwk::fromPem(text, passphrase);
        if (!key) {
            return std::unexpected(key.error());
        }
        return JwkSet({*key});
    }
    return JoseError::fail(JoseErrc::KeyInvalid,
                           QStringLiteral("not a key file: expected a JWK, a JWK Set or a PEM key or certificate"));
}

const Jwk* JwkSet::findByKid(QStringView kid) const
{
    for (const Jwk& key : m_keys) {
        if (key.kid() == kid) {
            return &key;
        }
    }
    return nullptr;
}

QJsonObject JwkSet::toPublicJson() const
{
    QJsonArray keys;
    for (const Jwk& key : m_keys) {
        if (key.isSymmetric()) {
            continue; // a secret is never published
        }
        auto pub = key.publicKey();
        if (pub) {
            keys.append(pub->toJson(false));
        }
    }
    return QJsonObject{{QStringLiteral("keys"), keys}};
}

QJsonObject JwkSet::toJson(bool includePrivate) const
{
    QJsonArray keys;
    for (const Jwk& key : m_keys) {
        keys.append(key.toJson(includePrivate));
    }
    return QJsonObject{{QStringLiteral("keys"), keys}};
}

} // namespace authscope::jose
