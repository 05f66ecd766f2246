#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept opaque so that no public header includes OpenSSL

namespace authscope::crypto {

enum class KeyAlgorithm
{
    Rsa,
    Ec,
    Ed25519,
    Ed448,
    X25519, // key agreement only (ECDH-ES); never signs
    X448,
};
enum class EcCurve
{
    P256,
    P384,
    P521
};

enum class PemFormat
{
    PublicSpki,     // -----BEGIN PUBLIC KEY-----
    PublicPkcs1,    // -----BEGIN RSA PUBLIC KEY----- (RSA only)
    PrivatePkcs8,   // -----BEGIN PRIVATE KEY-----
    PrivatePkcs1,   // -----BEGIN RSA PRIVATE KEY----- (RSA only)
    PrivateSec1,    // -----BEGIN EC PRIVATE KEY----- (EC only)
    EncryptedPkcs8, // -----BEGIN ENCRYPTED PRIVATE KEY----- (AES-256-CBC, scrypt/PBKDF2 per OpenSSL default)
};

// Unsigned big-endian integers. Private members are empty for a public key.
struct RsaComponents
{
    QByteArray n, e, d, p, q, dp, dq, qi;
};

// Coordinates and private scalar are left-padded to the curve's field size.
struct EcComponents
{
    EcCurve curve = EcCurve::P256;
    QByteArray x, y, d;
};

struct OkpComponents
{
    QByteArray x, d;
};

// A shared, immutable OpenSSL key (EVP_PKEY). Copies share the key; it is never modified after creation,
// which makes it safe to use from several threads.
class PKey final
{
public:
    PKey() = default;

    // K-RSA-GEN-SIZE: only 2048, 3072 or 4096 bits; larger moduli take minutes to generate and add nothing here.
    [[nodiscard]] static Result<PKey> generateRsa(int bits);
    [[nodiscard]] static bool isRsaGenerateSize(int bits);
    [[nodiscard]] static Result<PKey> generateEc(EcCurve curve);
    [[nodiscard]] static Result<PKey> generateOkp(KeyAlgorithm algorithm); // Ed25519, Ed448, X25519 or X448

    [[nodiscard]] static Result<PKey> fromRsa(const RsaComponents& components);
    [[nodiscard]] static Result<PKey> fromEc(const EcComponents& components);
    [[nodiscard]] static Result<PKey> fromOkp(KeyAlgorithm algorithm, const OkpComponents& components);

    // SPKI, PKCS#1 (public or private), PKCS#8, encrypted PKCS#8 (needs `passphrase`), SEC1, or an X.509
    // certificate (its public key). Exactly one PEM block is read.
    [[nodiscard]] static Result<PKey> fromPem(QByteArrayView pem, QByteArrayView passphrase = {});

    [[nodiscard]] bool isNull() const { return !m_key; }
    [[nodiscard]] KeyAlgorithm algorithm() const { return m_algorithm; }
    [[nodiscard]] std::optional<EcCurve> curve() const { return m_curve; }
    [[nodiscard]] bool isOkp() const { return m_algorithm != KeyAlgorithm::Rsa && m_algorithm != KeyAlgorithm::Ec; }
    [[nodiscard]] bool isMontgomery() const
    {
        return m_algorithm == KeyAlgorithm::X25519 || m_algorithm == KeyAlgorithm::X448;
    }
    [[nodiscard]] int bits() const;
    [[nodiscard]] bool hasPrivate() const { return m_private; }

    [[nodiscard]] Result<PKey> publicKey() const;
    [[nodiscard]] Result<RsaComponents> rsaComponents() const;
    [[nodiscard]] Result<EcComponents> ecComponents() const;
    [[nodiscard]] Result<OkpComponents> okpComponents() const;
    [[nodiscard]] Result<QByteArray> toPem(PemFormat format, QByteArrayView passphrase = {}) const;

    [[nodiscard]] evp_pkey_st* native() const { return m_key.get(); }

    [[nodiscard]] static qsizetype curveFieldSize(EcCurve curve);
    [[nodiscard]] static QString curveName(EcCurve curve); // JOSE names: "P-256", ...
    [[nodiscard]] static std::optional<EcCurve> curveFromName(QStringView joseName);

private:
    static Result<PKey> adopt(evp_pkey_st* key); // takes ownership, inspects type and privateness
    std::shared_ptr<evp_pkey_st> m_key;
    KeyAlgorithm m_algorithm = KeyAlgorithm::Rsa;
    std::optional<EcCurve> m_curve;
    bool m_private = false;
};

} // namespace authscope::crypto
