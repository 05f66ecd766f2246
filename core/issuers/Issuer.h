#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace authscope::issuers {

// A remote issuer as stored in the issuers table: where it is, how AuthScope is registered with it (the client
// secret only ever sealed by the key vault, D-KEYS-SEALED), its discovery document and the last good JWKS with the
// time it was fetched and how long the provider said it may be reused.
struct Issuer
{
    static constexpr qint64 DefaultJwksMaxAgeSecs = 600;

    qint64 id = 0;
    QString name;
    QString url; // the issuer identifier; the discovery document's `issuer` equals it exactly
    QString clientId;
    QByteArray sealedClientSecret; // empty: no secret
    bool allowHttp = false;        // loopback http allowed (R-HTTPS-ONLY)
    QString discoveryUrl;          // where the document was found
    QJsonObject discovery;
    qint64 discoveredMs = 0;
    QByteArray jwks; // the last good JWKS as received; empty: never fetched
    qint64 jwksFetchedMs = 0;
    qint64 jwksMaxAgeSecs = DefaultJwksMaxAgeSecs;
    qint64 jwksTriedMs = 0; // the last fetch of the JWKS, good or failed: the cooldown counts from it
    QString lastError;      // the last failed fetch, for "how stale and why"
    qint64 createdMs = 0;

    [[nodiscard]] QString jwksUri() const { return discovery.value(QLatin1StringView("jwks_uri")).toString(); }
    [[nodiscard]] QString endpoint(QLatin1StringView member) const { return discovery.value(member).toString(); }
};

} // namespace authscope::issuers
