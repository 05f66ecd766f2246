// The session store on a fake clock: creation, validation, timeouts, the administrator's operations and their
// audit rows, and that the secret ID never reaches the database.
#include "tests/unit/sessions/SessionsTestEnv.h"

#include "core/sessions/SessionToken.h"

#include <QFile>
#include <QTest>

using namespace authscope;
using namespace authscope::test;
using Verdict = SessionValidation::Verdict;

class tst_SessionStore final : public QObject
{
    Q_OBJECT

private:
    static NewSession sessionFor(qint64 userId)
    {
        return sessionOf(userId, QStringLiteral("203.0.113.9"),
                         QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"));
    }

    // Where most cases start: alice with one session (from a desktop browser) in a fresh store.
    struct AliceSession
    {
        SessionsTestEnv env;
        qint64 alice = env.addUser(QStringLiteral("alice"));
        std::unique_ptr<SessionStore> store = env.makeStore();
        Result<CreatedSession> created = store->create(sessionFor(alice));
    };

private Q_SLOTS:
    void createsAndValidates()
    {
        AliceSession w;
        auto& [env, alice, store, created] = w;
        VERIFY_OK(created);
        QCOMPARE(created->session.userName, QStringLiteral("alice"));
        QCOMPARE(created->session.createdMs, kStartMs);
        QCOMPARE(created->session.idleExpiresMs, kStartMs + 1800 * 1000);
        QCOMPARE(created->session.absoluteExpiresMs, kStartMs + 12 * 3600 * 1000);
        QCOMPARE(created->session.userAgentLabel, QStringLiteral("Firefox 121 · Linux"));

        auto v = store->validate(created->token);
        QVERIFY(v);
        QCOMPARE(v->verdict, Verdict::Valid);
        QCOMPARE(v->sessionId, created->session.id);
        QCOMPARE(v->userName, QStringLiteral("alice"));
        QCOMPARE(
            env.auditCount(QStringLiteral("session.create"), QStringLiteral("session:%1").arg(created->session.id)), 1);

        auto stored = store->find(created->session.id);
        QVERIFY(stored);
        QCOMPARE(stored->ip, QStringLiteral("203.0.113.9"));
        QCOMPARE(stored->state(env.clock.nowMs()), SessionState::Active);
    }

    void secretNeverStored()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        QByteArray token;
        {
            auto store = env.makeStore();
            auto created = store->create(sessionFor(alice));
            QVERIFY(created);
            token = created->token;
            const QByteArray stored =
                env.scalar(QStringLiteral("SELECT id_hash FROM sessions WHERE id = ?"), {created->session.id})
                    .toByteArray();
            QCOMPARE(stored, SessionToken::keyOf(token)->view().toByteArray());
        }
        env.db.reset();
        // Neither the ID nor its raw bytes appear anywhere in the files.
        const auto raw = QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding);
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(env.path() + suffix);
            if (!f.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray content = f.readAll();
            QVERIFY(!content.contains(token));
            QVERIFY(!content.contains(raw));
        }
    }

    void malformedAndUnknown()
    {
        SessionsTestEnv env;
        auto store = env.makeStore();
        auto v = store->validate(QByteArrayView("not-a-session-id"));
        QVERIFY(v);
        QCOMPARE(v->verdict, Verdict::Malformed);
        auto fresh = SessionToken::generate();
        QVERIFY(fresh);
        v = store->validate(fresh->token);
        QVERIFY(v);
        QCOMPARE(v->verdict, Verdict::Unknown);
        QCOMPARE(v->sessionId, 0);
    }

    void idleTimeout()
    {
        AliceSession w;
        auto& [env, alice, store, created] = w;
        QVERIFY(created);
        env.clock.advanceSecs(1799);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Valid);
        // The use just now slid the idle expiry: another 1,799 s are fine, 1,800 are not.
        env.clock.advanceSecs(1799);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Valid);
        env.clock.advanceSecs(1800);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::IdleExpired);
        QCOMPARE(store->find(created->session.id)->state(env.clock.nowMs()), SessionState::Expired);
    }

    void absoluteTimeoutDespiteUse()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        SessionPolicy policy;
        policy.idleTimeoutSecs = 600;
        policy.absoluteTimeoutSecs = 3600;
        policy.slideThrottleSecs = 30;
        auto store = env.makeStore(policy);
        auto created = store->create(sessionFor(alice));
        QVERIFY(created);
        for (int minute = 5; minute < 60; minute += 5) {
            env.clock.setMs(kStartMs + minute * 60 * 1000);
            QCOMPARE(store->validate(created->token)->verdict, Verdict::Valid);
        }
        env.clock.setMs(kStartMs + 3600 * 1000);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::AbsoluteExpired);
    }

    void perSessionTimeouts()
    {
        AliceStore w;
        auto& [env, alice, store] = w;
        NewSession spec = sessionFor(alice);
        spec.idleTimeoutSecs = 60;
        spec.absoluteTimeoutSecs = 120;
        auto created = store->create(spec);
        QVERIFY(created);
        QCOMPARE(created->session.idleTimeoutSecs, 60);
        env.clock.advanceSecs(61);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::IdleExpired);

        spec.idleTimeoutSecs = 0;
        QCOMPARE(store->create(spec).error().code, QStringLiteral("sessions.bad-timeout"));
        spec.idleTimeoutSecs = 600;
        spec.absoluteTimeoutSecs = 300;
        QCOMPARE(store->create(spec).error().code, QStringLiteral("sessions.bad-timeout"));
    }

    void refusesUnknownAndDisabledUsers()
    {
        SessionsTestEnv env;
        auto store = env.makeStore();
        QCOMPARE(store->create(sessionFor(999)).error().code, QStringLiteral("sessions.unknown-user"));
        env.addUser(QStringLiteral("bob"));
        QVERIFY(env.users->setDisabled(QStringLiteral("bob"), true));
        const qint64 bob = env.users->find(QStringLiteral("bob"))->id;
        QCOMPARE(store->create(sessionFor(bob)).error().code, QStringLiteral("sessions.user-disabled"));
    }

    void revokeIsInstantAndAudited()
    {
        AliceSession w;
        auto& [env, alice, store, created] = w;
        QVERIFY(created);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Valid); // now cached
        auto revoked = store->revoke(created->session.id, QStringLiteral("  device   lost "));
        QVERIFY(revoked);
        QVERIFY(*revoked);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Revoked);
        const Session s = *store->find(created->session.id);
        QCOMPARE(s.revokedMs.value_or(0), kStartMs);
        QCOMPARE(s.revokedBy, QStringLiteral("tester"));
        QCOMPARE(s.revokeReason, QStringLiteral("device lost"));
        QCOMPARE(env.auditCount(QStringLiteral("session.revoke"), QStringLiteral("session:%1").arg(s.id)), 1);
        // A second revocation changes nothing and says so.
        QCOMPARE(*store->revoke(created->session.id, QStringLiteral("again")), false);
        QCOMPARE(store->find(created->session.id)->revokeReason, QStringLiteral("device lost"));
    }

    void revokeLeavesExpiredAlone()
    {
        AliceSession w;
        auto& [env, alice, store, created] = w;
        QVERIFY(created);
        env.clock.advanceSecs(3600);
        QCOMPARE(*store->revoke(created->session.id, {}), false);
        QCOMPARE(store->find(created->session.id)->state(env.clock.nowMs()), SessionState::Expired);
    }

    void logout()
    {
        AliceSession w;
        auto& [env, alice, store, created] = w;
        QVERIFY(created);
        QCOMPARE(*store->logout(created->token), true);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Revoked);
        QCOMPARE(*store->logout(created->token), false);
        QCOMPARE(*store->logout(QByteArrayView("garbage")), false);
        const Session s = *store->find(created->session.id);
        QCOMPARE(s.revokedBy, QStringLiteral("alice"));
        QCOMPARE(s.revokeReason, QStringLiteral("logout"));
        QCOMPARE(env.auditCount(QStringLiteral("session.logout")), 1);
    }

    void rotateGivesANewId()
    {
        AliceSession w;
        auto& [env, alice, store, created] = w;
        QVERIFY(created);
        auto rotated = store->rotate(created->token);
        VERIFY_OK(rotated);
        QCOMPARE(rotated->session.id, created->session.id);
        QVERIFY(rotated->token != created->token);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Unknown);
        QCOMPARE(store->validate(rotated->token)->verdict, Verdict::Valid);
        QCOMPARE(env.auditCount(QStringLiteral("session.rotate")), 1);
        QVERIFY(store->revoke(created->session.id, {}));
        QCOMPARE(store->rotate(rotated->token).error().code, QStringLiteral("sessions.not-valid"));
    }

    void extend()
    {
        AliceSession w;
        auto& [env, alice, store, created] = w;
        QVERIFY(created);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Valid); // cached before the extension
        auto extended = store->extend(created->session.id, 3600);
        VERIFY_OK(extended);
        QCOMPARE(extended->idleExpiresMs, created->session.idleExpiresMs + 3600 * 1000);
        QCOMPARE(extended->absoluteExpiresMs, created->session.absoluteExpiresMs + 3600 * 1000);
        // Past the old idle expiry, within the new one.
        env.clock.advanceSecs(1800 + 60);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Valid);
        QCOMPARE(env.auditCount(QStringLiteral("session.extend")), 1);

        QCOMPARE(store->extend(created->session.id, 0).error().code, QStringLiteral("sessions.bad-extension"));
        QCOMPARE(store->extend(4242, 60).error().code, QStringLiteral("sessions.not-found"));
        QVERIFY(store->revoke(created->session.id, {}));
        QCOMPARE(store->extend(created->session.id, 60).error().code, QStringLiteral("sessions.not-active"));
        auto other = store->create(sessionFor(alice));
        env.clock.advanceSecs(12 * 3600);
        QCOMPARE(store->extend(other->session.id, 60).error().code, QStringLiteral("sessions.not-active"));
    }

    void revokeUserAndAll()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        const qint64 bob = env.addUser(QStringLiteral("bob"));
        auto store = env.makeStore();
        QList<QByteArray> aliceTokens;
        QList<QByteArray> bobTokens;
        for (int i = 0; i < 3; ++i) {
            aliceTokens << store->create(sessionFor(alice))->token;
            bobTokens << store->create(sessionFor(bob))->token;
        }
        for (const QByteArray& t : aliceTokens + bobTokens) {
            QCOMPARE(store->validate(t)->verdict, Verdict::Valid);
        }
        QCOMPARE(*store->revokeUser(alice, QStringLiteral("offboarding")), 3);
        for (const QByteArray& t : aliceTokens) {
            QCOMPARE(store->validate(t)->verdict, Verdict::Revoked);
        }
        for (const QByteArray& t : bobTokens) {
            QCOMPARE(store->validate(t)->verdict, Verdict::Valid);
        }
        QCOMPARE(env.auditCount(QStringLiteral("session.revoke-user"), QStringLiteral("user:alice")), 1);
        QVERIFY(env.users->find(alice)->tokensNotBeforeMs == kStartMs);

        QCOMPARE(*store->revokeAll(QStringLiteral("incident")), 3);
        for (const QByteArray& t : bobTokens) {
            QCOMPARE(store->validate(t)->verdict, Verdict::Revoked);
        }
        QCOMPARE(env.auditCount(QStringLiteral("session.revoke-all")), 1);
        QCOMPARE(*store->revokeAll(QStringLiteral("again")), 0);
        QCOMPARE(store->revokeUser(9999, {}).error().code, QStringLiteral("sessions.unknown-user"));
    }

    void purge()
    {
        AliceStore w;
        auto& [env, alice, store] = w;
        auto revokedLongAgo = store->create(sessionFor(alice));
        auto expiredLongAgo = store->create(sessionFor(alice));
        QVERIFY(store->revoke(revokedLongAgo->session.id, {}));
        env.clock.advanceSecs(10 * 86400);
        auto revokedRecently = store->create(sessionFor(alice));
        auto active = store->create(sessionFor(alice));
        QVERIFY(store->revoke(revokedRecently->session.id, {}));

        auto report = store->purge(env.clock.nowMs() - 7 * 86400 * 1000LL);
        QVERIFY(report);
        QCOMPARE(report->sessions, 2);
        QCOMPARE(store->find(revokedLongAgo->session.id).error().code, QStringLiteral("sessions.not-found"));
        QCOMPARE(store->find(expiredLongAgo->session.id).error().code, QStringLiteral("sessions.not-found"));
        QVERIFY(store->find(revokedRecently->session.id));
        QVERIFY(store->find(active->session.id));
        QCOMPARE(store->validate(active->token)->verdict, Verdict::Valid);
        QCOMPARE(env.auditCount(QStringLiteral("session.purge")), 1);
        // New sessions never reuse a purged id, so old audit rows keep pointing at the right session.
        auto next = store->create(sessionFor(alice));
        QVERIFY(next->session.id > active->session.id);
    }

    void countersAndList()
    {
        AliceStore w;
        auto& [env, alice, store] = w;
        auto a = store->create(sessionFor(alice));
        auto b = store->create(sessionFor(alice));
        NewSession shortOne = sessionFor(alice);
        shortOne.idleTimeoutSecs = 1200;
        auto c = store->create(shortOne);
        QVERIFY(store->revoke(a->session.id, {}));
        auto counters = store->counters(kStartMs - 1000, 3600 * 1000);
        QVERIFY(counters);
        QCOMPARE(counters->active, 2);
        QCOMPARE(counters->revokedSince, 1);
        QCOMPARE(counters->expiringSoon, 2); // idle expiries of 30 and 20 minutes
        QCOMPARE(counters->total, 3);
        auto page = store->list({}, {}, 10);
        QVERIFY(page);
        QCOMPARE(page->sessions.size(), 3);
        QVERIFY(page->next.isNull());
        Q_UNUSED(b);
        Q_UNUSED(c);
    }

    void policyRoundTrip()
    {
        SessionsTestEnv env;
        SessionPolicy policy;
        policy.idleTimeoutSecs = 900;
        policy.absoluteTimeoutSecs = 7200;
        policy.slideThrottleSecs = 15;
        QVERIFY(policy.save(*env.db));
        auto loaded = SessionPolicy::load(*env.db);
        QVERIFY(loaded);
        QCOMPARE(loaded->idleTimeoutSecs, 900);
        QCOMPARE(loaded->absoluteTimeoutSecs, 7200);
        QCOMPARE(loaded->slideThrottleSecs, 15);
        policy.slideThrottleSecs = 900;
        QCOMPARE(policy.save(*env.db).error().code, QStringLiteral("sessions.bad-policy"));
        policy.slideThrottleSecs = 10;
        policy.absoluteTimeoutSecs = 60;
        QCOMPARE(policy.check().error().code, QStringLiteral("sessions.bad-policy"));
    }
};

QTEST_GUILESS_MAIN(tst_SessionStore)
#include "tst_sessionstore.moc"
