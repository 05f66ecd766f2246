#pragma once

#include "core/common/Error.h"
#include "core/jose/JsonLimits.h"
#include "core/jose/Jws.h"

#include <QByteArray>
#include <QJsonObject>

namespace authscope::dpop {

// A DPoP proof (RFC 9449 §4.2) taken apart but not checked: a compact JWS whose payload is a JSON object. parse()
// refuses only what cannot be read at all (size cap first, then the JWS form, strict base64url and strict JSON
// for header and claims: T-STRICT-INPUT, T-DUP-MEMBERS); every rule of §4.3 is DpopValidator's.
class DpopProof final
{
public:
    // Proofs carry one public key and a handful of claims; 8 KiB holds an RSA-4096 jwk with room to spare.
    static constexpr qsizetype DefaultMaxBytes = 8 * 1024;

    [[nodiscard]] static Result<DpopProof> parse(QByteArrayView compact, qsizetype maxBytes = DefaultMaxBytes);

    [[nodiscard]] const jose::Jws& jws() const { return m_jws; }
    [[nodiscard]] const QJsonObject& header() const { return m_jws.header().json; }
    [[nodiscard]] const QJsonObject& claims() const { return m_claims; }
    [[nodiscard]] const QByteArray& compact() const { return m_jws.compact(); }

private:
    DpopProof(jose::Jws jws, QJsonObject claims) : m_jws(std::move(jws)), m_claims(std::move(claims)) {}
    jose::Jws m_jws;
    QJsonObject m_claims;
};

} // namespace authscope::dpop
