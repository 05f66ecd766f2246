#include "core/jose/Jwk.h"

#include "core/common/EnumNames.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/OkpCurve.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecureWipe.h"
#include "core/crypto/Signer.h"
#include "core/crypto/Verifier.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JoseError.h"
#include "core/jose/JwkJson.h"
#include "core/jose/StrictJson.h"

#include <array>
#include <mutex>

namespace authscope::jose {

using crypto::DigestAlgorithm;
using crypto::EcCurve;
using crypto::KeyAlgorithm;
using crypto::PKey;

namespace {

constexpr auto kTypeNames = enumNames<KeyType::Oct>(u"RSA", u"EC", u"OKP", u"oct");

constexpr int MinRsaBits = 2048;
constexpr int AlgorithmCount = 13;

DigestAlgorithm digestOf(JwsAlgorithm alg)
{
    switch (JwsAlgorithms::hashBytes(alg)) {
    case 48:
        return DigestAlgorithm::Sha384;
    case 64:
        return DigestAlgorithm::Sha512;
    default:
        return DigestAlgorithm::Sha256;
    }
}

crypto::SignatureScheme schemeOf(JwsAlgorithm alg)
{
    switch (JwsAlgorithms::family(alg)) {
    case JwsFamily::RsaPss:
        return crypto::SignatureScheme::RsaPss;
    case JwsFamily::Ecdsa:
        return crypto::SignatureScheme::EcdsaP1363;
    case JwsFamily::EdDsa:
        return crypto::SignatureScheme::EdDsa;
    case JwsFamily::RsaPkcs1:
    case JwsFamily::Hmac:
        break;
    }
    return crypto::SignatureScheme::RsaPkcs1v15;
}

std::optional<EcCurve> curveOf(JwsAlgorithm alg)
{
    switch (alg) {
    case JwsAlgorithm::ES256:
        return EcCurve::P256;
    case JwsAlgorithm::ES384:
        return EcCurve::P384;
    case JwsAlgorithm::ES512:
        return EcCurve::P521;
    default:
        return std::nullopt;
    }
}

std::unexpected<Error> keyFail(const QString& message)
{
    return JoseError::fail(JoseErrc::KeyInvalid, message);
}

Error wrapKeyError(const Error& e)
{
    return JoseError::make(JoseErrc::KeyInvalid, e.message);
}

QString typeWithSize(KeyType type, int bits, const QString& curve)
{
    switch (type) {
    case KeyType::Rsa:
        return QStringLiteral("RSA-%1 key").arg(bits);
    case KeyType::Ec:
    case KeyType::Okp:
        return curve + QStringLiteral(" key");
    case KeyType::Oct:
        break;
    }
    return QStringLiteral("HMAC secret (oct)");
}

} // namespace

struct Jwk::Data
{
    KeyType type = KeyType::Oct;
    PKey pkey;
    QByteArray secret; // oct only
    QString kid;
    QString alg;
    QString use;
    QStringList keyOps;
    bool hasKeyOps = false;

    // Prepared contexts, created on first use and shared by copies of this Jwk.
    mutable std::mutex cacheMutex;
    mutable std::array<std::shared_ptr<const crypto::Verifier>, AlgorithmCount> verifiers;
    mutable std::array<std::shared_ptr<const crypto::Hmac>, 3> macs;

    Data() = default;
    Data(const Data& other)
        : type(other.type), pkey(other.pkey), secret(other.secret), kid(other.kid), alg(other.alg), use(other.use),
          keyOps(other.keyOps), hasKeyOps(other.hasKeyOps)
    {}
    Data& operator=(const Data&) = delete;
    // D-WIPE-KEYS: an HMAC secret is overwritten when its last holder goes (PKey's private parts are freed by
    // OpenSSL, which clears them).
    ~Data() { crypto::SecureWipe::wipe(secret); }
};

Jwk::Jwk() : m_d(std::make_shared<Data>()) {}

Jwk::Jwk(std::shared_ptr<Data> data) : m_d(std::move(data)) {}

void Jwk::detach()
{
    if (m_d.use_count() > 1) {
        m_d = std::make_shared<Data>(*m_d);
    }
}

std::optional<KeyType> Jwk::typeFromName(QStringView kty)
{
    return kTypeNames.value(kty);
}

QString Jwk::typeName(KeyType type)
{
    return kTypeNames.name(type, u"oct");
}

bool Jwk::isNull() const
{
    return m_d->pkey.isNull() && m_d->secret.isEmpty();
}

KeyType Jwk::type() const
{
    return m_d->type;
}

QString Jwk::typeName() const
{
    return typeName(m_d->type);
}

QString Jwk::curve() const
{
    if (m_d->type == KeyType::Ec && m_d->pkey.curve()) {
        return PKey::curveName(*m_d->pkey.curve());
    }
    if (m_d->type == KeyType::Okp) {
        return crypto::OkpCurve::name(m_d->pkey.algorithm());
    }
    return {};
}

int Jwk::bits() const
{
    return m_d->type == KeyType::Oct ? static_cast<int>(m_d->secret.size() * 8) : m_d->pkey.bits();
}

bool Jwk::isPrivate() const
{
    return m_d->type == KeyType::Oct ? !m_d->secret.isEmpty() : m_d->pkey.hasPrivate();
}

QString Jwk::kid() const
{
    return m_d->kid;
}

QString Jwk::alg() const
{
    return m_d->alg;
}

QString Jwk::use() const
{
    return m_d->use;
}

QStringList Jwk::keyOps() const
{
    return m_d->keyOps;
}

bool Jwk::hasKeyOps() const
{
    return m_d->hasKeyOps;
}

QByteArrayView Jwk::secretBytes() const
{
    return m_d->secret;
}

void Jwk::setKid(const QString& kid)
{
    detach();
    m_d->kid = kid;
}

void Jwk::setAlg(const QString& alg)
{
    detach();
    m_d->alg = alg;
}

void Jwk::setUse(const QString& use)
{
    detach();
    m_d->use = use;
}

void Jwk::setKeyOps(const QStringList& keyOps)
{
    detach();
    m_d->keyOps = keyOps;
    m_d->hasKeyOps = !keyOps.isEmpty();
}

const PKey& Jwk::pkey() const
{
    return m_d->pkey;
}

bool Jwk::allows(Operation operation) const
{
    if (!m_d->use.isEmpty() && m_d->use != u"sig") {
        return false;
    }
    if (m_d->hasKeyOps) {
        return m_d->keyOps.contains(operation == Operation::Sign ? QStringLiteral("sign") : QStringLiteral("verify"));
    }
    return true;
}

QList<JwsAlgorithm> Jwk::algorithmsForType() const
{
    switch (m_d->type) {
    case KeyType::Rsa:
        return {JwsAlgorithm::RS256, JwsAlgorithm::RS384, JwsAlgorithm::RS512,
                JwsAlgorithm::PS256, JwsAlgorithm::PS384, JwsAlgorithm::PS512};
    case KeyType::Ec:
        switch (m_d->pkey.curve().value_or(EcCurve::P256)) {
        case EcCurve::P384:
            return {JwsAlgorithm::ES384};
        case EcCurve::P521:
            return {JwsAlgorithm::ES512};
        case EcCurve::P256:
            return {JwsAlgorithm::ES256};
        }
        return {};
    case KeyType::Okp:
        return isKeyAgreementOnly() ? QList<JwsAlgorithm>{} : QList<JwsAlgorithm>{JwsAlgorithm::EdDSA};
    case KeyType::Oct:
        break;
    }
    return {JwsAlgorithm::HS256, JwsAlgorithm::HS384, JwsAlgorithm::HS512};
}

bool Jwk::fitsType(JwsAlgorithm algorithm) const
{
    switch (JwsAlgorithms::family(algorithm)) {
    case JwsFamily::Hmac:
        return m_d->type == KeyType::Oct;
    case JwsFamily::RsaPkcs1:
    case JwsFamily::RsaPss:
        return m_d->type == KeyType::Rsa;
    case JwsFamily::Ecdsa:
        return m_d->type == KeyType::Ec && m_d->pkey.curve() == curveOf(algorithm);
    case JwsFamily::EdDsa:
        return m_d->type == KeyType::Okp && !isKeyAgreementOnly();
    }
    return false;
}

bool Jwk::isPinned(JwsAlgorithm algorithm) const
{
    if (m_d->alg.isEmpty()) {
        return fitsType(algorithm);
    }
    return fitsType(algorithm) && JwsAlgorithms::fromName(m_d->alg) == algorithm;
}

QList<JwsAlgorithm> Jwk::pinnedAlgorithms() const
{
    if (m_d->alg.isEmpty()) {
        return algorithmsForType();
    }
    const auto alg = JwsAlgorithms::fromName(m_d->alg);
    if (alg && algorithmsForType().contains(*alg)) {
        return {*alg};
    }
    return {};
}

Result<void> Jwk::checkUsable(JwsAlgorithm algorithm, Operation operation) const
{
    // Sentences are built only on failure: this runs on every verification.
    const auto name = [algorithm] { return JwsAlgorithms::name(algorithm); };
    const auto what = [this] { return typeWithSize(m_d->type, bits(), curve()); };
    if (isNull()) {
        return JoseError::fail(JoseErrc::NoKey, QStringLiteral("no key"));
    }
    if (!fitsType(algorithm)) {
        if (JwsAlgorithms::family(algorithm) == JwsFamily::Hmac) {
            return JoseError::fail(JoseErrc::KeyMismatch,
                                   QStringLiteral("%1 needs an HMAC secret, but the key is an %2: a public key is "
                                                  "never used as an HMAC secret")
                                       .arg(name(), what()));
        }
        return JoseError::fail(JoseErrc::KeyMismatch,
                               QStringLiteral("%1 cannot be used with an %2").arg(name(), what()));
    }
    if (m_d->type == KeyType::Rsa && bits() < MinRsaBits) {
        return JoseError::fail(
            JoseErrc::KeyTooSmall,
            QStringLiteral("the RSA key has %1 bits; at least %2 are required").arg(bits()).arg(MinRsaBits));
    }
    if (m_d->type == KeyType::Oct && m_d->secret.size() < JwsAlgorithms::hashBytes(algorithm)) {
        return JoseError::fail(JoseErrc::KeyTooSmall,
                               QStringLiteral("the HMAC secret has %1 bytes; %2 needs at least %3 (RFC 7518 §3.2)")
                                   .arg(m_d->secret.size())
                                   .arg(name())
                                   .arg(JwsAlgorithms::hashBytes(algorithm)));
    }
    if (!allows(operation)) {
        const QString op = operation == Operation::Sign ? QStringLiteral("sign") : QStringLiteral("verify");
        if (!m_d->use.isEmpty() && m_d->use != u"sig") {
            return JoseError::fail(
                JoseErrc::KeyUnusable,
                QStringLiteral("the key is marked use '%1', not 'sig': it cannot %2 signatures").arg(m_d->use, op));
        }
        return JoseError::fail(JoseErrc::KeyUnusable, QStringLiteral("the key's key_ops [%1] do not include '%2'")
                                                          .arg(m_d->keyOps.join(QStringLiteral(", ")), op));
    }
    if (operation == Operation::Sign && !isPrivate()) {
        return JoseError::fail(JoseErrc::KeyUnusable,
                               QStringLiteral("signing needs a private key; this is a public key"));
    }
    return {};
}

Result<QByteArray> Jwk::sign(JwsAlgorithm algorithm, QByteArrayView signingInput) const
{
    if (auto ok = checkUsable(algorithm, Operation::Sign); !ok) {
        return std::unexpected(ok.error());
    }
    if (m_d->type == KeyType::Oct) {
        auto mac = crypto::Hmac::compute(digestOf(algorithm), m_d->secret, signingInput);
        if (!mac) {
            return JoseError::fail(JoseErrc::Internal, mac.error().message);
        }
        return mac;
    }
    auto sig = crypto::Signer::sign(m_d->pkey, schemeOf(algorithm), digestOf(algorithm), signingInput);
    if (!sig) {
        return JoseError::fail(JoseErrc::Internal, sig.error().message);
    }
    return sig;
}

Result<void> Jwk::verify(JwsAlgorithm algorithm, QByteArrayView signingInput, QByteArrayView signature) const
{
    if (auto ok = checkUsable(algorithm, Operation::Verify); !ok) {
        return std::unexpected(ok.error());
    }
    const Data& d = *m_d;
    if (d.type == KeyType::Oct) {
        const int index = static_cast<int>(algorithm) - static_cast<int>(JwsAlgorithm::HS256);
        std::shared_ptr<const crypto::Hmac> mac;
        {
            const std::lock_guard lock(d.cacheMutex);
            mac = d.macs[static_cast<size_t>(index)];
        }
        if (!mac) {
            auto created = crypto::Hmac::create(digestOf(algorithm), d.secret);
            if (!created) {
                return JoseError::fail(JoseErrc::Internal, created.error().message);
            }
            mac = std::make_shared<const crypto::Hmac>(std::move(*created));
            const std::lock_guard lock(d.cacheMutex);
            d.macs[static_cast<size_t>(index)] = mac;
        }
        if (signature.size() != JwsAlgorithms::hashBytes(algorithm)) {
            return JoseError::fail(JoseErrc::SignatureMalformed,
                                   QStringLiteral("the %1 tag is %2 bytes; it must be exactly %3")
                                       .arg(JwsAlgorithms::name(algorithm))
                                       .arg(signature.size())
                                       .arg(JwsAlgorithms::hashBytes(algorithm)));
        }
        if (!mac->verify(signingInput, signature)) {
            return JoseError::fail(JoseErrc::SignatureMismatch,
                                   QStringLiteral("signature does not match: the token was changed or signed with "
                                                  "another secret"));
        }
        return {};
    }
    if (JwsAlgorithms::family(algorithm) == JwsFamily::Ecdsa) {
        const int expected = JwsAlgorithms::ecdsaSignatureBytes(algorithm);
        if (signature.size() != expected) {
            return JoseError::fail(JoseErrc::SignatureMalformed,
                                   QStringLiteral("an %1 signature is r||s of exactly %2 bytes; this one has %3")
                                       .arg(JwsAlgorithms::name(algorithm))
                                       .arg(expected)
                                       .arg(signature.size()));
        }
        if (!crypto::Verifier::p1363ToDer(*curveOf(algorithm), signature)) {
            return JoseError::fail(JoseErrc::SignatureMalformed,
                                   QStringLiteral("the ECDSA signature has r or s equal to 0 or not below the group "
                                                  "order: refused before any check (CVE-2022-21449)"));
        }
    }
    const auto index = static_cast<size_t>(algorithm);
    std::shared_ptr<const crypto::Verifier> verifier;
    {
        const std::lock_guard lock(d.cacheMutex);
        verifier = d.verifiers[index];
    }
    if (!verifier) {
        auto created = crypto::Verifier::create(d.pkey, schemeOf(algorithm), digestOf(algorithm));
        if (!created) {
            return JoseError::fail(JoseErrc::Internal, created.error().message);
        }
        verifier = std::make_shared<const crypto::Verifier>(std::move(*created));
        const std::lock_guard lock(d.cacheMutex);
        d.verifiers[index] = verifier;
    }
    if (!verifier->verify(signingInput, signature)) {
        return JoseError::fail(JoseErrc::SignatureMismatch,
                               QStringLiteral("signature does not match: the token was changed or signed by another "
                                              "key"));
    }
    return {};
}

Result<Jwk> Jwk::fromPKey(const PKey& key)
{
    if (key.isNull()) {
        return keyFail(QStringLiteral("no key"));
    }
    auto d = std::make_shared<Data>();
    d->type = key.algorithm() == KeyAlgorithm::Rsa  ? KeyType::Rsa
              : key.algorithm() == KeyAlgorithm::Ec ? KeyType::Ec
                                                    : KeyType::Okp;
    d->pkey = key;
    return Jwk(std::move(d));
}

Result<Jwk> Jwk::fromSecret(QByteArrayView secret)
{
    if (secret.isEmpty()) {
        return keyFail(QStringLiteral("an HMAC secret cannot be empty"));
    }
    auto d = std::make_shared<Data>();
    d->type = KeyType::Oct;
    d->secret = secret.toByteArray();
    return Jwk(std::move(d));
}

Result<Jwk> Jwk::fromPem(QByteArrayView pem, QByteArrayView passphrase)
{
    auto key = PKey::fromPem(pem, passphrase);
    if (!key) {
        return std::unexpected(wrapKeyError(key.error()));
    }
    return fromPKey(*key);
}

Result<Jwk> Jwk::fromJsonText(QByteArrayView text)
{
    auto json = StrictJson::parseObject(text, JsonLimits{}.maxDepth, u"JWK");
    if (!json) {
        return std::unexpected(json.error());
    }
    return fromJson(*json);
}

Result<Jwk> Jwk::fromJson(const QJsonObject& json)
{
    const QJsonValue ktyValue = json.value(QLatin1StringView("kty"));
    if (!ktyValue.isString()) {
        return keyFail(QStringLiteral("a JWK needs a 'kty' string"));
    }
    const auto type = typeFromName(ktyValue.toString());
    if (!type) {
        return keyFail(QStringLiteral("unsupported key type '%1' (RSA, EC, OKP or oct)").arg(ktyValue.toString()));
    }
    Result<Jwk> key = JwkJson::readKey(*type, json);
    if (!key) {
        return key;
    }
    auto parameters = JwkJson::readParameters(json);
    if (!parameters) {
        return std::unexpected(parameters.error());
    }
    Data& d = *key->m_d;
    d.kid = parameters->kid;
    d.alg = parameters->alg;
    d.use = parameters->use;
    d.keyOps = parameters->keyOps;
    d.hasKeyOps = parameters->hasKeyOps;
    if (!d.alg.isEmpty()) {
        const auto alg = JwsAlgorithms::fromName(d.alg);
        if (alg && !key->algorithmsForType().contains(*alg)) {
            return keyFail(QStringLiteral("the JWK says alg '%1', which does not fit a %2 key")
                               .arg(d.alg, typeWithSize(d.type, key->bits(), key->curve())));
        }
    }
    return key;
}

Result<Jwk> Jwk::generate(const GenerateOptions& options)
{
    std::optional<JwsAlgorithm> alg;
    if (!options.alg.isEmpty()) {
        alg = JwsAlgorithms::fromName(options.alg);
        if (!alg) {
            return JoseError::fail(JoseErrc::AlgUnsupported, QStringLiteral("unknown alg '%1'").arg(options.alg));
        }
    }
    Result<Jwk> key = keyFail(QStringLiteral("unsupported key type"));
    switch (options.type) {
    case KeyType::Rsa: {
        const int bits = options.bits == 0 ? 2048 : options.bits;
        if (bits < MinRsaBits) {
            return JoseError::fail(JoseErrc::KeyTooSmall, QStringLiteral("RSA keys must have at least 2048 bits"));
        }
        auto pkey = PKey::generateRsa(bits);
        key = pkey ? fromPKey(*pkey) : std::unexpected(wrapKeyError(pkey.error()));
        break;
    }
    case KeyType::Ec: {
        const auto curve = options.curve.isEmpty()
                               ? std::optional<EcCurve>(alg ? curveOf(*alg).value_or(EcCurve::P256) : EcCurve::P256)
                               : PKey::curveFromName(options.curve);
        if (!curve) {
            return keyFail(QStringLiteral("unsupported EC curve '%1' (P-256, P-384 or P-521)").arg(options.curve));
        }
        auto pkey = PKey::generateEc(*curve);
        key = pkey ? fromPKey(*pkey) : std::unexpected(wrapKeyError(pkey.error()));
        break;
    }
    case KeyType::Okp: {
        const auto algorithm =
            crypto::OkpCurve::fromName(options.curve.isEmpty() ? QStringView(u"Ed25519") : QStringView(options.curve));
        if (!algorithm || (crypto::OkpCurve::isMontgomery(*algorithm) && options.use == u"sig")) {
            return keyFail(QStringLiteral("unsupported OKP curve '%1' (Ed25519, Ed448; X25519, X448 with use 'enc')")
                               .arg(options.curve));
        }
        auto pkey = PKey::generateOkp(*algorithm);
        key = pkey ? fromPKey(*pkey) : std::unexpected(wrapKeyError(pkey.error()));
        break;
    }
    case KeyType::Oct: {
        const int minBytes = alg ? JwsAlgorithms::hashBytes(*alg) : 32;
        const int bits = options.bits == 0 ? minBytes * 8 : options.bits;
        if (bits % 8 != 0 || bits / 8 < minBytes || bits > 4096) {
            return JoseError::fail(JoseErrc::KeyTooSmall,
                                   QStringLiteral("an HMAC secret for %1 needs %2 to 4096 bits, in whole bytes")
                                       .arg(alg ? JwsAlgorithms::name(*alg) : QStringLiteral("HS256"))
                                       .arg(minBytes * 8));
        }
        auto secret = crypto::Random::bytes(bits / 8);
        if (!secret) {
            return JoseError::fail(JoseErrc::Internal, secret.error().message);
        }
        key = fromSecret(*secret);
        break;
    }
    }
    if (!key) {
        return key;
    }
    if (alg && !key->algorithmsForType().contains(*alg)) {
        return keyFail(QStringLiteral("alg '%1' does not fit a %2 key").arg(options.alg, key->typeName()));
    }
    key->m_d->alg = options.alg;
    key->m_d->use = options.use;
    if (options.kid.isEmpty()) {
        auto thumb = key->thumbprintBase64Url();
        if (!thumb) {
            return std::unexpected(thumb.error());
        }
        key->m_d->kid = *thumb;
    } else {
        key->m_d->kid = options.kid;
    }
    return key;
}

Result<Jwk> Jwk::publicKey() const
{
    if (m_d->type == KeyType::Oct) {
        return JoseError::fail(JoseErrc::KeyUnusable, QStringLiteral("an HMAC secret (oct) has no public half"));
    }
    auto pub = m_d->pkey.publicKey();
    if (!pub) {
        return std::unexpected(wrapKeyError(pub.error()));
    }
    auto key = fromPKey(*pub);
    if (!key) {
        return key;
    }
    key->m_d->kid = m_d->kid;
    key->m_d->alg = m_d->alg;
    key->m_d->use = m_d->use;
    if (m_d->hasKeyOps) {
        static const QStringList PublicOps{QStringLiteral("verify"), QStringLiteral("encrypt"),
                                           QStringLiteral("wrapKey")};
        for (const QString& op : m_d->keyOps) {
            if (PublicOps.contains(op)) {
                key->m_d->keyOps.append(op);
            }
        }
        key->m_d->hasKeyOps = true;
    }
    return key;
}

QJsonObject Jwk::toJson(bool includePrivate) const
{
    QJsonObject o;
    o.insert(QStringLiteral("kty"), typeName());
    JwkJson::writeKey(*this, m_d->secret, includePrivate, o);
    JwkJson::writeParameters({m_d->kid, m_d->alg, m_d->use, m_d->keyOps, m_d->hasKeyOps}, o);
    return o;
}

Result<QByteArray> Jwk::toPem(crypto::PemFormat format, QByteArrayView passphrase) const
{
    if (m_d->type == KeyType::Oct) {
        return JoseError::fail(JoseErrc::KeyUnusable, QStringLiteral("an HMAC secret (oct) has no PEM form"));
    }
    auto pem = m_d->pkey.toPem(format, passphrase);
    if (!pem) {
        return std::unexpected(wrapKeyError(pem.error()));
    }
    return pem;
}

Result<QByteArray> Jwk::thumbprint(DigestAlgorithm digest) const
{
    auto canonical = JwkJson::thumbprintInput(*this, m_d->secret);
    if (!canonical) {
        return std::unexpected(canonical.error());
    }
    return crypto::Digest::hash(digest, *canonical);
}

Result<QString> Jwk::thumbprintBase64Url() const
{
    auto t = thumbprint();
    if (!t) {
        return std::unexpected(t.error());
    }
    return QString::fromLatin1(Base64Url::encode(*t));
}

} // namespace authscope::jose
