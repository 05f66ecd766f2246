#include "core/bench/JoseBenchmark.h"

#include "core/bench/OpsPerSecond.h"
#include "core/bench/RawVerifyBaseline.h"
#include "core/common/Clock.h"
#include "core/crypto/Verifier.h"
#include "core/jose/Base64Url.h"
#include "core/jose/DecodedToken.h"
#include "core/jose/Jws.h"
#include "core/jose/TokenValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace authscope::lab {

using namespace authscope::jose;

namespace {

constexpr qint64 BenchNow = 1900000000;

Jwk::GenerateOptions keyFor(JwsAlgorithm alg)
{
    Jwk::GenerateOptions o;
    o.alg = JwsAlgorithms::name(alg);
    o.kid = QStringLiteral("k1");
    switch (JwsAlgorithms::family(alg)) {
    case JwsFamily::Hmac:
        o.type = KeyType::Oct;
        break;
    case JwsFamily::RsaPkcs1:
    case JwsFamily::RsaPss:
        o.type = KeyType::Rsa;
        o.bits = 2048;
        break;
    case JwsFamily::Ecdsa:
        o.type = KeyType::Ec;
        break;
    case JwsFamily::EdDsa:
        o.type = KeyType::Okp;
        break;
    }
    return o;
}

crypto::DigestAlgorithm digestOf(JwsAlgorithm alg)
{
    switch (JwsAlgorithms::hashBytes(alg)) {
    case 48:
        return crypto::DigestAlgorithm::Sha384;
    case 64:
        return crypto::DigestAlgorithm::Sha512;
    default:
        return crypto::DigestAlgorithm::Sha256;
    }
}

crypto::SignatureScheme schemeOf(JwsAlgorithm alg)
{
    switch (JwsAlgorithms::family(alg)) {
    case JwsFamily::RsaPss:
        return crypto::SignatureScheme::RsaPss;
    case JwsFamily::Ecdsa:
        return crypto::SignatureScheme::EcdsaDer; // the raw baseline gets OpenSSL's own signature form
    case JwsFamily::EdDsa:
        return crypto::SignatureScheme::EdDsa;
    default:
        return crypto::SignatureScheme::RsaPkcs1v15;
    }
}

// A typical OAuth access token (RFC 9068 shape): about 300 bytes once signed with ES256.
QJsonObject accessTokenClaims()
{
    return QJsonObject{{QStringLiteral("iss"), QStringLiteral("https://auth.example.com")},
                       {QStringLiteral("sub"), QStringLiteral("user-4711")},
                       {QStringLiteral("aud"), QStringLiteral("api")},
                       {QStringLiteral("scope"), QStringLiteral("sessions:read")},
                       {QStringLiteral("jti"), QStringLiteral("5b1f3c2a7d90")},
                       {QStringLiteral("iat"), BenchNow - 60},
                       {QStringLiteral("exp"), BenchNow + 840}};
}

} // namespace

Result<JoseBenchRow> JoseBenchmark::runOne(JwsAlgorithm alg) const
{
    const double seconds = m_options.secondsPerMeasurement;
    auto key = Jwk::generate(keyFor(alg));
    if (!key) {
        return std::unexpected(key.error());
    }
    const QJsonObject header{{QStringLiteral("alg"), JwsAlgorithms::name(alg)},
                             {QStringLiteral("kid"), key->kid()},
                             {QStringLiteral("typ"), QStringLiteral("at+jwt")}};
    const QByteArray payload = QJsonDocument(accessTokenClaims()).toJson(QJsonDocument::Compact);
    auto token = Jws::sign(header, payload, *key);
    if (!token) {
        return std::unexpected(token.error());
    }
    JwkSet keys;
    if (key->isSymmetric()) {
        keys.add(*key);
    } else {
        auto pub = key->publicKey();
        if (!pub) {
            return std::unexpected(pub.error());
        }
        keys.add(*pub);
    }
    FakeClock clock(BenchNow * 1000);
    ValidationPolicy policy;
    policy.issuer = QStringLiteral("https://auth.example.com");
    policy.audience = QStringLiteral("api");
    policy.typ = QStringLiteral("at+jwt");
    const TokenValidator validator(keys, policy, clock);
    if (const ValidationResult check = validator.validate(*token); !check.valid) {
        return fail(QStringLiteral("bench.self-check"), QStringLiteral("%1: the benchmark token does not verify: %2")
                                                            .arg(JwsAlgorithms::name(alg), check.codes().join(u' ')));
    }

    JoseBenchRow row;
    row.algorithm = alg;
    row.tokenBytes = token->size();
    row.keyDescription = key->type() == KeyType::Rsa   ? QStringLiteral("RSA-%1").arg(key->bits())
                         : key->type() == KeyType::Oct ? QStringLiteral("%1-bit secret").arg(key->bits())
                                                       : key->curve();
    const QByteArray& t = *token;
    row.decodePerSec = bench::opsPerSecond<64>(seconds, [&] { return DecodedToken::decode(t).has_value(); });
    row.signPerSec = bench::opsPerSecond<64>(seconds, [&] { return Jws::sign(header, payload, *key).has_value(); });

    const qsizetype dot = t.lastIndexOf('.');
    const QByteArray input = t.left(dot);
    auto signature = Base64Url::decode(QByteArrayView(t).sliced(dot + 1));
    if (!signature) {
        return std::unexpected(signature.error());
    }
    QByteArray rawSignature = *signature;
    QByteArray secret;
    if (key->isSymmetric()) {
        secret = *Base64Url::decode(key->toJson(true).value(QStringLiteral("k")).toString().toLatin1());
    } else if (JwsAlgorithms::family(alg) == JwsFamily::Ecdsa) {
        auto der = crypto::Verifier::p1363ToDer(*keys.keys().first().pkey().curve(), rawSignature);
        if (!der) {
            return std::unexpected(der.error());
        }
        rawSignature = *der;
    }
    // Ours and raw alternate in short slices, so that clock-frequency drift or other load hits both alike.
    constexpr int Slices = 6;
    const double slice = seconds / Slices;
    double ours = 0;
    double raw = 0;
    for (int i = 0; i < Slices; ++i) {
        const double o = bench::opsPerSecond<64>(slice, [&] { return validator.validate(t).valid; });
        const double r = key->isSymmetric()
                             ? crypto::RawVerifyBaseline::hmacRate(digestOf(alg), secret, input, rawSignature, slice)
                             : crypto::RawVerifyBaseline::verifyRate(keys.keys().first().pkey(), schemeOf(alg),
                                                                     digestOf(alg), input, rawSignature, slice);
        if (o < 0 || r < 0) {
            return fail(QStringLiteral("bench.self-check"),
                        QStringLiteral("%1: verification failed during measurement").arg(JwsAlgorithms::name(alg)));
        }
        ours += o / Slices;
        raw += r / Slices;
    }
    row.verifyPerSec = ours;
    row.rawVerifyPerSec = raw;
    if (row.decodePerSec < 0 || row.signPerSec < 0 || row.verifyPerSec < 0 || row.rawVerifyPerSec < 0) {
        return fail(QStringLiteral("bench.self-check"),
                    QStringLiteral("%1: an operation failed during measurement").arg(JwsAlgorithms::name(alg)));
    }
    return row;
}

Result<QList<JoseBenchRow>> JoseBenchmark::run(const std::function<bool(int, int)>& progress) const
{
    QList<JoseBenchRow> rows;
    const int total = static_cast<int>(m_options.algorithms.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            break;
        }
        auto row = runOne(m_options.algorithms.at(i));
        if (!row) {
            return std::unexpected(row.error());
        }
        rows.append(*row);
    }
    if (progress) {
        progress(static_cast<int>(rows.size()), total);
    }
    return rows;
}

QJsonObject JoseBenchmark::toJson(const QList<JoseBenchRow>& rows)
{
    QJsonArray array;
    for (const JoseBenchRow& r : rows) {
        array.append(QJsonObject{{QStringLiteral("alg"), JwsAlgorithms::name(r.algorithm)},
                                 {QStringLiteral("key"), r.keyDescription},
                                 {QStringLiteral("tokenBytes"), r.tokenBytes},
                                 {QStringLiteral("decodePerSec"), qRound64(r.decodePerSec)},
                                 {QStringLiteral("signPerSec"), qRound64(r.signPerSec)},
                                 {QStringLiteral("verifyPerSec"), qRound64(r.verifyPerSec)},
                                 {QStringLiteral("rawVerifyPerSec"), qRound64(r.rawVerifyPerSec)},
                                 {QStringLiteral("verifyToRaw"), qRound(r.ratio() * 1000) / 1000.0}});
    }
    return QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("jose")},
                       {QStringLiteral("rawBaseline"),
                        QStringLiteral("EVP_DigestVerifyInit+EVP_DigestVerify per token (EVP_MAC_init+update+final "
                                       "for HS*), pre-built key, same signing input")},
                       {QStringLiteral("results"), array}};
}

} // namespace authscope::lab
