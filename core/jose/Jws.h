#pragma once

#include "core/common/Error.h"
#include "core/jose/JsonLimits.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwsHeader.h"

#include <QByteArray>
#include <QJsonObject>

#include <memory>

namespace authscope::jose {

// A compact JWS (RFC 7515 §7.1), parsed but not verified. parse() checks the size cap first, then exactly two
// dots, strict base64url in every part, and a strict-JSON object header. A five-part token is a JWE and is
// refused here with jose.type-confusion (E-TYPE-CONFUSION; JweDecryptor decrypts it). Headers are parsed once and
// cached by their base64url text, so a stream of tokens from one issuer does not re-parse the same header.
class Jws final
{
public:
    [[nodiscard]] static Result<Jws> parse(QByteArrayView compact, const JsonLimits& limits = {});

    // Signs `payload` with `key`; `header` must carry "alg" (any other members are kept). Returns the compact
    // form. The key must allow signing with that alg (Jwk::checkUsable).
    [[nodiscard]] static Result<QByteArray> sign(const QJsonObject& header, QByteArrayView payload, const Jwk& key);

    [[nodiscard]] const JwsHeader& header() const { return *m_header; }
    [[nodiscard]] const QByteArray& compact() const { return m_compact; }
    [[nodiscard]] QByteArrayView signingInput() const; // header '.' payload, as sent
    [[nodiscard]] const QByteArray& payload() const { return m_payload; }
    [[nodiscard]] const QByteArray& signature() const { return m_signature; }

    // The number of headers in the process-wide cache (for tests and the benchmark).
    [[nodiscard]] static qsizetype headerCacheSize();
    static void clearHeaderCache();

private:
    Jws() = default;
    QByteArray m_compact;
    std::shared_ptr<const JwsHeader> m_header;
    qsizetype m_secondDot = 0;
    QByteArray m_payload;
    QByteArray m_signature;
};

} // namespace authscope::jose
