#pragma once

#include "core/common/Error.h"
#include "core/jose/Jwk.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace authscope::jose {

// The JSON form of a JWK, member by member: the key members of each key type (RFC 7518 §6.2-6.4: RSA n/e and
// the private d/p/q/dp/dq/qi, EC crv/x/y/d, oct k; RFC 8037 §2: OKP crv/x/d), the parameters every key may carry
// (RFC 7517 §4: kid, alg, use, key_ops), and the RFC 7638 thumbprint input. Jwk decides what a key means; this
// class only reads and writes its members. An oct key's secret is passed in: Jwk keeps it to itself.
class JwkJson final
{
public:
    struct Parameters
    {
        QString kid;
        QString alg;
        QString use;
        QStringList keyOps;
        bool hasKeyOps = false;
    };

    // The key that `json`'s key members describe, without its parameters.
    [[nodiscard]] static Result<Jwk> readKey(KeyType type, const QJsonObject& json);
    // kid, alg, use (strings) and key_ops (an array of distinct strings), each optional.
    [[nodiscard]] static Result<Parameters> readParameters(const QJsonObject& json);
    // Adds the key members of `key` to `out`; the private ones only when asked (never for publishing).
    static void writeKey(const Jwk& key, QByteArrayView secret, bool includePrivate, QJsonObject& out);
    // Adds the parameters that are set.
    static void writeParameters(const Parameters& parameters, QJsonObject& out);
    // RFC 7638 §3: the required members only, in lexicographic order, no whitespace.
    [[nodiscard]] static Result<QByteArray> thumbprintInput(const Jwk& key, QByteArrayView secret);
};

} // namespace authscope::jose
