#pragma once

#include "core/common/Error.h"
#include "core/jose/JsonLimits.h"
#include "core/jose/Jwe.h"
#include "core/jose/JweAlgorithm.h"
#include "core/jose/JweCompression.h"
#include "core/jose/JweKeyManagement.h"
#include "core/jose/JwkSet.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace authscope::jose {

// What a decrypter accepts. The defaults are the strict ones.
struct JweDecryptOptions
{
    // E-ALG-PIN: empty means "pinned by the key": its own alg, else what its type can do (RSA → RSA-OAEP,
    // RSA-OAEP-256; EC/X25519/X448 → ECDH-ES*; oct → dir, A*KW, A*GCMKW of its size). PBES2 only when listed
    // here or named by the key.
    QList<JweAlgorithm> allowedAlgorithms;
    QList<JweEncryption> allowedEncryptions; // empty: all six
    bool allowRsa1_5 = false;                // E-RSA15-OFF
    int maxP2c = JweKeyManagement::DefaultMaxP2c;
    qsizetype maxPlaintextBytes = JweCompression::DefaultMaxBytes;
    QStringList understoodCrit;
    JsonLimits limits;
    int maxCandidateKeys = 8;
};

struct JweDecryptResult
{
    QJsonObject protectedHeader;
    QJsonObject header; // the joined header of the recipient that decrypted
    QByteArray plaintext;
    JweAlgorithm algorithm = JweAlgorithm::Dir;
    JweEncryption encryption = JweEncryption::A256Gcm;
    QString keyId;
    qsizetype recipient = 0;

    // cty "JWT" (RFC 7519 §5.2): the plaintext is a nested JWT.
    [[nodiscard]] bool isNestedJwt() const;
};

// Decrypts JWEs with a fixed set of trusted keys (the E-* rules of docs/security.md). Keys come only from this
// set; the header's kid is an exact-match lookup (K-SOURCE). Thread-safe once constructed.
class JweDecryptor final
{
public:
    explicit JweDecryptor(JwkSet keys, JweDecryptOptions options = {});

    [[nodiscard]] Result<JweDecryptResult> decrypt(QByteArrayView token) const;
    [[nodiscard]] Result<JweDecryptResult> decrypt(const Jwe& jwe) const;

    [[nodiscard]] const JweDecryptOptions& options() const { return m_options; }
    [[nodiscard]] const JwkSet& keys() const { return m_keys; }

    // Whether `key` may serve `alg` (E-ALG-PIN): named by the key's own alg, else explicitly allowed by the caller
    // (the allow-list, or allowRsa1_5 for RSA1_5), else what the key's type can do.
    [[nodiscard]] static bool keyPinnedTo(const Jwk& key, JweAlgorithm alg, JweEncryption enc, bool explicitlyAllowed);

private:
    Result<void> checkOptions() const;
    Result<void> checkHeader(const Jwe& jwe, const QJsonObject& joined) const;
    Result<std::pair<JweAlgorithm, JweEncryption>> algorithms(const QJsonObject& joined) const;
    QList<const Jwk*> candidates(const QJsonObject& joined) const;
    Result<QByteArray> decryptWith(const Jwe& jwe, qsizetype recipient, const QJsonObject& joined, JweAlgorithm alg,
                                   JweEncryption enc, const Jwk& key) const;

    JwkSet m_keys;
    JweDecryptOptions m_options;
};

} // namespace authscope::jose
