#include "core/lab/SessionAttacks.h"

#include "core/lab/AttackJudge.h"
#include "core/lab/AttackSession.h"

namespace authscope::lab {

namespace {

using Outcome = AttackResult::Outcome;

QString gotOf(const Result<http::HttpClientResponse>& response)
{
    return response ? AttackJudge::describe(*response) : QStringLiteral("no answer");
}

// A refresh token used twice; with `family`, the legitimately rotated one after that replay.
AttackResult replayRefreshToken(AttackSession& session, const AttackSpec& attack, bool family)
{
    auto login = session.loginJwt();
    if (!login) {
        return AttackJudge::error(attack, login.error().message);
    }
    if (login->refreshToken.isEmpty()) {
        return AttackJudge::skipped(attack, QStringLiteral("The target issues no refresh token."));
    }
    auto first = session.refresh(login->refreshToken);
    const QByteArray rotated =
        first ? first->json().value(QStringLiteral("refresh_token")).toString().toLatin1() : QByteArray();
    if (!first || first->status != 200) {
        return AttackJudge::finish(
            attack, Outcome::Error, gotOf(first),
            QStringLiteral("Control failed: the first use of a fresh refresh token was refused."));
    }
    auto replay = session.refresh(login->refreshToken);
    if (!family) {
        return AttackJudge::judge(attack, replay);
    }
    if (rotated.isEmpty() || rotated == login->refreshToken) {
        return AttackJudge::skipped(
            attack, QStringLiteral("The target does not rotate refresh tokens, so there is no family to end."));
    }
    AttackResult r = AttackJudge::judge(attack, session.refresh(rotated));
    AttackJudge::addNote(r.detail, QStringLiteral("The replay was answered %1.")
                                       .arg(replay ? QString::number(replay->status) : QStringLiteral("with nothing")));
    return r;
}

// The session ID from before a login, sent again; a login that kept it (`kept`) fails the row whatever the answer,
// and `why` says so first.
AttackResult judgeOldId(AttackSession& session, const AttackSpec& attack, const QByteArray& oldId, bool kept,
                        const QString& why)
{
    AttackResult r = AttackJudge::judge(attack, session.withCookie(oldId));
    if (kept) {
        r.outcome = Outcome::Accepted;
        r.detail = why + r.detail;
    }
    return r;
}

} // namespace

AttackResult SessionAttacks::forgedSessionId(AttackSession& session, const AttackSpec& attack)
{
    return AttackJudge::judge(attack, session.withCookie(AttackSession::randomId(32)));
}

AttackResult SessionAttacks::sqlInjectionSessionId(AttackSession& session, const AttackSpec& attack)
{
    return AttackJudge::judge(attack, session.withCookie(QByteArrayLiteral("' OR '1'='1' --")));
}

AttackResult SessionAttacks::sessionFixation(AttackSession& session, const AttackSpec& attack)
{
    // The attacker plants an ID of its choosing before the victim logs in; the login must not adopt it.
    const QByteArray planted = AttackSession::randomId(32);
    auto login = session.loginSession(planted);
    if (!login) {
        return AttackJudge::error(attack, login.error().message);
    }
    return judgeOldId(session, attack, planted, login->cookie == planted,
                      QStringLiteral("The login kept the session ID the client brought. "));
}

AttackResult SessionAttacks::sessionAfterRelogin(AttackSession& session, const AttackSpec& attack)
{
    auto first = session.loginSession();
    if (!first) {
        return AttackJudge::error(attack, first.error().message);
    }
    auto second = session.loginSession(first->cookie);
    if (!second) {
        return AttackJudge::error(attack, second.error().message);
    }
    return judgeOldId(session, attack, first->cookie, second->cookie == first->cookie,
                      QStringLiteral("Logging in again kept the same session ID. "));
}

AttackResult SessionAttacks::sessionAfterLogout(AttackSession& session, const AttackSpec& attack)
{
    auto login = session.loginSession();
    if (!login) {
        return AttackJudge::error(attack, login.error().message);
    }
    auto before = session.withCookie(login->cookie);
    if (!before || before->status != 200) {
        return AttackJudge::finish(attack, Outcome::Error, gotOf(before),
                                   QStringLiteral("Control failed: the fresh session cookie was refused."));
    }
    auto out = session.logout({{QByteArrayLiteral("Cookie"), session.cookieName() + '=' + login->cookie}});
    if (!out || out->status != 200) {
        return AttackJudge::finish(attack, Outcome::Error, gotOf(out),
                                   QStringLiteral("Logout with the session cookie failed."));
    }
    return AttackJudge::judge(attack, session.withCookie(login->cookie));
}

AttackResult SessionAttacks::jwtAfterLogout(AttackSession& session, const AttackSpec& attack)
{
    auto login = session.loginJwt();
    if (!login) {
        return AttackJudge::error(attack, login.error().message);
    }
    auto out =
        session.logout({{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + login->accessToken}});
    if (!out || out->status != 200) {
        return AttackJudge::finish(attack, Outcome::Error, gotOf(out),
                                   QStringLiteral("Logout with the bearer token failed."));
    }
    return AttackJudge::judge(attack, session.bearer(login->accessToken));
}

AttackResult SessionAttacks::refreshReplay(AttackSession& session, const AttackSpec& attack)
{
    return replayRefreshToken(session, attack, false);
}

AttackResult SessionAttacks::refreshFamilyAfterReuse(AttackSession& session, const AttackSpec& attack)
{
    return replayRefreshToken(session, attack, true);
}

} // namespace authscope::lab
