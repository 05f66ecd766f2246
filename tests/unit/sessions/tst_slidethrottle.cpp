// Sliding idle expiry: every valid use extends it at once in memory, but the row is written at most once per
// throttle period per session, in batches (S-TIMEOUTS).
#include "tests/unit/sessions/SessionsTestEnv.h"

#include <QTest>

using namespace authscope;
using namespace authscope::test;
using Verdict = SessionValidation::Verdict;

namespace {

SessionPolicy throttled(int flushMs, int batch)
{
    SessionPolicy p;
    p.idleTimeoutSecs = 1800;
    p.absoluteTimeoutSecs = 12 * 3600;
    p.slideThrottleSecs = 60;
    p.slideFlushMs = flushMs;
    p.slideBatchSize = batch;
    return p;
}

} // namespace

class tst_SlideThrottle final : public QObject
{
    Q_OBJECT

private:
    static qint64 storedLastSeen(SessionsTestEnv& env, qint64 id)
    {
        return env.scalar(QStringLiteral("SELECT last_seen_ms FROM sessions WHERE id = ?"), {id}).toLongLong();
    }
    static qint64 storedIdleExpiry(SessionsTestEnv& env, qint64 id)
    {
        return env.scalar(QStringLiteral("SELECT idle_expires_ms FROM sessions WHERE id = ?"), {id}).toLongLong();
    }

private Q_SLOTS:
    void atMostOneWritePerThrottlePeriod()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        auto store = env.makeStore(throttled(1000, 512));
        auto s = store->create(sessionOf(alice));
        const qint64 id = s->session.id;

        // A hundred uses within the first minute: nothing written.
        for (int i = 0; i < 100; ++i) {
            env.clock.advanceMs(500);
            QCOMPARE(store->validate(s->token)->verdict, Verdict::Valid);
        }
        QCOMPARE(store->stats().slideWrites, 0u);
        QCOMPARE(storedLastSeen(env, id), kStartMs);

        // The first use after 60 s queues one slide; the next use a second later flushes it.
        env.clock.setMs(kStartMs + 61'000);
        QCOMPARE(store->validate(s->token)->verdict, Verdict::Valid);
        QCOMPARE(store->stats().pendingSlides, 1);
        env.clock.setMs(kStartMs + 62'500);
        QCOMPARE(store->validate(s->token)->verdict, Verdict::Valid);
        QCOMPARE(store->stats().slideWrites, 1u);
        QCOMPARE(store->stats().slideBatches, 1u);
        QCOMPARE(storedLastSeen(env, id), kStartMs + 61'000);
        QCOMPARE(storedIdleExpiry(env, id), kStartMs + 61'000 + 1800'000);

        // Busy use for the next minute: still that one write.
        for (int i = 0; i < 50; ++i) {
            env.clock.advanceMs(1000);
            QCOMPARE(store->validate(s->token)->verdict, Verdict::Valid);
        }
        QCOMPARE(store->stats().slideWrites, 1u);
        env.clock.setMs(kStartMs + 125'000);
        QCOMPARE(store->validate(s->token)->verdict, Verdict::Valid);
        QVERIFY(store->flushSlides());
        QCOMPARE(store->stats().slideWrites, 2u);
        QCOMPARE(storedLastSeen(env, id), kStartMs + 125'000);
    }

    void writesInBatches()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        auto store = env.makeStore(throttled(3'600'000, 3));
        QList<CreatedSession> sessions;
        for (int i = 0; i < 7; ++i) {
            sessions << *store->create(sessionOf(alice));
        }
        env.clock.advanceSecs(120);
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(store->validate(sessions.at(i).token)->verdict, Verdict::Valid);
        }
        // Batches of three as they fill up; the seventh waits.
        QCOMPARE(store->stats().slideBatches, 2u);
        QCOMPARE(store->stats().slideWrites, 6u);
        QCOMPARE(store->stats().pendingSlides, 1);
        QVERIFY(store->flushSlides());
        QCOMPARE(store->stats().slideWrites, 7u);
        for (const CreatedSession& s : std::as_const(sessions)) {
            QCOMPARE(storedLastSeen(env, s.session.id), kStartMs + 120'000);
        }
    }

    void slidInMemoryBeforeItIsWritten()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        qint64 id = 0;
        QByteArray token;
        {
            auto store = env.makeStore(throttled(3'600'000, 1000));
            auto s = store->create(sessionOf(alice));
            id = s->session.id;
            token = s->token;
            env.clock.setMs(kStartMs + 600'000);
            QCOMPARE(store->validate(token)->verdict, Verdict::Valid);
            QCOMPARE(store->stats().pendingSlides, 1);
            // Past the idle expiry that is on disk, within the one in memory.
            env.clock.setMs(kStartMs + 1800'000 + 60'000);
            QCOMPARE(store->validate(token)->verdict, Verdict::Valid);
            QCOMPARE(storedLastSeen(env, id), kStartMs);

            // Another process reads the row: it cannot know about the unwritten use, so to it the session is over.
            auto other = env.makeStore(throttled(3'600'000, 1000));
            QCOMPARE(other->validate(token)->verdict, Verdict::IdleExpired);
        } // the store writes what is pending when it goes
        QCOMPARE(storedLastSeen(env, id), kStartMs + 1800'000 + 60'000);
        auto later = env.makeStore();
        QCOMPARE(later->validate(token)->verdict, Verdict::Valid);
    }

    void rereadsBeforeCallingItIdle()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        auto mine = env.makeStore(throttled(0, 1));
        auto theirs = env.makeStore(throttled(0, 1));
        auto s = mine->create(sessionOf(alice));
        QCOMPARE(mine->validate(s->token)->verdict, Verdict::Valid); // cached here at the old expiry
        env.clock.setMs(kStartMs + 1200'000);
        QCOMPARE(theirs->validate(s->token)->verdict, Verdict::Valid); // used elsewhere, written at once
        QCOMPARE(storedLastSeen(env, s->session.id), kStartMs + 1200'000);
        env.clock.setMs(kStartMs + 1800'000 + 1000);
        // Our cached copy says idle-expired; the database says otherwise, and wins.
        QCOMPARE(mine->validate(s->token)->verdict, Verdict::Valid);
    }

    void throttleZeroWritesEveryUse()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        auto store = env.makeStore(throttled(0, 1));
        SessionPolicy p = throttled(0, 1);
        p.slideThrottleSecs = 0;
        auto eager = env.makeStore(p);
        auto s = eager->create(sessionOf(alice));
        for (int i = 0; i < 5; ++i) {
            env.clock.advanceMs(10);
            QCOMPARE(eager->validate(s->token)->verdict, Verdict::Valid);
        }
        QCOMPARE(eager->stats().slideWrites, 5u);
        Q_UNUSED(store);
    }

    void revokedSessionsAreNotSlid()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        auto store = env.makeStore(throttled(3'600'000, 1000));
        auto s = store->create(sessionOf(alice));
        env.clock.advanceSecs(120);
        QCOMPARE(store->validate(s->token)->verdict, Verdict::Valid); // slide queued
        auto admin = env.makeStore();
        QVERIFY(*admin->revoke(s->session.id, {}));
        QVERIFY(store->flushSlides()); // the late write must not touch a revoked row
        QCOMPARE(storedLastSeen(env, s->session.id), kStartMs);
        QCOMPARE(store->validate(s->token)->verdict, Verdict::Revoked);
    }
};

QTEST_GUILESS_MAIN(tst_SlideThrottle)
#include "tst_slidethrottle.moc"
