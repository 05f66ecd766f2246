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

using namespace authscope;
using namespace authscope::test;
using Verdict = SessionValidation::Verdict;

namespace {

// A second connection to the same file, with its own audit log and store: another process, as far as SQLite
// and the caches are concerned.
struct OtherProcess
{
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<SessionStore> store;

    OtherProcess(const QString& path, const Clock& clock)
    {
        db = std::move(*Database::open(path));
        audit = std::make_unique<AuditLog>(*db, clock, QStringLiteral("other-admin"));
        store = std::make_unique<SessionStore>(*db, *audit, clock);
    }
};

NewSession spec(qint64 userId)
{
    NewSession s;
    s.userId = userId;
    s.ip = QStringLiteral("10.0.0.1");
    s.userAgent = QStringLiteral("curl/8.4.0");
    return s;
}

} // namespace

class tst_SessionCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revocationByAnotherConnection()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        auto store = env.makeStore();
        auto created = store->create(spec(alice));
        QVERIFY(created);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Valid);
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Valid);
        QVERIFY(store->stats().cacheHits >= 2);

        OtherProcess other(env.path(), env.clock);
        QVERIFY(*other.store->revoke(created->session.id, QStringLiteral("stolen")));
        // No time passes, nothing is flushed: the next validation already refuses.
        QCOMPARE(store->validate(created->token)->verdict, Verdict::Revoked);
    }

    void unrelatedChangesKeepTheCache()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        const qint64 bob = env.addUser(QStringLiteral("bob"));
        auto store = env.makeStore();
        auto a = store->create(spec(alice));
        auto b = store->create(spec(bob));
        QCOMPARE(store->validate(a->token)->verdict, Verdict::Valid);
        QCOMPARE(store->validate(b->token)->verdict, Verdict::Valid);

        OtherProcess other(env.path(), env.clock);
        QVERIFY(*other.store->revoke(b->session.id, {}));
        const quint64 hitsBefore = store->stats().cacheHits;
        QCOMPARE(store->validate(a->token)->verdict, Verdict::Valid);
        // Only bob's entry was dropped: alice's validation was still answered from memory.
        QCOMPARE(store->stats().cacheHits, hitsBefore + 1);
        QCOMPARE(store->validate(b->token)->verdict, Verdict::Revoked);
    }

    void userWideAndGlobalRevocation()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        const qint64 bob = env.addUser(QStringLiteral("bob"));
        auto store = env.makeStore();
        auto a1 = store->create(spec(alice));
        auto a2 = store->create(spec(alice));
        auto b1 = store->create(spec(bob));
        for (const auto* c : {&a1, &a2, &b1}) {
            QCOMPARE(store->validate((*c)->token)->verdict, Verdict::Valid);
        }
        OtherProcess other(env.path(), env.clock);
        QCOMPARE(*other.store->revokeUser(alice, {}), 2);
        QCOMPARE(store->validate(a1->token)->verdict, Verdict::Revoked);
        QCOMPARE(store->validate(a2->token)->verdict, Verdict::Revoked);
        QCOMPARE(store->validate(b1->token)->verdict, Verdict::Valid);
        QCOMPARE(*other.store->revokeAll({}), 1);
        QCOMPARE(store->validate(b1->token)->verdict, Verdict::Revoked);
    }

    void disablingAUserElsewhere()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        auto store = env.makeStore();
        auto a = store->create(spec(alice));
        QCOMPARE(store->validate(a->token)->verdict, Verdict::Valid);
        OtherProcess other(env.path(), env.clock);
        UserStore users(*other.db, *other.audit, env.clock, fastHashing());
        QVERIFY(users.setDisabled(QStringLiteral("alice"), true, QStringLiteral("left the company")));
        QCOMPARE(store->validate(a->token)->verdict, Verdict::Revoked);
    }

    void extensionAndRotationElsewhere()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        auto store = env.makeStore();
        auto a = store->create(spec(alice));
        auto b = store->create(spec(alice));
        QCOMPARE(store->validate(a->token)->verdict, Verdict::Valid);
        QCOMPARE(store->validate(b->token)->verdict, Verdict::Valid);
        OtherProcess other(env.path(), env.clock);
        auto rotated = other.store->rotate(b->token);
        VERIFY_OK(rotated);
        QCOMPARE(store->validate(b->token)->verdict, Verdict::Unknown);
        QCOMPARE(store->validate(rotated->token)->verdict, Verdict::Valid);

        QVERIFY(other.store->extend(a->session.id, 7200));
        env.clock.advanceSecs(1800 + 600); // past the cached idle expiry, within the extended one
        QCOMPARE(store->validate(a->token)->verdict, Verdict::Valid);
    }

    void prunedFeedClearsTheCache()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        auto store = env.makeStore();
        auto a = store->create(spec(alice));
        auto b = store->create(spec(alice));
        QCOMPARE(store->validate(a->token)->verdict, Verdict::Valid);
        QCOMPARE(store->validate(b->token)->verdict, Verdict::Valid);
        OtherProcess other(env.path(), env.clock);
        QVERIFY(*other.store->revoke(a->session.id, {}));
        // The feed row naming a is lost before our store read it (as if pruned); the next row shows the gap.
        QSqlQuery q(other.db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM session_changes")));
        QVERIFY(other.store->extend(b->session.id, 60));
        QCOMPARE(store->validate(a->token)->verdict, Verdict::Revoked);
        QCOMPARE(store->validate(b->token)->verdict, Verdict::Valid);
    }

    void otherThreads()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        auto store = env.makeStore();
        auto a = store->create(spec(alice));
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
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        SessionPolicy policy;
        policy.cacheCapacity = 0;
        auto store = env.makeStore(policy);
        auto a = store->create(spec(alice));
        QCOMPARE(store->validate(a->token)->verdict, Verdict::Valid);
        QVERIFY(!store->validate(a->token)->fromCache);
        OtherProcess other(env.path(), env.clock);
        QVERIFY(*other.store->revoke(a->session.id, {}));
        QCOMPARE(store->validate(a->token)->verdict, Verdict::Revoked);
        QCOMPARE(store->stats().cached, 0);
    }

    void smallCacheStillCorrect()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        SessionPolicy policy;
        policy.cacheCapacity = 4; // two generations of two: constant eviction
        auto store = env.makeStore(policy);
        QList<QByteArray> tokens;
        QList<qint64> ids;
        for (int i = 0; i < 10; ++i) {
            auto c = store->create(spec(alice));
            tokens << c->token;
            ids << c->session.id;
        }
        for (int round = 0; round < 3; ++round) {
            for (const QByteArray& t : std::as_const(tokens)) {
                QCOMPARE(store->validate(t)->verdict, Verdict::Valid);
            }
        }
        QVERIFY(store->stats().cached <= 4);
        OtherProcess other(env.path(), env.clock);
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
        OtherProcess other(env.path(), env.clock);
        QVERIFY(other.store->create(spec(env.users->find(QStringLiteral("alice"))->id)));
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
        auto a = store.create(spec(alice));
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
                tokens << creator->create(spec(alice))->token;
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
