#include "core/lab/SessionAttacks.h"

#include "core/lab/AttackJudge.h"
#include "core/lab/AttackSession.h"

namespace authscope::lab {

namespace {

using Outcome = AttackResult::Outcome;

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
    if (auto refused = AttackJudge::controlRefused(
            attack, first, QStringLiteral("Control failed: the first use of a fresh refresh token was refused."))) {
        return *refused;
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

// A login that brings the session ID `oldId`, then `oldId` sent again; a login that kept it fails the row whatever
// the answer, and `why` says so first.
AttackResult loginBringing(AttackSession& session, const AttackSpec& attack, const QByteArray& oldId,
                           const QString& why)
{
    auto login = session.loginSession(oldId);
    if (!login) {
        return AttackJudge::error(attack, login.error().message);
    }
    AttackResult r = AttackJudge::judge(attack, session.withCookie(oldId));
    if (login->cookie == oldId) {
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
    return loginBringing(session, attack, AttackSession::randomId(32),
                         QStringLiteral("The login kept the session ID the client brought. "));
}

AttackResult SessionAttacks::sessionAfterRelogin(AttackSession& session, const AttackSpec& attack)
{
    auto first = session.loginSession();
    if (!first) {
        return AttackJudge::error(attack, first.error().message);
    }
    return loginBringing(session, attack, first->cookie, QStringLiteral("Logging in again kept the same session ID. "));
}

AttackResult SessionAttacks::sessionAfterLogout(AttackSession& session, const AttackSpec& attack)
{
    auto login = session.loginSession();
    if (!login) {
        return AttackJudge::error(attack, login.error().message);
    }
    auto before = session.withCookie(login->cookie);
    if (auto refused = AttackJudge::controlRefused(
            attack, before, QStringLiteral("Control failed: the fresh session cookie was refused."))) {
        return *refused;
    }
    auto out = session.logout({{QByteArrayLiteral("Cookie"), session.cookieName() + '=' + login->cookie}});
    if (auto refused =
            AttackJudge::controlRefused(attack, out, QStringLiteral("Logout with the session cookie failed."))) {
        return *refused;
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
    if (auto refused =
            AttackJudge::controlRefused(attack, out, QStringLiteral("Logout with the bearer token failed."))) {
        return *refused;
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
