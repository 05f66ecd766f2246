// JWTs the server issued: the deny-list by (iss, jti) until exp, the per-user not-before, and their ties to
// sessions (T-DENY-JTI, S-REVOKE-NOW).
#include "tests/unit/sessions/SessionsTestEnv.h"

#include "core/sessions/IssuedTokenRegistry.h"

#include <QTest>

using namespace authscope;
using namespace authscope::test;

namespace {

const QString kIssuer = QStringLiteral("https://authscope.test");

NewSession jwtSession(qint64 userId)
{
    NewSession s = sessionOf(userId, QStringLiteral("100.64.1.2"), QStringLiteral("okhttp/4.12.0"));
    s.method = AuthMethod::Jwt;
    return s;
}

NewIssuedToken token(const QString& jti, qint64 userId, std::optional<qint64> sessionId, qint64 issuedMs,
                     qint64 lifetimeMs = 900'000)
{
    return NewIssuedToken{kIssuer, jti, sessionId, userId, QStringLiteral("key-2026"), issuedMs, issuedMs + lifetimeMs};
}

TokenReference reference(const QString& jti, const QString& subject, qint64 issuedAtMs,
                         std::optional<qint64> sessionId = std::nullopt)
{
    return TokenReference{kIssuer, jti, subject, issuedAtMs, sessionId};
}

// alice with one JWT-method session in a fresh store, and the issued-token registry on the same database.
struct AliceJwtSession
{
    SessionsTestEnv env;
    qint64 alice = env.addUser(QStringLiteral("alice"));
    std::unique_ptr<SessionStore> store = env.makeStore();
    Result<CreatedSession> s = store->create(jwtSession(alice));
    IssuedTokenRegistry registry{*env.db, *env.audit, env.clock};
};

} // namespace

class tst_IssuedTokenRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordAndCheck()
    {
        AliceJwtSession w;
        auto& [env, alice, store, s, registry] = w;
        auto t = registry.record(token(QStringLiteral("jti-1"), alice, s->session.id, kStartMs));
        VERIFY_OK(t);
        QCOMPARE(t->userName, QStringLiteral("alice"));
        QCOMPARE(t->sessionId.value_or(0), s->session.id);
        QVERIFY(t->isLive(kStartMs));
        QCOMPARE(*registry.check(reference(QStringLiteral("jti-1"), QStringLiteral("alice"), kStartMs, s->session.id)),
                 TokenVerdict::Allowed);
        QCOMPARE(store->find(s->session.id)->liveTokens, 1);
        QCOMPARE(env.auditCount(QStringLiteral("token.issue"), QStringLiteral("session:%1").arg(s->session.id)), 1);

        QCOMPARE(registry.record(token(QStringLiteral("jti-1"), alice, s->session.id, kStartMs)).error().code,
                 QStringLiteral("tokens.duplicate-jti"));
        const qint64 bob = env.addUser(QStringLiteral("bob"));
        QCOMPARE(registry.record(token(QStringLiteral("jti-2"), bob, s->session.id, kStartMs)).error().code,
                 QStringLiteral("tokens.bad-session"));
        QCOMPARE(registry.record(token(QString(), alice, {}, kStartMs)).error().code,
                 QStringLiteral("tokens.bad-claim"));
        QCOMPARE(registry.record(token(QStringLiteral("jti-3"), alice, {}, kStartMs, 0)).error().code,
                 QStringLiteral("tokens.bad-claim"));
        QCOMPARE(registry.record(token(QStringLiteral("jti-4"), 4242, {}, kStartMs)).error().code,
                 QStringLiteral("users.not-found"));
    }

    void revokingTheSessionDenyListsItsTokens()
    {
        AliceStore w;
        auto& [env, alice, store] = w;
        auto s = store->create(jwtSession(alice));
        auto other = store->create(jwtSession(alice));
        IssuedTokenRegistry registry(*env.db, *env.audit, env.clock);
        QVERIFY(registry.record(token(QStringLiteral("a"), alice, s->session.id, kStartMs)));
        QVERIFY(registry.record(token(QStringLiteral("b"), alice, s->session.id, kStartMs)));
        QVERIFY(registry.record(token(QStringLiteral("c"), alice, other->session.id, kStartMs)));
        QVERIFY(*store->revoke(s->session.id, QStringLiteral("stolen laptop")));

        // Checked without the sid, as a verifier that ignores it would: the deny-list still refuses them.
        QCOMPARE(*registry.check(reference(QStringLiteral("a"), QStringLiteral("alice"), kStartMs)),
                 TokenVerdict::Denied);
        QCOMPARE(*registry.check(reference(QStringLiteral("b"), QStringLiteral("alice"), kStartMs)),
                 TokenVerdict::Denied);
        QCOMPARE(*registry.check(reference(QStringLiteral("c"), QStringLiteral("alice"), kStartMs, other->session.id)),
                 TokenVerdict::Allowed);
        QCOMPARE(*registry.denyListSize(), 2);
        auto listed = registry.forSession(s->session.id);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        for (const IssuedToken& t : std::as_const(*listed)) {
            QVERIFY(t.denied);
            QVERIFY(t.revokedMs.has_value());
            QVERIFY(!t.isLive(kStartMs));
        }
        QCOMPARE(store->find(s->session.id)->liveTokens, 0);
        QCOMPARE(store->find(other->session.id)->liveTokens, 1);
    }

    void sidOfARevokedSession()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        const qint64 bob = env.addUser(QStringLiteral("bob"));
        auto store = env.makeStore();
        auto s = store->create(jwtSession(alice));
        auto bobs = store->create(jwtSession(bob));
        IssuedTokenRegistry registry(*env.db, *env.audit, env.clock);
        QVERIFY(*store->revoke(s->session.id, {}));
        // A token the registry never saw (issued by another node, say) that names the revoked session.
        QCOMPARE(*registry.check(reference(QStringLiteral("unseen"), QStringLiteral("alice"), kStartMs, s->session.id)),
                 TokenVerdict::SessionRevoked);
        // A sid of someone else's session is no better.
        QCOMPARE(*registry.check(reference(QStringLiteral("x"), QStringLiteral("alice"), kStartMs, bobs->session.id)),
                 TokenVerdict::SessionRevoked);
        QCOMPARE(*registry.check(reference(QStringLiteral("x"), QStringLiteral("alice"), kStartMs, 99999)),
                 TokenVerdict::SessionRevoked);
    }

    void denyArbitraryTokenUntilExpiry()
    {
        SessionsTestEnv env;
        env.addUser(QStringLiteral("alice"));
        IssuedTokenRegistry registry(*env.db, *env.audit, env.clock);
        const qint64 exp = kStartMs + 600'000;
        QCOMPARE(*registry.deny(kIssuer, QStringLiteral("foreign"), exp, QStringLiteral("leaked in a log")), true);
        QCOMPARE(*registry.deny(kIssuer, QStringLiteral("foreign"), exp, QStringLiteral("again")), false);
        QCOMPARE(*registry.check(reference(QStringLiteral("foreign"), QStringLiteral("alice"), kStartMs)),
                 TokenVerdict::Denied);
        // Another issuer's token with the same jti is a different token.
        QCOMPARE(*registry.check(TokenReference{QStringLiteral("https://other.test"),
                                                QStringLiteral("foreign"),
                                                QStringLiteral("alice"),
                                                kStartMs,
                                                {}}),
                 TokenVerdict::Allowed);
        QCOMPARE(env.auditCount(QStringLiteral("token.deny")), 1);
        QCOMPARE(registry.deny(kIssuer, QStringLiteral("old"), kStartMs - 1, {}).error().code,
                 QStringLiteral("tokens.expired"));

        // The entry stays until the token expires (plus the largest leeway), then purge drops it.
        auto store = env.makeStore();
        env.clock.setMs(exp + 60'000);
        QCOMPARE(store->purge(env.clock.nowMs())->denyListEntries, 0);
        env.clock.setMs(exp + 301'000);
        QCOMPARE(store->purge(env.clock.nowMs())->denyListEntries, 1);
        QCOMPARE(*registry.denyListSize(), 0);
    }

    void notBefore()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        IssuedTokenRegistry registry(*env.db, *env.audit, env.clock);
        QCOMPARE(*registry.check(reference(QStringLiteral("t1"), QStringLiteral("alice"), kStartMs - 5000)),
                 TokenVerdict::Allowed);
        QVERIFY(registry.setNotBefore(alice, kStartMs));
        QCOMPARE(*registry.check(reference(QStringLiteral("t1"), QStringLiteral("alice"), kStartMs - 5000)),
                 TokenVerdict::IssuedBeforeNotBefore);
        QCOMPARE(*registry.check(reference(QStringLiteral("t2"), QStringLiteral("alice"), kStartMs)),
                 TokenVerdict::Allowed);
        QCOMPARE(env.auditCount(QStringLiteral("token.not-before"), QStringLiteral("user:alice")), 1);
        QCOMPARE(registry.setNotBefore(4242, kStartMs).error().code, QStringLiteral("users.not-found"));
    }

    void revokeUserPushesNotBefore()
    {
        AliceStore w;
        auto& [env, alice, store] = w;
        IssuedTokenRegistry registry(*env.db, *env.audit, env.clock);
        QVERIFY(registry.record(token(QStringLiteral("recorded"), alice, {}, kStartMs - 1000)));
        env.clock.advanceSecs(10);
        QCOMPARE(*store->revokeUser(alice, QStringLiteral("compromised")), 0);
        QCOMPARE(*registry.check(reference(QStringLiteral("recorded"), QStringLiteral("alice"), kStartMs - 1000)),
                 TokenVerdict::Denied);
        // Never recorded, issued before the push: refused by the not-before alone.
        QCOMPARE(*registry.check(reference(QStringLiteral("unrecorded"), QStringLiteral("alice"), kStartMs)),
                 TokenVerdict::IssuedBeforeNotBefore);
        QCOMPARE(*registry.check(reference(QStringLiteral("new"), QStringLiteral("alice"), env.clock.nowMs())),
                 TokenVerdict::Allowed);
    }

    void usersThatCannotHoldTokens()
    {
        SessionsTestEnv env;
        env.addUser(QStringLiteral("alice"));
        IssuedTokenRegistry registry(*env.db, *env.audit, env.clock);
        QCOMPARE(*registry.check(reference(QStringLiteral("t"), QStringLiteral("nobody"), kStartMs)),
                 TokenVerdict::UnknownUser);
        QVERIFY(env.users->setDisabled(QStringLiteral("alice"), true));
        env.clock.advanceSecs(1);
        QCOMPARE(*registry.check(reference(QStringLiteral("t"), QStringLiteral("alice"), env.clock.nowMs())),
                 TokenVerdict::UserDisabled);
        QCOMPARE(tokenVerdictName(TokenVerdict::UserDisabled), QStringLiteral("user-disabled"));
    }

    void purgedSessionKeepsTokenHistory()
    {
        AliceJwtSession w;
        auto& [env, alice, store, s, registry] = w;
        QVERIFY(registry.record(token(QStringLiteral("long"), alice, s->session.id, kStartMs, 30LL * 86400 * 1000)));
        QVERIFY(*store->revoke(s->session.id, {}));
        env.clock.advanceSecs(2 * 86400);
        auto report = store->purge(env.clock.nowMs() - 86400 * 1000LL);
        QCOMPARE(report->sessions, 1);
        QCOMPARE(report->tokens, 0);
        auto tokens = registry.forUser(alice);
        QVERIFY(tokens);
        QCOMPARE(tokens->size(), 1);
        QVERIFY(!tokens->constFirst().sessionId.has_value());
        QCOMPARE(*registry.check(reference(QStringLiteral("long"), QStringLiteral("alice"), kStartMs)),
                 TokenVerdict::Denied);
    }
};

QTEST_GUILESS_MAIN(tst_IssuedTokenRegistry)
#include "tst_issuedtokenregistry.moc"
