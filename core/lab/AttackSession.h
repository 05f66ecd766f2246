#pragma once

#include "core/common/Error.h"
#include "core/http/HttpClientResponse.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"
#include "core/jose/JwsAlgorithm.h"
#include "core/lab/AttackRunner.h"
#include "core/lab/BaitJwksServer.h"
#include "core/lab/HttpProbe.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace authscope::lab {

// One run of the self-attack check: the target, what the preflight learned about it (the token it issues, its
// claims and published keys), and the attacker's own keys and bait server. The attacks of the catalogue are
// handlers over a session: they craft tokens and cookies with its tools and send them with its requests.
class AttackSession final
{
public:
    struct Login
    {
        QByteArray accessToken;
        QByteArray refreshToken;
        QByteArray cookie; // session mode: the cookie value
    };

    AttackSession(const AttackTarget& target, HttpProbe probe);
    Q_DISABLE_COPY_MOVE(AttackSession)

    // The preflight: a JWT login and GET /api/me with its token must work, the JWKS is read when published, the
    // attacker's keys and bait server are made, and a signing key given is checked to be accepted.
    Result<void> prepare();

    // Requests to the target.
    Result<Login> loginJwt();
    Result<Login> loginSession(const QByteArray& carriedCookie = {});
    Result<http::HttpClientResponse> bearer(const QByteArray& token) const;     // GET /api/me with the token
    Result<http::HttpClientResponse> withCookie(const QByteArray& value) const; // GET /api/me with the cookie
    Result<http::HttpClientResponse> refresh(const QByteArray& refreshToken) const;
    Result<http::HttpClientResponse> logout(const HttpProbe::Headers& credentials) const;

    // Tokens. Claims the target would accept from its own key: its iss, aud and sub, fresh iat/exp/jti.
    [[nodiscard]] QJsonObject freshClaims() const;
    // The header of a token of the real signing key (alg, kid, the target's typ).
    [[nodiscard]] QJsonObject realHeader() const;
    // `header` with the target's typ added, when its tokens carry one.
    [[nodiscard]] QJsonObject withTyp(QJsonObject header) const;
    // header.payload.signature with exactly these header and payload bytes, signed by `key`.
    Result<QByteArray> signRaw(const QByteArray& headerText, const QByteArray& payloadText, const jose::Jwk& key,
                               jose::JwsAlgorithm algorithm) const;
    // Exactly these header and payload bytes, signed with the real signing key (needs one).
    Result<QByteArray> signWithRealKey(const QByteArray& headerText, const QByteArray& payloadText) const;
    // `claims` under the real header, signed with the real signing key (needs one).
    Result<QByteArray> signReal(const QJsonObject& claims) const;
    // HS256 over `header` and fresh claims, keyed with `secret` (empty allowed).
    Result<QByteArray> hmacToken(const QJsonObject& header, const QByteArray& secret) const;

    // What the preflight learned.
    [[nodiscard]] const AttackTarget& target() const { return m_target; }
    [[nodiscard]] const HttpProbe& probe() const { return m_probe; }
    [[nodiscard]] const QByteArray& issuedToken() const { return m_issuedToken; }
    [[nodiscard]] const QJsonObject& issuedHeader() const { return m_issuedHeader; }
    [[nodiscard]] const std::optional<jose::JwkSet>& jwks() const { return m_jwks; }
    [[nodiscard]] const QString& jwksProblem() const { return m_jwksProblem; }
    [[nodiscard]] QByteArray cookieName() const { return m_cookieName.toLatin1(); }

    // The real signing key, when the caller gave it; replaced when an attack rotated it.
    [[nodiscard]] const std::optional<jose::Jwk>& signingKey() const { return m_signingKey; }
    void useSigningKey(const jose::Jwk& key);

    // The attacker: an own P-256 key, a self-signed certificate's key, and the bait server for jku/x5u.
    [[nodiscard]] const jose::Jwk& attackerKey() const { return m_attackerKey; }
    [[nodiscard]] const jose::Jwk& certificateKey() const { return m_certificateKey; }
    [[nodiscard]] const BaitJwksServer& bait() const { return m_bait; }

    // Token-crafting helpers.
    [[nodiscard]] static QByteArray b64(QByteArrayView data);
    [[nodiscard]] static QByteArray compactJson(const QJsonObject& object);
    [[nodiscard]] static QByteArray randomId(qsizetype bytes);

private:
    Result<void> learnFromIssuedToken(const QByteArray& accessToken);
    void readJwks();
    Result<void> prepareAttacker();
    Result<void> prepareSigningKey();

    const AttackTarget& m_target;
    HttpProbe m_probe;
    QString m_cookieName = QStringLiteral("sid");

    QByteArray m_issuedToken;
    QJsonObject m_issuedHeader;
    QJsonValue m_issuer;
    QJsonValue m_audience;
    QString m_subject;
    QString m_typ;
    std::optional<jose::JwkSet> m_jwks;
    QString m_jwksProblem;

    std::optional<jose::Jwk> m_signingKey;
    jose::JwsAlgorithm m_signingAlg = jose::JwsAlgorithm::RS256;

    jose::Jwk m_attackerKey;
    jose::Jwk m_certificateKey;
    BaitJwksServer m_bait;
};

} // namespace authscope::lab
