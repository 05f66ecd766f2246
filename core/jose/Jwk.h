#pragma once

#include "core/common/Error.h"
#include "core/crypto/DigestAlgorithm.h"
#include "core/crypto/PKey.h"
#include "core/jose/JwsAlgorithm.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace authscope::jose {

enum class KeyType
{
    Rsa,
    Ec,
    Okp,
    Oct
};

// A JSON Web Key (RFC 7517/7518/8037): RSA (with CRT members), EC P-256/384/521, OKP Ed25519/Ed448 or oct,
// public or private, plus its kid/alg/use/key_ops. Immutable key material, cheap to copy; the prepared
// signature and MAC contexts are cached inside and shared by copies, so keep a Jwk around for repeated checks.
class Jwk final
{
public:
    struct GenerateOptions
    {
        KeyType type = KeyType::Ec;
        int bits = 0;  // RSA modulus (default 2048, at least 2048) or oct secret (default: the alg's hash length)
        QString curve; // EC: P-256 (default), P-384, P-521; OKP: Ed25519 (default), Ed448, X25519, X448
        QString alg;   // optional; must fit the key type
        QString kid;   // optional; empty means "use the RFC 7638 thumbprint"
        QString use = QStringLiteral("sig");
    };

    enum class Operation
    {
        Sign,
        Verify
    };

    Jwk();

    [[nodiscard]] static Result<Jwk> fromJson(const QJsonObject& json);
    [[nodiscard]] static Result<Jwk> fromJsonText(QByteArrayView text); // strict JSON (duplicates, depth)
    [[nodiscard]] static Result<Jwk> fromPem(QByteArrayView pem, QByteArrayView passphrase = {});
    [[nodiscard]] static Result<Jwk> fromPKey(const crypto::PKey& key);
    [[nodiscard]] static Result<Jwk> fromSecret(QByteArrayView secret); // an oct key
    [[nodiscard]] static Result<Jwk> generate(const GenerateOptions& options);

    [[nodiscard]] bool isNull() const;
    [[nodiscard]] KeyType type() const;
    [[nodiscard]] QString typeName() const; // "RSA", "EC", "OKP", "oct"
    [[nodiscard]] QString curve() const;    // "P-256", "Ed25519", ... or empty
    [[nodiscard]] int bits() const;         // RSA modulus, EC/OKP curve size, oct secret bits
    [[nodiscard]] bool isPrivate() const;   // has d (or is oct)
    [[nodiscard]] bool isSymmetric() const { return type() == KeyType::Oct; }
    // X25519/X448: key agreement (ECDH-ES) only, never a signature key.
    [[nodiscard]] bool isKeyAgreementOnly() const { return type() == KeyType::Okp && pkey().isMontgomery(); }
    // The raw bytes of an oct key (empty for other types), for the JWE engine; never printed or logged.
    [[nodiscard]] QByteArrayView secretBytes() const;

    [[nodiscard]] QString kid() const;
    [[nodiscard]] QString alg() const;
    [[nodiscard]] QString use() const;
    [[nodiscard]] QStringList keyOps() const;
    [[nodiscard]] bool hasKeyOps() const; // key_ops present (an empty list allows nothing)
    void setKid(const QString& kid);
    void setAlg(const QString& alg);
    void setUse(const QString& use);
    void setKeyOps(const QStringList& keyOps);

    // use/key_ops allow the operation (RFC 7517 §4.2-4.3; an "enc" key does not verify).
    [[nodiscard]] bool allows(Operation operation) const;
    // Algorithms this key type can do at all (RSA: RS*/PS*, P-256: ES256, ..., oct: HS* its length allows).
    [[nodiscard]] QList<JwsAlgorithm> algorithmsForType() const;
    // T-ALG-PIN without a caller allow-list: the key's own alg, else the algorithms of its type.
    [[nodiscard]] QList<JwsAlgorithm> pinnedAlgorithms() const;
    // pinnedAlgorithms().contains(algorithm) / algorithmsForType().contains(algorithm), without allocating.
    [[nodiscard]] bool isPinned(JwsAlgorithm algorithm) const;
    [[nodiscard]] bool fitsType(JwsAlgorithm algorithm) const;
    // Everything that must hold before `algorithm` is used with this key for `operation`: type match,
    // size (RSA >= 2048, HMAC secret >= hash length), use/key_ops, private part for signing.
    [[nodiscard]] Result<void> checkUsable(JwsAlgorithm algorithm, Operation operation) const;

    [[nodiscard]] Result<QByteArray> sign(JwsAlgorithm algorithm, QByteArrayView signingInput) const;
    // Ok only when the signature is valid; the error says why not (mismatch, malformed, unusable key).
    [[nodiscard]] Result<void> verify(JwsAlgorithm algorithm, QByteArrayView signingInput,
                                      QByteArrayView signature) const;

    [[nodiscard]] Result<Jwk> publicKey() const; // fails for oct (a secret has no public half)
    // Members in a stable order; private members only when asked (never for publishing, rule 13).
    [[nodiscard]] QJsonObject toJson(bool includePrivate) const;
    [[nodiscard]] Result<QByteArray> toPem(crypto::PemFormat format, QByteArrayView passphrase = {}) const;
    // RFC 7638 thumbprint over the required public members.
    [[nodiscard]] Result<QByteArray> thumbprint(crypto::DigestAlgorithm digest = crypto::DigestAlgorithm::Sha256) const;
    [[nodiscard]] Result<QString> thumbprintBase64Url() const;

    [[nodiscard]] const crypto::PKey& pkey() const; // null for oct

    [[nodiscard]] static std::optional<KeyType> typeFromName(QStringView kty);
    [[nodiscard]] static QString typeName(KeyType type);

private:
    struct Data;
    explicit Jwk(std::shared_ptr<Data> data);
    void detach();
    std::shared_ptr<Data> m_d;
};

} // namespace authscope::jose
