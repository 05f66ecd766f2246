#include "core/keys/EncryptionKeys.h"

#include "core/crypto/Random.h"
#include "core/crypto/SecureWipe.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JweKeyManagement.h"

namespace authscope {

namespace {

using jose::JweAlgorithm;
using jose::JweAlgorithms;
using jose::JweEncryption;
using jose::JweKeyFamily;
using jose::Jwk;
using jose::KeyType;

Error badRequest(const QString& message)
{
    return Error{QStringLiteral("keys.bad-request"), message};
}

} // namespace

QString EncryptionKeys::defaultAlg(const Jwk& key)
{
    switch (key.type()) {
    case KeyType::Rsa:
        return QStringLiteral("RSA-OAEP-256");
    case KeyType::Ec:
    case KeyType::Okp:
        return defaultPolicyAlg();
    case KeyType::Oct:
        break;
    }
    const qsizetype bytes = key.secretBytes().size();
    return bytes == 16 ? QStringLiteral("A128KW") : bytes == 24 ? QStringLiteral("A192KW") : QStringLiteral("A256KW");
}

JweEncryption EncryptionKeys::contentEncryption(const Jwk& key)
{
    const auto alg = JweAlgorithms::fromName(key.alg());
    if (alg && JweAlgorithms::family(*alg) == JweKeyFamily::Direct) {
        switch (key.secretBytes().size()) {
        case 16:
            return JweEncryption::A128Gcm;
        case 24:
            return JweEncryption::A192Gcm;
        case 48:
            return JweEncryption::A192CbcHs384;
        case 64:
            return JweEncryption::A256CbcHs512;
        default:
            break;
        }
    }
    return JweEncryption::A256Gcm;
}

QString EncryptionKeys::keyTypeFor(JweAlgorithm alg)
{
    switch (JweAlgorithms::family(alg)) {
    case JweKeyFamily::Rsa:
        return QStringLiteral("RSA");
    case JweKeyFamily::Ecdh:
        return QStringLiteral("EC");
    default:
        return QStringLiteral("oct");
    }
}

Result<JweAlgorithm> EncryptionKeys::checkAlg(const Jwk& key, const QString& algName)
{
    const auto alg = JweAlgorithms::fromName(algName);
    if (!alg) {
        return std::unexpected(badRequest(QStringLiteral("'%1' is not a JWE key management algorithm (RSA-OAEP-256, "
                                                         "ECDH-ES+A256KW, A256KW, dir, ...)")
                                              .arg(algName)));
    }
    if (*alg == JweAlgorithm::Rsa1_5) {
        // E-RSA15-OFF: a stored key would be announced for it; RSA1_5 is for decrypting old tokens by hand only.
        return std::unexpected(
            badRequest(QStringLiteral("RSA1_5 keys are not stored (padding oracles); use RSA-OAEP-256")));
    }
    if (JweAlgorithms::family(*alg) == JweKeyFamily::Pbes2) {
        return std::unexpected(
            badRequest(QStringLiteral("%1 derives its key from a password: there is no key to store").arg(algName)));
    }
    if (auto ok = jose::JweKeyManagement::checkKey(*alg, contentEncryption(key), key, key.isPrivate()); !ok) {
        return std::unexpected(Error{QStringLiteral("keys.bad-request"), ok.error().message});
    }
    return *alg;
}

Result<Jwk> EncryptionKeys::generate(const KeyGenerateRequest& request)
{
    const auto type = Jwk::typeFromName(request.kty);
    if (!type) {
        return std::unexpected(
            badRequest(QStringLiteral("unknown key type '%1' (RSA, EC, OKP or oct)").arg(request.kty)));
    }
    const auto alg = request.alg.isEmpty() ? std::nullopt : JweAlgorithms::fromName(request.alg);
    if (!request.alg.isEmpty() && !alg) {
        return std::unexpected(
            badRequest(QStringLiteral("'%1' is not a JWE key management algorithm").arg(request.alg)));
    }
    Result<Jwk> key = std::unexpected(badRequest(QStringLiteral("no key")));
    if (*type == KeyType::Oct) {
        // A KW/GCMKW key has the alg's size; dir and a bare oct key 256 bits (A256GCM).
        qsizetype bytes = request.bits > 0 ? request.bits / 8 : 32;
        if (alg && JweAlgorithms::wrapKeyBytes(*alg) > 0 && request.bits == 0) {
            bytes = JweAlgorithms::wrapKeyBytes(*alg);
        }
        if (request.bits % 8 != 0 || (bytes != 16 && bytes != 24 && bytes != 32 && bytes != 48 && bytes != 64)) {
            return std::unexpected(
                badRequest(QStringLiteral("an encryption secret has 128, 192, 256, 384 or 512 bits")));
        }
        auto secret = crypto::Random::bytes(bytes);
        if (!secret) {
            return std::unexpected(secret.error());
        }
        key = Jwk::fromSecret(*secret);
        crypto::SecureWipe::wipe(*secret); // D-WIPE-KEYS: the secret lives on only in the Jwk

        if (key) {
            // The thumbprint of a secret is a hash of the secret: the kid of a generated secret is random.
            auto kid = crypto::Random::bytes(16);
            if (!kid) {
                return std::unexpected(kid.error());
            }
            key->setKid(request.kid.isEmpty() ? QString::fromLatin1(jose::Base64Url::encode(*kid)) : request.kid);
            key->setUse(QStringLiteral("enc"));
        }
    } else {
        Jwk::GenerateOptions options;
        options.type = *type;
        options.bits = request.bits;
        options.curve = request.curve.isEmpty() && *type == KeyType::Okp ? QStringLiteral("X25519") : request.curve;
        options.use = QStringLiteral("enc");
        options.kid = request.kid;
        key = Jwk::generate(options);
    }
    if (!key) {
        return key;
    }
    if (!key->isSymmetric() && key->type() == KeyType::Okp && !key->isKeyAgreementOnly()) {
        return std::unexpected(
            badRequest(QStringLiteral("an OKP encryption key is X25519 or X448, not %1").arg(key->curve())));
    }
    key->setAlg(request.alg.isEmpty() ? defaultAlg(*key) : request.alg);
    if (auto ok = checkAlg(*key, key->alg()); !ok) {
        return std::unexpected(ok.error());
    }
    return key;
}

Result<void> EncryptionKeys::prepareImported(Jwk& key, const QString& fallbackAlg, const QString& which)
{
    if (!key.use().isEmpty() && key.use() != QStringLiteral("enc")) {
        return fail(QStringLiteral("keys.not-encryption"),
                    which + QStringLiteral("the key is marked use '%1': only encryption keys (use 'enc') belong to "
                                           "the purpose '%2'")
                                .arg(key.use(), Purpose));
    }
    if (key.type() == KeyType::Okp && !key.isKeyAgreementOnly()) {
        return fail(
            QStringLiteral("keys.not-encryption"),
            which +
                QStringLiteral("an %1 key signs and never agrees on keys: it is no encryption key").arg(key.curve()));
    }
    if (key.isSymmetric() && !key.isPrivate()) {
        return fail(QStringLiteral("keys.bad-request"), which + QStringLiteral("a symmetric key without its secret"));
    }
    QString algName = key.alg().isEmpty() ? fallbackAlg : key.alg();
    key.setKeyOps({});
    key.setUse(QStringLiteral("enc"));
    if (algName.isEmpty()) {
        algName = defaultAlg(key);
    }
    key.setAlg(algName);
    if (auto ok = checkAlg(key, algName); !ok) {
        return fail(ok.error().code, which + ok.error().message);
    }
    return {};
}

} // namespace authscope
