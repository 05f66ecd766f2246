#include "core/lab/LogoutAttacks.h"

#include "core/lab/AttackJudge.h"
#include "core/lab/AttackSession.h"
#include "core/logout/LogoutToken.h"

#include <QUrl>

#include <functional>

namespace authscope::lab {

namespace {

using Outcome = AttackResult::Outcome;
using Change = std::function<void(QJsonObject&)>;

// A logout token of the target's issuer, signed with its real key: B-TOKEN's claims for a session nobody has (so an
// accepted one ends nothing), changed by `change`.
Result<QByteArray> logoutToken(const AttackSession& session, const Change& change = {})
{
    QJsonObject claims = session.freshClaims();
    claims.insert(QStringLiteral("aud"), QString(logout::LogoutToken::DefaultAudience));
    claims.insert(QStringLiteral("exp"), claims.value(QStringLiteral("iat")).toInteger() + 120);
    claims.insert(QStringLiteral("jti"), QString::fromLatin1(AttackSession::randomId(16)));
    claims.insert(QStringLiteral("sid"),
                  QString(QStringLiteral("lab-") + QString::fromLatin1(AttackSession::randomId(8))));
    claims.insert(QStringLiteral("events"), QJsonObject{{QString(logout::LogoutToken::Event), QJsonObject()}});
    if (change) {
        change(claims);
    }
    QJsonObject header = session.realHeader();
    header.insert(QStringLiteral("typ"), QString(logout::LogoutToken::Type));
    return session.signWithRealKey(AttackSession::compactJson(header), AttackSession::compactJson(claims));
}

Result<http::HttpClientResponse> post(const AttackSession& session, const QByteArray& token)
{
    return session.probe().send(
        QByteArrayLiteral("POST"), QStringLiteral("/backchannel-logout"),
        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}},
        "logout_token=" + QUrl::toPercentEncoding(QString::fromLatin1(token)));
}

// The control: a valid logout token must be accepted; else the row is skipped (no relying party side) or an error.
std::optional<AttackResult> control(const AttackSession& session, const AttackSpec& attack, QByteArray* token = nullptr)
{
    auto valid = logoutToken(session);
    if (!valid) {
        return AttackJudge::error(attack, valid.error().message);
    }
    auto answer = post(session, *valid);
    if (!answer) {
        return AttackJudge::error(attack, answer.error().message);
    }
    if (answer->status == 404 || answer->status == 405) {
        return AttackJudge::skipped(attack, QStringLiteral("The target has no POST /backchannel-logout."));
    }
    if (answer->status == 400 &&
        answer->json().value(QStringLiteral("reason")).toString() == QStringLiteral("logout.issuer")) {
        return AttackJudge::skipped(attack, QStringLiteral("The target does not take logout tokens from its own issuer "
                                                           "(save it with authscope-cli issuers add)."));
    }
    if (answer->status != 200) {
        return AttackJudge::finish(attack, Outcome::Error, AttackJudge::describe(*answer),
                                   QStringLiteral("Control failed: a valid logout token was refused."));
    }
    if (token != nullptr) {
        *token = *valid;
    }
    return std::nullopt;
}

AttackResult changed(AttackSession& session, const AttackSpec& attack, const Change& change)
{
    if (auto failed = control(session, attack)) {
        return *failed;
    }
    auto token = logoutToken(session, change);
    if (!token) {
        return AttackJudge::error(attack, token.error().message);
    }
    return AttackJudge::judge(attack, post(session, *token));
}

} // namespace

AttackResult LogoutAttacks::withNonce(AttackSession& session, const AttackSpec& attack)
{
    return changed(session, attack, [](QJsonObject& claims) {
        claims.insert(QStringLiteral("nonce"), QString::fromLatin1(AttackSession::randomId(16)));
    });
}

AttackResult LogoutAttacks::replayed(AttackSession& session, const AttackSpec& attack)
{
    QByteArray accepted;
    if (auto failed = control(session, attack, &accepted)) {
        return *failed;
    }
    return AttackJudge::judge(attack, post(session, accepted));
}

AttackResult LogoutAttacks::wrongAudience(AttackSession& session, const AttackSpec& attack)
{
    return changed(session, attack, [](QJsonObject& claims) {
        claims.insert(QStringLiteral("aud"), QStringLiteral("another-relying-party"));
    });
}

AttackResult LogoutAttacks::withoutEvents(AttackSession& session, const AttackSpec& attack)
{
    return changed(session, attack, [](QJsonObject& claims) { claims.remove(QStringLiteral("events")); });
}

} // namespace authscope::lab
