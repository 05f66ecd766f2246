#pragma once

#include "core/common/Error.h"
#include "core/jose/JsonLimits.h"
#include "core/jose/TokenWarning.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace authscope::jose {

// A token taken apart for display, without verifying anything: what the token inspector and `decode` show.
// A JWS gives header, payload (JSON or bytes) and signature; a JWE (five parts) gives its protected header
// only: decrypting needs a key (JweDecryptor).
struct DecodedToken
{
    enum class Kind
    {
        Jws,
        Jwe
    };

    // One base64url part of the compact form, with its place in the token (for colouring).
    struct Part
    {
        QString role; // "header", "payload", "signature"; JWE: "header", "encrypted_key", "iv", "ciphertext", "tag"
        qsizetype start = 0;  // offset in the token text
        qsizetype length = 0; // length in the token text
    };

    Kind kind = Kind::Jws;
    QByteArray token; // the compact form as given (trimmed of surrounding whitespace)
    QJsonObject header;
    QByteArray headerBytes; // decoded header JSON, as sent
    QByteArray payload;     // decoded payload bytes (empty for JWE)
    bool payloadIsJson = false;
    QJsonValue payloadJson; // the payload as JSON when payloadIsJson
    QByteArray signature;   // decoded signature bytes (empty for JWE)
    QList<Part> parts;
    QList<TokenWarning> warnings; // RFC 8725 findings (TokenLinter), most serious first

    [[nodiscard]] bool isJwe() const { return kind == Kind::Jwe; }
    [[nodiscard]] QString algorithmName() const; // header "alg" or empty
    [[nodiscard]] QString kid() const;

    // Fails with jose.malformed / jose.too-large / jose.base64 / jose.json ... on a token that cannot be taken
    // apart; a JWE decodes (kind Jwe) with a warning "jose.jwe-unsupported".
    [[nodiscard]] static Result<DecodedToken> decode(QByteArrayView token, const JsonLimits& limits = {});

    // {"header":{...},"payload":<JSON or string>,"signature":"<base64url>","warnings":[{code,severity,message}]}
    // For a JWE: {"header":{...},"jwe":true,"note":"...","warnings":[...]}.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace authscope::jose
