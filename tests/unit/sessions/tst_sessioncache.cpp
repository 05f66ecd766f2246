// Revocation is seen on the very next validation by a store whose cache holds the session, whichever
// connection, thread or process made it (S-REVOKE-NOW).
#include "tests/unit/sessions/SessionsTestEnv.h"

#include "core/sessions/SessionToken.h"
#include "core/storage/SqliteConnection.h"
#include "core/storage/WalChangeWatcher.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>

using namespace authscope;
using namespace authscope::test;
using Verdict = SessionValidation::Verdict;

namespace {

// What most cases start from: alice in a fresh database and our store (cache as the policy says), with sessions
// that the store has validated once, so that they sit in its cache when another connection changes them.
struct CacheWorld : AliceStore
{
    using AliceStore::AliceStore;

    // A new session of `userId` that our store validated as Valid; nothing (with a warning) otherwise.
    std::optional<CreatedSession> validSession(qint64 userId)
    {
        auto created = store->create(sessionOf(userId));
        if (!created) {
            qWarning("create: %s", qPrintable(created.error().toString()));
            return std::nullopt;
        }
        auto validation = store->validate(created->token);
        if (!validation || validation->verdict != Verdict::Valid) {
            qWarning("a new session did not validate as Valid");
            return std::nullopt;
        }
        return *created;
    }

    [[nodiscard]] Verdict verdict(const QByteArray& token) const { return store->validate(token)->verdict; }

    // Another process on the same database.
    [[nodiscard]] OtherProcess other() const
    {
        return OtherProcess(env.path(), env.clock, QStringLiteral("other-admin"));
    }
};

} // namespace

class tst_SessionCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revocationByAnotherConnection()
    {
        CacheWorld w;
        SessionStore* store = w.store.get();
        auto created = store->create(sessionOf(w.alice));
        QVERIFY(created);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Valid);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Valid);
        QVERIFY(store->stats().cacheHits >= 2);

        OtherProcess other = w.other();
        QVERIFY(*other.store->revoke(created->session.id, QStringLiteral("stolen")));
        // No time passes, nothing is flushed: the next validation already refuses.
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Revoked);
    }

    void unrelatedChangesKeepTheCache()
    {
        CacheWorld w;
        const qint64 bob = w.env.addUser(QStringLiteral("bob"));
        const auto a = w.validSession(w.alice);
        const auto b = w.validSession(bob);
        QVERIFY(a && b);

        OtherProcess other = w.other();
        QVERIFY(*other.store->revoke(b->session.id, {}));
        const quint64 hitsBefore = w.store->stats().cacheHits;
        QCOMPARE(w.verdict(a->token), Verdict::Valid);
        // Only bob's entry was dropped: alice's validation was still answered from memory.
        QCOMPARE(w.store->stats().cacheHits, hitsBefore + 1);
        QCOMPARE(w.verdict(b->token), Verdict::Revoked);
    }

    void userWideAndGlobalRevocation()
    {
        CacheWorld w;
        const qint64 bob = w.env.addUser(QStringLiteral("bob"));
        const auto a1 = w.validSession(w.alice);
        const auto a2 = w.validSession(w.alice);
        const auto b1 = w.validSession(bob);
        QVERIFY(a1 && a2 && b1);
        OtherProcess other = w.other();
        QCOMPARE(*other.store->revokeUser(w.alice, {}), 2);
        QCOMPARE(w.verdict(a1->token), Verdict::Revoked);
        QCOMPARE(w.verdict(a2->token), Verdict::Revoked);
        QCOMPARE(w.verdict(b1->token), Verdict::Valid);
        QCOMPARE(*other.store->revokeAll({}), 1);
        QCOMPARE(w.verdict(b1->token), Verdict::Revoked);
    }

    void disablingAUserElsewhere()
    {
        CacheWorld w;
        const auto a = w.validSession(w.alice);
        QVERIFY(a);
        OtherProcess other = w.other();
        UserStore users(*other.db, *other.audit, w.env.clock, fastHashing());
        QVERIFY(users.setDisabled(QStringLiteral("alice"), true, QStringLiteral("left the company")));
        QCOMPARE(w.verdict(a->token), Verdict::Revoked);
    }

    void extensionAndRotationElsewhere()
    {
        CacheWorld w;
        const auto a = w.validSession(w.alice);
        const auto b = w.validSession(w.alice);
        QVERIFY(a && b);
        OtherProcess other = w.other();
        auto rotated = other.store->rotate(b->token);
        VERIFY_OK(rotated);
        QCOMPARE(w.verdict(b->token), Verdict::Unknown);
        QCOMPARE(w.verdict(rotated->token), Verdict::Valid);

        QVERIFY(other.store->extend(a->session.id, 7200));
        w.env.clock.advanceSecs(1800 + 600); // past the cached idle expiry, within the extended one
        QCOMPARE(w.verdict(a->token), Verdict::Valid);
    }

    void prunedFeedClearsTheCache()
    {
        CacheWorld w;
        const auto a = w.validSession(w.alice);
        const auto b = w.validSession(w.alice);
        QVERIFY(a && b);
        OtherProcess other = w.other();
        QVERIFY(*other.store->revoke(a->session.id, {}));
        // The feed row naming a is lost before our store read it (as if pruned); the next row shows the gap.
        QSqlQuery q(other.db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM session_changes")));
        QVERIFY(other.store->extend(b->session.id, 60));
        QCOMPARE(w.verdict(a->token), Verdict::Revoked);
        QCOMPARE(w.verdict(b->token), Verdict::Valid);
    }

    void otherThreads()
    {
        CacheWorld w;
        SessionStore* store = w.store.get();
        auto a = store->create(sessionOf(w.alice));
        QVERIFY(a);
        std::atomic<int> phase{0};
        std::atomic<int> before{-1};
        std::atomic<int> after{-1};
        QThread* worker = QThread::create([&] {
            before = static_cast<int>(store->validate(a->token)->verdict);
            phase = 1;
            while (phase.load() != 2) {
                QThread::msleep(1);
            }
            after = static_cast<int>(store->validate(a->token)->verdict);
        });
        worker->start();
        QTRY_COMPARE(phase.load(), 1);
        // Revoked on the main thread's QtSql connection; the worker has its own SQLite connection.
        QVERIFY(*store->revoke(a->session.id, {}));
        phase = 2;
        QVERIFY(worker->wait(10000));
        delete worker; // its connection is dropped with the thread
        QCOMPARE(before.load(), static_cast<int>(Verdict::Valid));
        QCOMPARE(after.load(), static_cast<int>(Verdict::Revoked));
        QCOMPARE(store->validate(a->token)->verdict, Verdict::Revoked);
    }

    void withoutCache()
    {
        SessionPolicy policy;
        policy.cacheCapacity = 0;
        CacheWorld w(policy);
        const auto a = w.validSession(w.alice);
        QVERIFY(a);
        QVERIFY(!w.store->validate(a->token)->fromCache);
        OtherProcess other = w.other();
        QVERIFY(*other.store->revoke(a->session.id, {}));
        QCOMPARE(w.verdict(a->token), Verdict::Revoked);
        QCOMPARE(w.store->stats().cached, 0);
    }

    void smallCacheStillCorrect()
    {
        SessionPolicy policy;
        policy.cacheCapacity = 4; // two generations of two: constant eviction
        CacheWorld w(policy);
        SessionStore* store = w.store.get();
        QList<QByteArray> tokens;
        QList<qint64> ids;
        for (int i = 0; i < 10; ++i) {
            auto c = store->create(sessionOf(w.alice));
            tokens << c->token;
            ids << c->session.id;
        }
        for (int round = 0; round < 3; ++round) {
            for (const QByteArray& t : std::as_const(tokens)) {
                QCOMPARE(store->validate(t)->verdict, Verdict::Valid);
            }
        }
        QVERIFY(store->stats().cached <= 4);
        OtherProcess other = w.other();
        QVERIFY(*other.store->revoke(ids.at(7), {}));
        for (int i = 0; i < tokens.size(); ++i) {
            QCOMPARE(store->validate(tokens.at(i))->verdict, i == 7 ? Verdict::Revoked : Verdict::Valid);
        }
    }

    void walWatcherSeesEveryCommit()
    {
        SessionsTestEnv env;
        if (env.db->isPostgres()) {
            // PostgreSQL's change feed has its own tests (tst_postgres, tst_multinode).
            QSKIP("the WAL index watcher is SQLite's");
        }
        auto conn = SqliteConnection::open(*env.db);
        VERIFY_OK(conn);
        QVERIFY((*conn)->exec("SELECT count(*) FROM users"));
        WalChangeWatcher watcher((*conn)->handle());
        QVERIFY(watcher.isAvailable());
        const auto first = watcher.read();
        QVERIFY(first);
        QCOMPARE(*watcher.read(), *first); // reading changes nothing
        // A commit on another connection of this process...
        env.addUser(QStringLiteral("alice"));
        const auto second = watcher.read();
        QVERIFY(second);
        QVERIFY(*second != *first);
        // ...and one from a connection of its own.
        OtherProcess other(env.path(), env.clock, QStringLiteral("other-admin"));
        QVERIFY(other.store->create(sessionOf(env.users->find(QStringLiteral("alice"))->id)));
        QVERIFY(*watcher.read() != *second);
        QVERIFY(!WalChangeWatcher(nullptr).isAvailable());
    }

    void inMemoryDatabaseFallsBack()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        VERIFY_OK(db);
        FakeClock clock(kStartMs);
        AuditLog audit(**db, clock, QStringLiteral("tester"));
        UserStore users(**db, audit, clock, fastHashing());
        const qint64 alice = users.add(NewUser{QStringLiteral("alice"), {}, {}, {}})->id;
        SessionStore store(**db, audit, clock);
        auto a = store.create(sessionOf(alice));
        VERIFY_OK(a);
        QCOMPARE(store.validate(a->token)->verdict, Verdict::Valid);
        QVERIFY(users.setDisabled(QStringLiteral("alice"), true));
        QCOMPARE(store.validate(a->token)->verdict, Verdict::Revoked);
    }

    void warmCacheLoadsLiveSessions()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        QList<QByteArray> tokens;
        {
            auto creator = env.makeStore();
            for (int i = 0; i < 5; ++i) {
                tokens << creator->create(sessionOf(alice))->token;
            }
            QVERIFY(creator->revoke(1, {}));
        }
        auto store = env.makeStore();
        QCOMPARE(*store->warmCache(), 4);
        for (int i = 1; i < tokens.size(); ++i) {
            auto v = store->validate(tokens.at(i));
            QCOMPARE(v->verdict, Verdict::Valid);
            QVERIFY(v->fromCache);
        }
        QCOMPARE(store->validate(tokens.at(0))->verdict, Verdict::Revoked);
    }
};

QTEST_GUILESS_MAIN(tst_SessionCache)
#include "tst_sessioncache.moc"
