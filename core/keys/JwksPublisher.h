#pragma once

#include "core/common/Error.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"
#include "core/keys/KeyRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QStringList>

#include <optional>

namespace authscope {

class KeyStore;

// The JWKS document (RFC 7517 §5) that relying parties fetch: the next, active and retiring public keys with
// kid, alg and use — never a private member, never an oct key (K-JWKS-PUBLIC). Built from the key store and
// cached until the store's revision changes or a retiring key reaches its retire-after, so the test server can
// serve it and verify with it on every request. Thread-safe.
class JwksPublisher final
{
public:
    struct Document
    {
        QJsonObject json;
        QByteArray bytes;        // compact JSON, as served
        QByteArray etag;         // quoted strong ETag over the bytes
        QStringList kids;        // in document order
        int maxAgeSecs = 0;      // Cache-Control max-age (the policy's JWKS cache time)
        qint64 validUntilMs = 0; // when the cached document must be rebuilt at the latest (0: no deadline)
        jose::JwkSet keys;       // the same keys, parsed, for TokenValidator
    };

    explicit JwksPublisher(const KeyStore& store);

    [[nodiscard]] Result<Document> document();
    // Checks a JWKS document against rule 13: no private member in any key, no oct key. The error names the kid
    // and the member.
    [[nodiscard]] static Result<void> checkPublishable(const QJsonObject& jwks);
    // The JWKS of `records` at `nowMs`: the published keys, active first (clients that ignore kid take the first
    // key), then next, then retiring, newest first; public members only, never an oct key.
    [[nodiscard]] static QJsonObject jwksOf(const QList<KeyRecord>& records, qint64 nowMs);
    // The public JWK of `key` as published, with kid, alg and use (empty for an HMAC secret).
    [[nodiscard]] static QJsonObject publicJwk(const jose::Jwk& key);

private:
    const KeyStore& m_store;
    QMutex m_mutex;
    std::optional<Document> m_cached;
    qint64 m_cachedRevision = -1;
};

} // namespace authscope
