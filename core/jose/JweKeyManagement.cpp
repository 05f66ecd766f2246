#include "core/jose/JweKeyManagement.h"

#include "core/crypto/AesGcm.h"
#include "core/crypto/AesKeyWrap.h"
#include "core/crypto/Pbkdf2.h"
#include "core/crypto/Random.h"
#include "core/crypto/RsaEncryption.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JoseError.h"
#include "core/jose/JweDigest.h"
#include "core/jose/JweEcdh.h"

#include <algorithm>
#include <cmath>

namespace authscope::jose {

namespace {

constexpr int MinRsaBits = 2048;

crypto::RsaPadding paddingOf(JweAlgorithm alg)
{
    switch (alg) {
    case JweAlgorithm::RsaOaep256:
        return crypto::RsaPadding::OaepSha256;
    case JweAlgorithm::Rsa1_5:
        return crypto::RsaPadding::Pkcs1v15;
    default:
        return crypto::RsaPadding::OaepSha1;
    }
}

std::unexpected<Error> internal(const Error& e)
{
    return JoseError::fail(JoseErrc::Internal, e.message);
}

std::unexpected<Error> decryptFailed()
{
    return JoseError::fail(JoseErrc::DecryptFailed,
                           QStringLiteral("decryption failed: the key is wrong or the token was altered"));
}

Result<QByteArray> randomBytes(qsizetype n)
{
    auto bytes = crypto::Random::bytes(n);
    if (!bytes) {
        return internal(bytes.error());
    }
    return bytes;
}

Result<QByteArray> headerBytes(const QJsonObject& header, const char* name, qsizetype exactSize)
{
    const QJsonValue v = header.value(QLatin1StringView(name));
    if (!v.isString()) {
        return JoseError::fail(
            JoseErrc::Malformed,
            QStringLiteral("the header needs '%1' as a base64url string").arg(QLatin1StringView(name)));
    }
    auto bytes = Base64Url::decode(v.toString().toLatin1());
    if (!bytes) {
        return JoseError::fail(JoseErrc::Base64, QStringLiteral("header member '%1': ").arg(QLatin1StringView(name)) +
                                                     bytes.error().message);
    }
    if (exactSize > 0 && bytes->size() != exactSize) {
        return JoseError::fail(exactSize == crypto::AesGcm::TagSize && qstrcmp(name, "tag") == 0 ? JoseErrc::TagLength
                                                                                                 : JoseErrc::Malformed,
                               QStringLiteral("header member '%1' must be %2 bytes; it has %3")
                                   .arg(QLatin1StringView(name))
                                   .arg(exactSize)
                                   .arg(bytes->size()));
    }
    return bytes;
}

QByteArray pbes2Salt(JweAlgorithm alg, QByteArrayView p2s)
{
    QByteArray salt = JweAlgorithms::name(alg).toUtf8();
    salt.append('\0');
    salt.append(p2s);
    return salt;
}

// E-P2C-CAP: the iteration count is read and bounded before any derivation starts.
Result<int> readP2c(const QJsonObject& header, int maxP2c)
{
    const QJsonValue v = header.value(QLatin1StringView("p2c"));
    if (!v.isDouble()) {
        return JoseError::fail(JoseErrc::Malformed, QStringLiteral("PBES2 needs 'p2c', a positive integer"));
    }
    const double d = v.toDouble();
    if (!(d >= 1) || std::floor(d) != d) {
        return JoseError::fail(JoseErrc::Malformed, QStringLiteral("PBES2 'p2c' must be a positive integer"));
    }
    if (d > maxP2c) {
        return JoseError::fail(JoseErrc::P2cCap,
                               QStringLiteral("PBES2 'p2c' is %1, over the cap of %2 iterations: refused before any "
                                              "key derivation (a p2c bomb)")
                                   .arg(d, 0, 'f', 0)
                                   .arg(maxP2c));
    }
    return static_cast<int>(d);
}

Result<QByteArray> pbes2Kek(JweAlgorithm alg, const Jwk& key, QByteArrayView p2s, int p2c)
{
    auto kek = crypto::Pbkdf2::derive(sha2ForAesKey(JweAlgorithms::wrapKeyBytes(alg)), key.secretBytes(),
                                      pbes2Salt(alg, p2s), p2c, JweAlgorithms::wrapKeyBytes(alg));
    if (!kek) {
        return internal(kek.error());
    }
    return kek;
}

QString ecdhAlgorithmId(JweAlgorithm alg, JweEncryption enc)
{
    return alg == JweAlgorithm::EcdhEs ? JweAlgorithms::name(enc) : JweAlgorithms::name(alg);
}

qsizetype ecdhKeyBytes(JweAlgorithm alg, JweEncryption enc)
{
    return alg == JweAlgorithm::EcdhEs ? JweAlgorithms::cekBytes(enc) : JweAlgorithms::wrapKeyBytes(alg);
}

// `what` names the use in the message; it is built only when the size is wrong (this runs for every token).
template <typename What>
Result<void> checkSize(QByteArrayView secret, qsizetype expected, What what)
{
    // E-KEY-SIZE: a shorter key is weaker than the algorithm promises, a longer one is a sign of confusion.
    if (secret.size() != expected) {
        return JoseError::fail(JoseErrc::KeySize, QStringLiteral("%1 needs a key of exactly %2 bytes; this one has %3")
                                                      .arg(what())
                                                      .arg(expected)
                                                      .arg(secret.size()));
    }
    return {};
}

Result<QByteArray> unwrapRsa(JweAlgorithm alg, JweEncryption enc, QByteArrayView encryptedKey, const Jwk& key)
{
    // RFC 7516 §11.5 / E-RSA-ORACLE: a random CEK is drawn first and used whenever the RSA step fails or yields a
    // CEK of the wrong size, so every failure takes the same path and ends as the same tag mismatch.
    auto substitute = randomBytes(JweAlgorithms::cekBytes(enc));
    if (!substitute) {
        return substitute;
    }
    auto cek = crypto::RsaEncryption::decrypt(key.pkey(), paddingOf(alg), encryptedKey);
    if (!cek || cek->size() != JweAlgorithms::cekBytes(enc)) {
        return substitute;
    }
    return cek;
}

Result<QByteArray> unwrapKw(QByteArrayView kek, QByteArrayView encryptedKey)
{
    auto cek = crypto::AesKeyWrap::unwrap(kek, encryptedKey);
    if (!cek) {
        return decryptFailed();
    }
    return cek;
}

// K-USE for encryption: use absent or "enc"; key_ops, when present, must name an operation of this direction.
bool allowsEncryption(const Jwk& key, bool decrypting)
{
    if (!key.use().isEmpty() && key.use() != u"enc") {
        return false;
    }
    if (!key.hasKeyOps()) {
        return true;
    }
    static const QStringList Decrypt{QStringLiteral("decrypt"), QStringLiteral("unwrapKey"),
                                     QStringLiteral("deriveKey"), QStringLiteral("deriveBits")};
    static const QStringList Encrypt{QStringLiteral("encrypt"), QStringLiteral("wrapKey"), QStringLiteral("deriveKey"),
                                     QStringLiteral("deriveBits")};
    const QStringList ops = key.keyOps();
    return std::any_of(ops.begin(), ops.end(),
                       [decrypting](const QString& op) { return (decrypting ? Decrypt : Encrypt).contains(op); });
}

} // namespace

Result<void> JweKeyManagement::checkKey(JweAlgorithm alg, JweEncryption enc, const Jwk& key, bool decrypting)
{
    if (key.isNull()) {
        return JoseError::fail(JoseErrc::NoKey, QStringLiteral("no key"));
    }
    // K-USE: a signature key does not encrypt.
    if (!allowsEncryption(key, decrypting)) {
        return JoseError::fail(
            JoseErrc::KeyUnusable,
            QStringLiteral("the key's use/key_ops do not allow %1 (use '%2')")
                .arg(decrypting ? QStringLiteral("decryption") : QStringLiteral("encryption"), key.use()));
    }
    switch (JweAlgorithms::family(alg)) {
    case JweKeyFamily::Rsa:
        if (key.type() != KeyType::Rsa) {
            return JoseError::fail(JoseErrc::KeyMismatch,
                                   QStringLiteral("%1 needs an RSA key").arg(JweAlgorithms::name(alg)));
        }
        if (key.bits() < MinRsaBits) {
            return JoseError::fail(JoseErrc::KeyTooSmall, QStringLiteral("the RSA key has %1 bits; at least %2 are "
                                                                         "required")
                                                              .arg(key.bits())
                                                              .arg(MinRsaBits));
        }
        break;
    case JweKeyFamily::Ecdh:
        if (!JweEcdh::canAgree(key)) {
            return JoseError::fail(JoseErrc::KeyMismatch,
                                   QStringLiteral("%1 needs an EC (P-256, P-384, P-521), X25519 or X448 key")
                                       .arg(JweAlgorithms::name(alg)));
        }
        break;
    case JweKeyFamily::AesKw:
    case JweKeyFamily::AesGcmKw:
    case JweKeyFamily::Direct:
    case JweKeyFamily::Pbes2:
        if (key.type() != KeyType::Oct) {
            return JoseError::fail(JoseErrc::KeyMismatch,
                                   QStringLiteral("%1 needs a symmetric (oct) key; a public key is never used as one")
                                       .arg(JweAlgorithms::name(alg)));
        }
        if (JweAlgorithms::family(alg) == JweKeyFamily::Direct) {
            return checkSize(key.secretBytes(), JweAlgorithms::cekBytes(enc),
                             [enc] { return QStringLiteral("dir with %1").arg(JweAlgorithms::name(enc)); });
        }
        if (JweAlgorithms::family(alg) != JweKeyFamily::Pbes2) {
            return checkSize(key.secretBytes(), JweAlgorithms::wrapKeyBytes(alg),
                             [alg] { return JweAlgorithms::name(alg); });
        }
        return {};
    }
    if (decrypting && !key.isPrivate()) {
        return JoseError::fail(JoseErrc::KeyUnusable,
                               QStringLiteral("decryption needs the private key; this is a public key"));
    }
    return {};
}

Result<JweKeyManagement::Wrapped> JweKeyManagement::wrap(JweAlgorithm alg, JweEncryption enc, const Jwk& key, int p2c)
{
    if (alg == JweAlgorithm::Rsa1_5) {
        return JoseError::fail(JoseErrc::AlgNotAllowed,
                               QStringLiteral("RSA1_5 is never used to encrypt (RFC 8725 §3.2): use RSA-OAEP-256"));
    }
    if (auto ok = checkKey(alg, enc, key, false); !ok) {
        return std::unexpected(ok.error());
    }
    Wrapped out;
    const JweKeyFamily family = JweAlgorithms::family(alg);
    if (family == JweKeyFamily::Direct) {
        out.cek = key.secretBytes().toByteArray();
        return out;
    }
    if (family == JweKeyFamily::Ecdh) {
        auto agreed = JweEcdh::agree(key, ecdhAlgorithmId(alg, enc), ecdhKeyBytes(alg, enc));
        if (!agreed) {
            return std::unexpected(agreed.error());
        }
        out.header.insert(QStringLiteral("epk"), agreed->epk);
        if (alg == JweAlgorithm::EcdhEs) {
            out.cek = agreed->key;
            return out;
        }
        auto cek = randomBytes(JweAlgorithms::cekBytes(enc));
        auto wrapped = cek ? crypto::AesKeyWrap::wrap(agreed->key, *cek) : std::unexpected(cek.error());
        if (!wrapped) {
            return internal(wrapped.error());
        }
        out.cek = *cek;
        out.encryptedKey = *wrapped;
        return out;
    }
    auto cek = randomBytes(JweAlgorithms::cekBytes(enc));
    if (!cek) {
        return std::unexpected(cek.error());
    }
    out.cek = *cek;
    Result<QByteArray> encrypted = QByteArray();
    switch (family) {
    case JweKeyFamily::Rsa:
        encrypted = crypto::RsaEncryption::encrypt(key.pkey(), paddingOf(alg), *cek);
        break;
    case JweKeyFamily::AesKw:
        encrypted = crypto::AesKeyWrap::wrap(key.secretBytes(), *cek);
        break;
    case JweKeyFamily::AesGcmKw: {
        auto iv = randomBytes(crypto::AesGcm::IvSize);
        auto sealed = iv ? crypto::AesGcm::seal(key.secretBytes(), *iv, *cek, {}) : std::unexpected(iv.error());
        if (!sealed) {
            return internal(sealed.error());
        }
        out.header.insert(QStringLiteral("iv"), QString::fromLatin1(Base64Url::encode(*iv)));
        out.header.insert(QStringLiteral("tag"), QString::fromLatin1(Base64Url::encode(sealed->tag)));
        encrypted = sealed->ciphertext;
        break;
    }
    case JweKeyFamily::Pbes2: {
        if (p2c < 1000 || p2c > crypto::Pbkdf2::MaxIterations) {
            return JoseError::fail(JoseErrc::Policy, QStringLiteral("PBES2 p2c must be at least 1000"));
        }
        auto p2s = randomBytes(16);
        auto kek = p2s ? pbes2Kek(alg, key, *p2s, p2c) : std::unexpected(p2s.error());
        if (!kek) {
            return std::unexpected(kek.error());
        }
        out.header.insert(QStringLiteral("p2s"), QString::fromLatin1(Base64Url::encode(*p2s)));
        out.header.insert(QStringLiteral("p2c"), p2c);
        encrypted = crypto::AesKeyWrap::wrap(*kek, *cek);
        break;
    }
    case JweKeyFamily::Direct:
    case JweKeyFamily::Ecdh:
        break;
    }
    if (!encrypted) {
        return internal(encrypted.error());
    }
    out.encryptedKey = *encrypted;
    return out;
}

Result<QByteArray> JweKeyManagement::unwrap(JweAlgorithm alg, JweEncryption enc, const QJsonObject& header,
                                            QByteArrayView encryptedKey, const Jwk& key, int maxP2c)
{
    if (auto ok = checkKey(alg, enc, key, true); !ok) {
        return std::unexpected(ok.error());
    }
    const JweKeyFamily family = JweAlgorithms::family(alg);
    const bool directKey = family == JweKeyFamily::Direct || alg == JweAlgorithm::EcdhEs;
    if (directKey != encryptedKey.isEmpty()) {
        return JoseError::fail(JoseErrc::Malformed, directKey ? QStringLiteral("%1 carries no encrypted key, but this "
                                                                               "token has one")
                                                                    .arg(JweAlgorithms::name(alg))
                                                              : QStringLiteral("the encrypted key is missing"));
    }
    switch (family) {
    case JweKeyFamily::Rsa:
        return unwrapRsa(alg, enc, encryptedKey, key);
    case JweKeyFamily::Direct:
        return key.secretBytes().toByteArray();
    case JweKeyFamily::AesKw:
        return unwrapKw(key.secretBytes(), encryptedKey);
    case JweKeyFamily::AesGcmKw: {
        auto iv = headerBytes(header, "iv", crypto::AesGcm::IvSize);
        auto tag = iv ? headerBytes(header, "tag", crypto::AesGcm::TagSize) : std::unexpected(iv.error());
        if (!tag) {
            return std::unexpected(tag.error());
        }
        auto cek = crypto::AesGcm::open(key.secretBytes(), *iv, encryptedKey, {}, *tag);
        if (!cek) {
            return decryptFailed();
        }
        return cek;
    }
    case JweKeyFamily::Pbes2: {
        auto p2c = readP2c(header, maxP2c);
        if (!p2c) {
            return std::unexpected(p2c.error());
        }
        auto p2s = headerBytes(header, "p2s", 0);
        if (!p2s) {
            return std::unexpected(p2s.error());
        }
        if (p2s->size() < MinP2sBytes) {
            return JoseError::fail(JoseErrc::Malformed, QStringLiteral("PBES2 'p2s' must be at least 8 bytes"));
        }
        auto kek = pbes2Kek(alg, key, *p2s, *p2c);
        if (!kek) {
            return std::unexpected(kek.error());
        }
        return unwrapKw(*kek, encryptedKey);
    }
    case JweKeyFamily::Ecdh: {
        auto derived = JweEcdh::derive(header, key, ecdhAlgorithmId(alg, enc), ecdhKeyBytes(alg, enc));
        if (!derived || alg == JweAlgorithm::EcdhEs) {
            return derived;
        }
        return unwrapKw(*derived, encryptedKey);
    }
    }
    return JoseError::fail(JoseErrc::AlgUnsupported, QStringLiteral("unsupported key management algorithm"));
}

} // namespace authscope::jose
