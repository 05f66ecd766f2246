#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace authscope::jose {

// JWE key management algorithms ("alg", RFC 7518 §4).
enum class JweAlgorithm
{
    RsaOaep,
    RsaOaep256,
    Rsa1_5, // decryption only, and only when the caller enables it (E-RSA15-OFF)
    A128KW,
    A192KW,
    A256KW,
    Dir,
    EcdhEs,
    EcdhEsA128KW,
    EcdhEsA192KW,
    EcdhEsA256KW,
    A128GCMKW,
    A192GCMKW,
    A256GCMKW,
    Pbes2Hs256A128KW,
    Pbes2Hs384A192KW,
    Pbes2Hs512A256KW,
};

// JWE content encryption algorithms ("enc", RFC 7518 §5).
enum class JweEncryption
{
    A128CbcHs256,
    A192CbcHs384,
    A256CbcHs512,
    A128Gcm,
    A192Gcm,
    A256Gcm,
};

enum class JweKeyFamily
{
    Rsa,      // the CEK encrypted to an RSA public key
    AesKw,    // the CEK wrapped with a shared AES key (RFC 3394)
    Direct,   // the shared key is the CEK
    Ecdh,     // ECDH-ES: direct, or +A*KW
    AesGcmKw, // the CEK encrypted with AES-GCM under a shared key
    Pbes2,    // a password, PBKDF2, then AES key wrap
};

class JweAlgorithms final
{
public:
    [[nodiscard]] static std::optional<JweAlgorithm> fromName(QStringView name);
    [[nodiscard]] static QString name(JweAlgorithm alg);
    [[nodiscard]] static std::optional<JweEncryption> encFromName(QStringView name);
    [[nodiscard]] static QString name(JweEncryption enc);
    [[nodiscard]] static JweKeyFamily family(JweAlgorithm alg);
    // The AES key-wrap / GCM key / derived KEK size in bytes (16, 24, 32), 0 for RSA, dir and ECDH-ES direct.
    [[nodiscard]] static qsizetype wrapKeyBytes(JweAlgorithm alg);
    // The CEK size: A128CBC-HS256 32, A192CBC-HS384 48, A256CBC-HS512 64, A128GCM 16, A192GCM 24, A256GCM 32.
    [[nodiscard]] static qsizetype cekBytes(JweEncryption enc);
    [[nodiscard]] static bool isGcm(JweEncryption enc);
    [[nodiscard]] static QList<JweAlgorithm> all();
    [[nodiscard]] static QList<JweEncryption> allEncryptions();
};

} // namespace authscope::jose
