#include "core/dpop/DpopProofBuilder.h"

#include "core/common/Clock.h"
#include "core/crypto/DigestAlgorithm.h"
#include "core/crypto/Random.h"
#include "core/dpop/DpopUrl.h"
#include "core/jose/Base64Url.h"

#include <QJsonDocument>
#include <QUrl>

namespace authscope::dpop {

QString DpopProofBuilder::accessTokenHash(QByteArrayView accessToken)
{
    return QString::fromLatin1(
        jose::Base64Url::encode(crypto::Digest::hash(crypto::DigestAlgorithm::Sha256, accessToken)));
}

Result<jose::JwsAlgorithm> DpopProofBuilder::defaultAlgorithm(const jose::Jwk& key)
{
    if (key.isSymmetric() || key.isKeyAgreementOnly()) {
        return fail(QStringLiteral("dpop.key"),
                    QStringLiteral("a DPoP proof needs an asymmetric signing key (RSA, EC or Ed25519/Ed448)"));
    }
    const QList<jose::JwsAlgorithm> pinned = key.pinnedAlgorithms();
    if (pinned.isEmpty()) {
        return fail(QStringLiteral("dpop.key"), QStringLiteral("the key fits no JWS algorithm"));
    }
    return pinned.first();
}

Result<QByteArray> DpopProofBuilder::signRaw(const QJsonObject& header, const QJsonObject& claims, const jose::Jwk& key,
                                             jose::JwsAlgorithm algorithm)
{
    const QByteArray input = jose::Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             jose::Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    auto signature = key.sign(algorithm, input);
    if (!signature) {
        return std::unexpected(signature.error());
    }
    return input + '.' + jose::Base64Url::encode(*signature);
}

Result<QByteArray> DpopProofBuilder::build(const jose::Jwk& privateKey, const Options& options)
{
    if (!privateKey.isPrivate() || privateKey.isSymmetric()) {
        return fail(
            QStringLiteral("dpop.key"),
            QStringLiteral("a DPoP proof is signed with a private RSA, EC or OKP key (this key is %1)")
                .arg(privateKey.isSymmetric() ? QStringLiteral("an HMAC secret") : QStringLiteral("a public key")));
    }
    jose::JwsAlgorithm algorithm{};
    if (options.algorithm) {
        algorithm = *options.algorithm;
    } else {
        auto chosen = defaultAlgorithm(privateKey);
        if (!chosen) {
            return std::unexpected(chosen.error());
        }
        algorithm = *chosen;
    }
    if (auto usable = privateKey.checkUsable(algorithm, jose::Jwk::Operation::Sign); !usable) {
        return std::unexpected(usable.error());
    }
    if (options.method.isEmpty()) {
        return fail(QStringLiteral("dpop.htm"), QStringLiteral("the proof needs the request's method"));
    }
    auto url = DpopUrl::normalise(options.url);
    if (!url) {
        return std::unexpected(url.error());
    }
    auto publicKey = privateKey.publicKey();
    if (!publicKey) {
        return std::unexpected(publicKey.error());
    }
    // DP-JWK-PUBLIC: only the public members go into the header (toJson(false)); kid/use/key_ops are left out.
    QJsonObject jwk = publicKey->toJson(false);
    for (const char* member : {"kid", "use", "key_ops", "alg"}) {
        jwk.remove(QLatin1StringView(member));
    }
    QString jti = options.jti;
    if (jti.isEmpty()) {
        auto bytes = crypto::Random::bytes(16);
        if (!bytes) {
            return std::unexpected(bytes.error());
        }
        jti = QString::fromLatin1(jose::Base64Url::encode(*bytes));
    }
    // The htu as given, minus query and fragment (RFC 9449 §4.2); the verifier normalises both sides.
    const QString htu = QUrl(options.url).toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::FullyEncoded);
    QJsonObject claims{{QStringLiteral("jti"), jti},
                       {QStringLiteral("htm"), QString::fromLatin1(options.method)},
                       {QStringLiteral("htu"), htu},
                       {QStringLiteral("iat"), options.iat.value_or(Clock::system().nowSecs())}};
    if (!options.accessToken.isEmpty()) {
        claims.insert(QStringLiteral("ath"), accessTokenHash(options.accessToken));
    }
    if (!options.nonce.isEmpty()) {
        claims.insert(QStringLiteral("nonce"), options.nonce);
    }
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
                             {QStringLiteral("alg"), jose::JwsAlgorithms::name(algorithm)},
                             {QStringLiteral("jwk"), jwk}};
    return signRaw(header, claims, privateKey, algorithm);
}

} // namespace authscope::dpop
