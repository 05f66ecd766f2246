#include "core/lab/ClaimAttacks.h"

#include "core/lab/AttackJudge.h"
#include "core/lab/AttackSession.h"

#include <QDateTime>
#include <QJsonArray>

namespace authscope::lab {

namespace {

constexpr qsizetype kOversizedBytes = 17 * 1024; // above the 16 KiB cap of T-STRICT-INPUT
constexpr int kNestingDepth = 64;                // far above the JSON depth cap (16)

// Appends `member` ("\"name\":value") to the JSON object text `object`.
QByteArray withMember(QByteArray object, const QByteArray& member)
{
    object.chop(1);
    return object + (object.size() > 1 ? "," : "") + member + '}';
}

AttackResult signedWithRealKey(AttackSession& session, const AttackSpec& attack, const QByteArray& headerText,
                               const QByteArray& payloadText, bool sizeLimit = false, const QString& note = {})
{
    auto token = session.signWithRealKey(headerText, payloadText);
    if (!token) {
        return AttackJudge::error(attack, token.error().message);
    }
    AttackResult r = AttackJudge::judge(attack, session.bearer(*token), sizeLimit);
    AttackJudge::addNote(r.detail, note);
    return r;
}

// Fresh claims with one change, under the real header.
AttackResult withClaims(AttackSession& session, const AttackSpec& attack, const QJsonObject& claims)
{
    return signedWithRealKey(session, attack, AttackSession::compactJson(session.realHeader()),
                             AttackSession::compactJson(claims));
}

// The real header with one change, over fresh claims.
AttackResult withHeader(AttackSession& session, const AttackSpec& attack, const QByteArray& headerText)
{
    return signedWithRealKey(session, attack, headerText, AttackSession::compactJson(session.freshClaims()));
}

// Claims padded beyond the size cap, or (`nested`) nested beyond the JSON depth cap; signed with the real key when
// known.
AttackResult oversized(AttackSession& session, const AttackSpec& attack, bool nested)
{
    QByteArray payload = AttackSession::compactJson(session.freshClaims());
    if (nested) {
        payload = withMember(payload, "\"nest\":" + QByteArray("{\"a\":").repeated(kNestingDepth) + "0" +
                                          QByteArray("}").repeated(kNestingDepth));
    } else {
        payload = withMember(payload, "\"pad\":\"" + QByteArray(kOversizedBytes, 'A') + '"');
    }
    if (session.signingKey()) {
        return signedWithRealKey(session, attack, AttackSession::compactJson(session.realHeader()), payload, !nested);
    }
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")},
                             {QStringLiteral("kid"), session.attackerKey().kid()}};
    auto token =
        session.signRaw(AttackSession::compactJson(header), payload, session.attackerKey(), jose::JwsAlgorithm::ES256);
    if (!token) {
        return AttackJudge::error(attack, token.error().message);
    }
    AttackResult r = AttackJudge::judge(attack, session.bearer(*token), !nested);
    AttackJudge::addNote(r.detail, QStringLiteral("Signed with an attacker key (no --key): the signature check may be "
                                                  "what refused it."));
    return r;
}

} // namespace

AttackResult ClaimAttacks::unknownCrit(AttackSession& session, const AttackSpec& attack)
{
    QJsonObject header = session.realHeader();
    header.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("urn:authscope:attack")});
    header.insert(QStringLiteral("urn:authscope:attack"), true);
    return withHeader(session, attack, AttackSession::compactJson(header));
}

AttackResult ClaimAttacks::b64False(AttackSession& session, const AttackSpec& attack)
{
    // The payload stays base64url: whether or not b64 is honoured, the signature verifies, so only the rule
    // "a JWT with b64: false is rejected" can refuse it.
    QJsonObject header = session.realHeader();
    header.insert(QStringLiteral("b64"), false);
    header.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")});
    return withHeader(session, attack, AttackSession::compactJson(header));
}

AttackResult ClaimAttacks::duplicateHeader(AttackSession& session, const AttackSpec& attack)
{
    QByteArray header = AttackSession::compactJson(session.realHeader());
    header.insert(1, QByteArrayLiteral("\"alg\":\"none\","));
    return withHeader(session, attack, header);
}

AttackResult ClaimAttacks::duplicateClaims(AttackSession& session, const AttackSpec& attack)
{
    // A parser that keeps the last member reads a valid token; the first sub says admin.
    QByteArray payload = AttackSession::compactJson(session.freshClaims());
    payload.insert(1, QByteArrayLiteral("\"sub\":\"admin\","));
    return signedWithRealKey(session, attack, AttackSession::compactJson(session.realHeader()), payload);
}

AttackResult ClaimAttacks::expired(AttackSession& session, const AttackSpec& attack)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims = session.freshClaims();
    claims.insert(QStringLiteral("iat"), now - 7200);
    claims.insert(QStringLiteral("exp"), now - 3600);
    return withClaims(session, attack, claims);
}

AttackResult ClaimAttacks::notYetValid(AttackSession& session, const AttackSpec& attack)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims = session.freshClaims();
    claims.insert(QStringLiteral("nbf"), now + 3600);
    return withClaims(session, attack, claims);
}

AttackResult ClaimAttacks::noExpiry(AttackSession& session, const AttackSpec& attack)
{
    QJsonObject claims = session.freshClaims();
    claims.remove(QStringLiteral("exp"));
    return withClaims(session, attack, claims);
}

AttackResult ClaimAttacks::wrongAudience(AttackSession& session, const AttackSpec& attack)
{
    QJsonObject claims = session.freshClaims();
    claims.insert(QStringLiteral("aud"), QStringLiteral("authscope-attack-other-api"));
    return withClaims(session, attack, claims);
}

AttackResult ClaimAttacks::wrongIssuer(AttackSession& session, const AttackSpec& attack)
{
    QJsonObject claims = session.freshClaims();
    claims.insert(QStringLiteral("iss"), QStringLiteral("https://attacker.invalid"));
    return withClaims(session, attack, claims);
}

AttackResult ClaimAttacks::oversizedToken(AttackSession& session, const AttackSpec& attack)
{
    return oversized(session, attack, false);
}

AttackResult ClaimAttacks::deeplyNested(AttackSession& session, const AttackSpec& attack)
{
    return oversized(session, attack, true);
}

} // namespace authscope::lab
