#include "core/bench/RemoteJwksBenchmark.h"

#include "core/bench/OpsPerSecond.h"
#include "core/common/Clock.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerVerifier.h"
#include "core/issuers/RemoteKeyCache.h"
#include "core/jose/Jws.h"
#include "core/jose/TokenValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace authscope::lab {

namespace {

constexpr qint64 BenchNow = 1900000000;
const QString kIssuer = QStringLiteral("https://auth.example.com");

jose::Jwk::GenerateOptions keyOptions(jose::JwsAlgorithm alg, int index)
{
    jose::Jwk::GenerateOptions o;
    const jose::JwsFamily family = jose::JwsAlgorithms::family(alg);
    o.type = family == jose::JwsFamily::Ecdsa   ? jose::KeyType::Ec
             : family == jose::JwsFamily::EdDsa ? jose::KeyType::Okp
                                                : jose::KeyType::Rsa;
    o.curve = alg == jose::JwsAlgorithm::ES384   ? QStringLiteral("P-384")
              : alg == jose::JwsAlgorithm::ES512 ? QStringLiteral("P-521")
                                                 : QString();
    o.alg = jose::JwsAlgorithms::name(alg);
    o.kid = QStringLiteral("bench-%1").arg(index);
    return o;
}

} // namespace

Result<RemoteJwksBenchRow> RemoteJwksBenchmark::run(jose::JwsAlgorithm alg, double seconds, int keysInSet)
{
    if (jose::JwsAlgorithms::family(alg) == jose::JwsFamily::Hmac) {
        return fail(QStringLiteral("bench.usage"), QStringLiteral("a remote JWKS holds no HMAC keys"));
    }
    jose::JwkSet published;
    jose::Jwk signer;
    for (int i = 0; i < keysInSet; ++i) {
        auto key = jose::Jwk::generate(keyOptions(alg, i));
        if (!key) {
            return std::unexpected(key.error());
        }
        if (i == keysInSet - 1) {
            signer = *key;
        }
        published.add(*key->publicKey());
    }
    const QJsonObject claims{{QStringLiteral("iss"), kIssuer},
                             {QStringLiteral("sub"), QStringLiteral("user-1234")},
                             {QStringLiteral("aud"), QStringLiteral("api")},
                             {QStringLiteral("iat"), BenchNow - 60},
                             {QStringLiteral("exp"), BenchNow + 840}};
    auto token = jose::Jws::sign(QJsonObject{{QStringLiteral("alg"), jose::JwsAlgorithms::name(alg)},
                                             {QStringLiteral("kid"), signer.kid()},
                                             {QStringLiteral("typ"), QStringLiteral("at+jwt")}},
                                 QJsonDocument(claims).toJson(QJsonDocument::Compact), signer);
    if (!token) {
        return std::unexpected(token.error());
    }
    FakeClock clock(BenchNow * 1000);
    jose::ValidationPolicy policy;
    policy.issuer = kIssuer;
    policy.audience = QStringLiteral("api");
    policy.typ = QStringLiteral("at+jwt");
    const jose::TokenValidator local(jose::JwkSet({*signer.publicKey()}), policy, clock);

    issuers::Issuer issuer;
    issuer.url = kIssuer;
    issuer.discovery.insert(QStringLiteral("jwks_uri"), QString(kIssuer + QStringLiteral("/jwks")));
    issuer.jwks = QJsonDocument(published.toPublicJson()).toJson(QJsonDocument::Compact);
    issuer.jwksFetchedMs = clock.nowMs();
    issuer.jwksTriedMs = clock.nowMs();
    issuer.jwksMaxAgeSecs = 24 * 3600;
    issuers::HttpFetcher fetcher(false); // never asked: the stored set is fresh (offline as well, to be sure)
    issuers::RemoteKeyCache cache(nullptr, fetcher, issuer, {true, 30}, clock);
    issuers::IssuerVerifier remote(cache, policy, clock);
    const QByteArray& t = *token;
    auto check = remote.verify(t);
    if (!check || !check->valid || !local.validate(t).valid) {
        return fail(QStringLiteral("bench.self-check"),
                    QStringLiteral("%1: the benchmark token does not verify").arg(jose::JwsAlgorithms::name(alg)));
    }
    RemoteJwksBenchRow row;
    row.algorithm = alg;
    row.keysInSet = keysInSet;
    constexpr int Slices = 6;
    for (int i = 0; i < Slices; ++i) {
        const double l = bench::opsPerSecond<64>(seconds / Slices, [&] { return local.validate(t).valid; });
        const double r = bench::opsPerSecond<64>(seconds / Slices, [&] {
            auto v = remote.verify(t);
            return v && v->valid;
        });
        if (l < 0 || r < 0) {
            return fail(QStringLiteral("bench.self-check"), QStringLiteral("verification failed during measurement"));
        }
        row.localPerSec += l / Slices;
        row.remotePerSec += r / Slices;
    }
    return row;
}

QJsonObject RemoteJwksBenchmark::toJson(const QList<RemoteJwksBenchRow>& rows)
{
    QJsonArray array;
    for (const RemoteJwksBenchRow& r : rows) {
        array.append(QJsonObject{{QStringLiteral("alg"), jose::JwsAlgorithms::name(r.algorithm)},
                                 {QStringLiteral("keysInSet"), r.keysInSet},
                                 {QStringLiteral("localVerifyPerSec"), qRound64(r.localPerSec)},
                                 {QStringLiteral("remoteJwksVerifyPerSec"), qRound64(r.remotePerSec)},
                                 {QStringLiteral("remoteToLocal"), qRound(r.ratio() * 1000) / 1000.0}});
    }
    return QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("remote-jwks")},
                       {QStringLiteral("results"), array}};
}

} // namespace authscope::lab
