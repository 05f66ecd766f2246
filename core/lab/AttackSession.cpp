#include "core/lab/AttackSession.h"

#include "core/crypto/Hmac.h"
#include "core/crypto/Random.h"
#include "core/crypto/SelfSignedCertificate.h"
#include "core/jose/Base64Url.h"
#include "core/lab/AttackJudge.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace authscope::lab {

namespace {

const QString kMePath = QStringLiteral("/api/me");
const QString kLoginPath = QStringLiteral("/login");
const QString kLogoutPath = QStringLiteral("/logout");
const QString kRefreshPath = QStringLiteral("/token/refresh");
const QString kJwksPath = QStringLiteral("/.well-known/jwks.json");

Error unusable(const QString& message)
{
    return Error{QStringLiteral("lab.target-unusable"), message};
}

} // namespace

AttackSession::AttackSession(const AttackTarget& target, HttpProbe probe) : m_target(target), m_probe(std::move(probe))
{}

QByteArray AttackSession::b64(QByteArrayView data)
{
    return jose::Base64Url::encode(data);
}

QByteArray AttackSession::compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray AttackSession::randomId(qsizetype bytes)
{
    auto random = crypto::Random::bytes(bytes);
    return random ? b64(*random) : QByteArray(bytes * 4 / 3, 'A');
}

Result<http::HttpClientResponse> AttackSession::bearer(const QByteArray& token) const
{
    return m_probe.get(kMePath, {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token}});
}

Result<http::HttpClientResponse> AttackSession::withCookie(const QByteArray& value) const
{
    return m_probe.get(kMePath, {{QByteArrayLiteral("Cookie"), cookieName() + '=' + value}});
}

Result<http::HttpClientResponse> AttackSession::refresh(const QByteArray& refreshToken) const
{
    return m_probe.postJson(kRefreshPath,
                            QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)}});
}

Result<http::HttpClientResponse> AttackSession::logout(const HttpProbe::Headers& credentials) const
{
    return m_probe.send(QByteArrayLiteral("POST"), kLogoutPath, credentials);
}

Result<AttackSession::Login> AttackSession::loginJwt()
{
    auto r =
        m_probe.postJson(kLoginPath, QJsonObject{{QStringLiteral("username"), m_target.username},
                                                 {QStringLiteral("password"), QString::fromUtf8(m_target.password)},
                                                 {QStringLiteral("mode"), QStringLiteral("jwt")}});
    if (!r) {
        return std::unexpected(r.error());
    }
    const QJsonObject body = r->json();
    Login login;
    login.accessToken = body.value(QStringLiteral("access_token")).toString().toLatin1();
    login.refreshToken = body.value(QStringLiteral("refresh_token")).toString().toLatin1();
    if (r->status != 200 || login.accessToken.isEmpty()) {
        return fail(
            QStringLiteral("lab.login"),
            QStringLiteral("JWT login as %1 failed: %2").arg(m_target.username.left(64), AttackJudge::describe(*r)));
    }
    return login;
}

Result<AttackSession::Login> AttackSession::loginSession(const QByteArray& carriedCookie)
{
    HttpProbe::Headers headers;
    if (!carriedCookie.isEmpty()) {
        headers.append({QByteArrayLiteral("Cookie"), cookieName() + '=' + carriedCookie});
    }
    auto r = m_probe.postJson(kLoginPath,
                              QJsonObject{{QStringLiteral("username"), m_target.username},
                                          {QStringLiteral("password"), QString::fromUtf8(m_target.password)},
                                          {QStringLiteral("mode"), QStringLiteral("session")}},
                              headers);
    if (!r) {
        return std::unexpected(r.error());
    }
    Login login;
    // The cookie's name is whatever the target sets (sid, or __Host-sid over TLS).
    const QByteArray setCookie = r->header("set-cookie");
    if (const qsizetype eq = setCookie.indexOf('='); eq > 0) {
        m_cookieName = QString::fromLatin1(setCookie.left(eq));
        login.cookie = r->setCookieValue(setCookie.left(eq));
    }
    if (r->status != 200 || login.cookie.isEmpty()) {
        return fail(QStringLiteral("lab.login"), QStringLiteral("Session login as %1 failed: %2")
                                                     .arg(m_target.username.left(64), AttackJudge::describe(*r)));
    }
    return login;
}

Result<void> AttackSession::prepare()
{
    auto login = loginJwt();
    if (!login) {
        return std::unexpected(unusable(login.error().message));
    }
    auto me = bearer(login->accessToken);
    if (!me) {
        return std::unexpected(unusable(me.error().message));
    }
    if (me->status != 200) {
        return std::unexpected(
            unusable(QStringLiteral("GET /api/me with the token the target just issued was refused (%1): every "
                                    "attack would pass for the wrong reason.")
                         .arg(AttackJudge::describe(*me))));
    }
    if (auto learned = learnFromIssuedToken(login->accessToken); !learned) {
        return learned;
    }
    readJwks();
    if (auto attacker = prepareAttacker(); !attacker) {
        return attacker;
    }
    return prepareSigningKey();
}

Result<void> AttackSession::learnFromIssuedToken(const QByteArray& accessToken)
{
    m_issuedToken = accessToken;
    const QList<QByteArray> parts = m_issuedToken.split('.');
    auto header = parts.size() == 3 ? jose::Base64Url::decode(parts.at(0)) : Result<QByteArray>();
    auto payload = parts.size() == 3 ? jose::Base64Url::decode(parts.at(1)) : Result<QByteArray>();
    if (parts.size() != 3 || !header || !payload) {
        return std::unexpected(unusable(QStringLiteral("The access token the target issues is not a compact JWS.")));
    }
    m_issuedHeader = QJsonDocument::fromJson(*header).object();
    const QJsonObject claims = QJsonDocument::fromJson(*payload).object();
    m_issuer = m_target.issuer.isEmpty() ? claims.value(QStringLiteral("iss")) : QJsonValue(m_target.issuer);
    m_audience = m_target.audience.isEmpty() ? claims.value(QStringLiteral("aud")) : QJsonValue(m_target.audience);
    m_subject = claims.value(QStringLiteral("sub")).toString();
    m_typ = m_issuedHeader.value(QStringLiteral("typ")).toString();
    if (m_subject.isEmpty()) {
        m_subject = m_target.username;
    }
    return {};
}

void AttackSession::readJwks()
{
    // The published keys, for key confusion and the ECDSA row; a target without a JWKS only skips those rows.
    if (auto jwks = m_probe.get(kJwksPath); !jwks) {
        m_jwksProblem = jwks.error().message;
    } else if (jwks->status != 200) {
        m_jwksProblem = QStringLiteral("GET %1 answered %2").arg(kJwksPath, AttackJudge::describe(*jwks));
    } else if (auto set = jose::JwkSet::fromJsonText(jwks->body); !set) {
        m_jwksProblem = QStringLiteral("The target's JWKS does not parse: %1").arg(set.error().message);
    } else {
        m_jwks = *set;
    }
}

Result<void> AttackSession::prepareAttacker()
{
    jose::Jwk::GenerateOptions options;
    options.type = jose::KeyType::Ec;
    options.kid = QStringLiteral("authscope-attacker");
    auto attacker = jose::Jwk::generate(options);
    if (!attacker) {
        return std::unexpected(attacker.error());
    }
    m_attackerKey = *attacker;
    auto certificate = crypto::SelfSignedCertificate::generate(QStringLiteral("authscope-attacker"), 1);
    if (!certificate) {
        return std::unexpected(certificate.error());
    }
    auto certificateKey = jose::Jwk::fromPem(certificate->privateKeyPem);
    if (!certificateKey) {
        return std::unexpected(certificateKey.error());
    }
    m_certificateKey = *certificateKey;
    m_certificateKey.setKid(QStringLiteral("authscope-attacker-x5u"));
    auto attackerPublic = m_attackerKey.publicKey();
    if (!attackerPublic) {
        return std::unexpected(attackerPublic.error());
    }
    const QByteArray baitJwks =
        compactJson(QJsonObject{{QStringLiteral("keys"), QJsonArray{attackerPublic->toJson(false)}}});
    return m_bait.start(baitJwks, certificate->certificatePem);
}

Result<void> AttackSession::prepareSigningKey()
{
    if (!m_target.signingKey) {
        return {};
    }
    jose::Jwk key = *m_target.signingKey;
    if (!key.isPrivate()) {
        return fail(QStringLiteral("lab.key-not-accepted"),
                    QStringLiteral("The signing key given is a public key; the claim attacks need the private key."));
    }
    // A PEM key has no kid: find it in the target's JWKS by thumbprint, else use the issued token's.
    if (key.kid().isEmpty()) {
        QString kid;
        if (m_jwks && !key.isSymmetric()) {
            const auto mine = key.thumbprintBase64Url();
            for (const jose::Jwk& published : m_jwks->keys()) {
                const auto theirs = published.thumbprintBase64Url();
                if (mine && theirs && *mine == *theirs) {
                    kid = published.kid();
                    if (key.alg().isEmpty() && !published.alg().isEmpty()) {
                        key.setAlg(published.alg());
                    }
                }
            }
        }
        if (kid.isEmpty()) {
            kid = m_issuedHeader.value(QStringLiteral("kid")).toString();
        }
        key.setKid(kid);
    }
    std::optional<jose::JwsAlgorithm> alg;
    if (!key.alg().isEmpty()) {
        alg = jose::JwsAlgorithms::fromName(key.alg());
    }
    if (!alg) {
        const auto issued = jose::JwsAlgorithms::fromName(m_issuedHeader.value(QStringLiteral("alg")).toString());
        if (issued && key.fitsType(*issued)) {
            alg = issued;
        } else if (const auto pinned = key.pinnedAlgorithms(); !pinned.isEmpty()) {
            alg = pinned.constFirst();
        }
    }
    if (!alg) {
        return fail(QStringLiteral("lab.key-not-accepted"), QStringLiteral("The signing key given can sign nothing."));
    }
    m_signingKey = key;
    m_signingAlg = *alg;
    // The control: a well-formed token of this key must be accepted, or every claim row would pass for the wrong
    // reason (a bad signature, not the claim).
    auto token = signReal(freshClaims());
    if (!token) {
        return fail(QStringLiteral("lab.key-not-accepted"),
                    QStringLiteral("Cannot sign with the key given: %1").arg(token.error().message));
    }
    auto me = bearer(*token);
    if (!me) {
        return std::unexpected(me.error());
    }
    if (me->status != 200) {
        return fail(QStringLiteral("lab.key-not-accepted"),
                    QStringLiteral("A well-formed token signed with the key given (kid '%1', %2) was refused: %3. "
                                   "Is it the target's active signing key?")
                        .arg(key.kid().left(80), jose::JwsAlgorithms::name(m_signingAlg), AttackJudge::describe(*me)));
    }
    return {};
}

void AttackSession::useSigningKey(const jose::Jwk& key)
{
    m_signingKey = key;
    if (const auto alg = jose::JwsAlgorithms::fromName(key.alg()); alg) {
        m_signingAlg = *alg;
    } else if (const auto pinned = key.pinnedAlgorithms(); !pinned.isEmpty()) {
        m_signingAlg = pinned.constFirst();
    }
}

QJsonObject AttackSession::freshClaims() const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("sub"), m_subject},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + 300},
                       {QStringLiteral("jti"), QString::fromLatin1(randomId(16))}};
    if (!m_issuer.isUndefined()) {
        claims.insert(QStringLiteral("iss"), m_issuer);
    }
    if (!m_audience.isUndefined()) {
        claims.insert(QStringLiteral("aud"), m_audience);
    }
    return claims;
}

QJsonObject AttackSession::withTyp(QJsonObject header) const
{
    if (!m_typ.isEmpty()) {
        header.insert(QStringLiteral("typ"), m_typ);
    }
    return header;
}

QJsonObject AttackSession::realHeader() const
{
    QJsonObject header{{QStringLiteral("alg"), jose::JwsAlgorithms::name(m_signingAlg)}};
    if (m_signingKey && !m_signingKey->kid().isEmpty()) {
        header.insert(QStringLiteral("kid"), m_signingKey->kid());
    }
    return withTyp(header);
}

Result<QByteArray> AttackSession::signRaw(const QByteArray& headerText, const QByteArray& payloadText,
                                          const jose::Jwk& key, jose::JwsAlgorithm algorithm) const
{
    const QByteArray input = b64(headerText) + '.' + b64(payloadText);
    auto signature = key.sign(algorithm, input);
    if (!signature) {
        return std::unexpected(signature.error());
    }
    return input + '.' + b64(*signature);
}

Result<QByteArray> AttackSession::signWithRealKey(const QByteArray& headerText, const QByteArray& payloadText) const
{
    return signRaw(headerText, payloadText, *m_signingKey, m_signingAlg);
}

Result<QByteArray> AttackSession::signReal(const QJsonObject& claims) const
{
    return signWithRealKey(compactJson(realHeader()), compactJson(claims));
}

Result<QByteArray> AttackSession::hmacToken(const QJsonObject& header, const QByteArray& secret) const
{
    const QByteArray input = b64(compactJson(header)) + '.' + b64(compactJson(freshClaims()));
    auto mac = crypto::Hmac::compute(crypto::DigestAlgorithm::Sha256, secret, input);
    if (!mac && secret.isEmpty()) {
        // OpenSSL may refuse an empty HMAC key; a single zero byte gives the same HMAC (keys are zero-padded).
        mac = crypto::Hmac::compute(crypto::DigestAlgorithm::Sha256, QByteArray(1, '\0'), input);
    }
    if (!mac) {
        return std::unexpected(mac.error());
    }
    return input + '.' + b64(*mac);
}

} // namespace authscope::lab
