// The seeder: realistic, consistent rows, secret IDs from the CSPRNG, short transactions, an audit row each.
#include "tests/unit/sessions/SessionsTestEnv.h"

#include "core/sessions/IpRange.h"
#include "core/sessions/SessionSeeder.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

class tst_SessionSeeder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realisticAndConsistent()
    {
        SessionsTestEnv env;
        auto report = env.seed(2000, 42);
        VERIFY_OK(report);
        QCOMPARE(report->sessions, 2000);
        QCOMPARE(report->users, 20);
        QCOMPARE(report->active + report->expired + report->revoked, 2000);
        // A store with history: each state well represented.
        QVERIFY(report->active > 200);
        QVERIFY(report->expired > 200);
        QVERIFY(report->revoked > 50);

        const qint64 now = env.clock.nowMs();
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE revoked_ms IS NULL AND expires_ms > ?"),
                            {now})
                     .toLongLong(),
                 report->active);
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE revoked_ms IS NOT NULL")).toLongLong(),
                 report->revoked);
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(DISTINCT id_hash) FROM sessions")).toLongLong(), 2000);
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE length(id_hash) <> 32")).toLongLong(),
                 0);
        // Times hang together.
        QCOMPARE(
            env.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE last_seen_ms < created_ms OR "
                                      "last_seen_ms > ? OR idle_expires_ms <> last_seen_ms + idle_timeout_s * 1000 "
                                      "OR absolute_expires_ms <= created_ms"),
                       {now})
                .toLongLong(),
            0);
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE revoked_ms IS NOT NULL AND "
                                           "(revoked_ms < last_seen_ms OR revoked_ms > ? OR revoked_by = '' OR "
                                           "revoke_reason = '')"),
                            {now})
                     .toLongLong(),
                 0);
        // Mixed clients, methods and addresses; every address parses.
        QVERIFY(env.scalar(QStringLiteral("SELECT count(DISTINCT ua_id) FROM sessions")).toLongLong() > 10);
        QVERIFY(env.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE auth_method = 1")).toLongLong() > 100);
        QSqlQuery q(env.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT ip, ip_key FROM sessions")));
        QSet<QString> ips;
        while (q.next()) {
            QCOMPARE(IpRange::keyOf(q.value(0).toString()), q.value(1).toByteArray());
            ips.insert(q.value(0).toString());
        }
        QVERIFY(ips.size() > 50);
        QVERIFY(ips.size() < 2000); // users come back from the same places
        QCOMPARE(env.auditCount(QStringLiteral("session.seed")), 1);
        // Seeded users have no password: nobody can log in as them.
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM users WHERE password_hash <> ''")).toLongLong(), 0);
    }

    void sameSeedSameShape()
    {
        QList<QStringList> shapes;
        QList<QByteArray> firstHashes;
        for (int run = 0; run < 2; ++run) {
            SessionsTestEnv env;
            QVERIFY(env.seed(300, 7));
            QSqlQuery q(env.db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT u.username, s.ip, s.created_ms, s.revoked_ms FROM sessions s JOIN "
                                          "users u ON u.id = s.user_id ORDER BY s.id")));
            QStringList shape;
            while (q.next()) {
                shape << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString() + u' ' +
                             q.value(3).toString();
            }
            shapes << shape;
            firstHashes << env.scalar(QStringLiteral("SELECT id_hash FROM sessions ORDER BY id LIMIT 1")).toByteArray();
        }
        QCOMPARE(shapes.at(0), shapes.at(1));
        QVERIFY(firstHashes.at(0) != firstHashes.at(1)); // the IDs themselves are always fresh random bytes
    }

    void freshLoginsValidate()
    {
        SessionsTestEnv env;
        SessionSeeder seeder = env.seeder();
        SessionSeeder::Options options = seedOptions(200);
        options.freshLogins = true;
        options.keepTokens = true;
        auto report = seeder.run(options);
        QVERIFY(report);
        QCOMPARE(report->active, 200);
        QCOMPARE(report->tokens.size(), 200);
        auto store = env.makeStore();
        for (qsizetype i = 0; i < report->tokens.size(); ++i) {
            auto v = store->validate(report->tokens.at(i));
            QVERIFY(v);
            QCOMPARE(v->verdict, SessionValidation::Verdict::Valid);
            QCOMPARE(v->sessionId, report->firstId + i);
        }
    }

    void secondRunAddsToExistingUsers()
    {
        SessionsTestEnv env;
        QVERIFY(env.seed(100, 5));
        QVERIFY(env.seed(100, 5));
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions")).toLongLong(), 200);
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong(), 20);
    }

    void cancelWritesNothing()
    {
        SessionsTestEnv env;
        SessionSeeder seeder = env.seeder();
        SessionSeeder::Options options = seedOptions(20000);
        options.batchRows = 0; // one transaction: a cancel leaves nothing
        int calls = 0;
        options.progress = [&calls](qint64, qint64) { return ++calls < 1; };
        auto report = seeder.run(options);
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("sessions.cancelled"));
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions")).toLongLong(), 0);
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong(), 0);
        QCOMPARE(env.auditCount(QStringLiteral("session.seed")), 0);
    }

    // SQLite's integrity check; on PostgreSQL every index of the table must be valid (a failed CREATE INDEX
    // leaves an invalid one behind).
    static bool intact(SessionsTestEnv& env)
    {
        if (env.db->isPostgres()) {
            return env
                .scalar(QStringLiteral("SELECT bool_and(indisvalid AND indisready) FROM pg_index "
                                       "WHERE indrelid = 'sessions'::regclass"))
                .toBool();
        }
        return env.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok");
    }

    void bigLoadsRebuildTheIndexes()
    {
        SessionsTestEnv env;
        auto indexes = [&env] {
            QSqlQuery q(env.db->connection());
            q.exec(env.db->isPostgres()
                       ? QStringLiteral("SELECT string_agg(indexdef, ';' ORDER BY indexname) FROM pg_indexes WHERE "
                                        "schemaname = current_schema() AND tablename = 'sessions'")
                       : QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE "
                                        "type = 'index' AND tbl_name = 'sessions' AND sql IS NOT NULL ORDER BY name)"));
            return q.next() ? q.value(0).toString() : QString();
        };
        const QString before = indexes();
        QVERIFY(before.contains(QStringLiteral("sessions_last_seen")));
        SessionSeeder seeder = env.seeder();
        SessionSeeder::Options options = seedOptions(400);
        options.batchRows = 0; // the indexes are dropped only in a one-transaction load
        options.rebuildIndexesFrom = 1;
        auto loaded = seeder.run(options);
        VERIFY_OK(loaded);
        QCOMPARE(indexes(), before);
        QVERIFY(intact(env));
        // A cancelled load leaves them as they were too.
        options.count = 20000;
        options.progress = [](qint64, qint64) { return false; };
        QVERIFY(!seeder.run(options));
        QCOMPARE(indexes(), before);
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions")).toLongLong(), 400);
        // And the store finds sessions through them.
        auto store = env.makeStore();
        SessionFilter revoked;
        revoked.states = {SessionState::Revoked};
        QCOMPARE(*store->count(revoked),
                 env.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE revoked_ms IS NOT NULL")).toLongLong());
    }

    void batchesCommitOneByOne()
    {
        // S-REVOKE-RETRY: short write transactions, each with its audit row; a cancel keeps the batches committed.
        SessionsTestEnv env;
        SessionSeeder seeder = env.seeder();
        SessionSeeder::Options options = seedOptions(25000);
        options.batchRows = 10000;
        auto report = seeder.run(options);
        VERIFY_OK(report);
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions")).toLongLong(), 25000);
        QCOMPARE(env.auditCount(QStringLiteral("session.seed.batch")), 2);
        QCOMPARE(env.auditCount(QStringLiteral("session.seed")), 1);
        options.progress = [](qint64, qint64) { return false; }; // asked first after 16384 rows: in batch 2
        auto cancelled = seeder.run(options);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, QStringLiteral("sessions.cancelled"));
        QVERIFY(cancelled.error().message.contains(QStringLiteral("10000")));
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions")).toLongLong(), 35000);
        QCOMPARE(env.auditCount(QStringLiteral("session.seed.batch")), 3);
        QVERIFY(intact(env));
    }

    void bigLoadIsStagedOnPostgres()
    {
        // PostgreSQL: a big load is streamed into a staging table and moved into sessions in one step, with the
        // indexes rebuilt; SQLite keeps its short batches. Either way: consecutive ids that the secret IDs
        // validate to, the indexes as they were, the run's audit row, and other nodes told through the feed.
        SessionsTestEnv env;
        const QString indexQuery =
            env.db->isPostgres()
                ? QStringLiteral("SELECT string_agg(indexdef, ';' ORDER BY indexname) FROM pg_indexes WHERE "
                                 "schemaname = current_schema() AND tablename = 'sessions'")
                : QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE "
                                 "type = 'index' AND tbl_name = 'sessions' AND sql IS NOT NULL ORDER BY name)");
        const QString indexesBefore = env.scalar(indexQuery).toString();
        const qint64 feedBefore =
            env.db->isPostgres()
                ? env.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log WHERE area = 'sessions'"))
                      .toLongLong()
                : 0;
        SessionSeeder seeder = env.seeder();
        SessionSeeder::Options options = seedOptions(3000, 7);
        options.batchRows = 1000;
        options.rebuildIndexesFrom = 1000;
        options.freshLogins = true;
        options.keepTokens = true;
        auto report = seeder.run(options);
        VERIFY_OK(report);
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions")).toLongLong(), 3000);
        QCOMPARE(env.scalar(QStringLiteral("SELECT min(id) FROM sessions")).toLongLong(), report->firstId);
        QCOMPARE(env.scalar(QStringLiteral("SELECT max(id) FROM sessions")).toLongLong(), report->firstId + 2999);
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(DISTINCT id_hash) FROM sessions")).toLongLong(), 3000);
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE length(id_hash) <> 32")).toLongLong(),
                 0);
        QCOMPARE(env.scalar(indexQuery).toString(), indexesBefore);
        QVERIFY(intact(env));
        QCOMPARE(env.auditCount(QStringLiteral("session.seed")), 1);
        QCOMPARE(env.auditCount(QStringLiteral("session.seed.batch")), env.db->isPostgres() ? 0 : 2);
        if (env.db->isPostgres()) {
            QVERIFY(env.scalar(QStringLiteral("SELECT max(seq) FROM change_log WHERE area = 'sessions'")).toLongLong() >
                    feedBefore);
            // The staging table went with the transaction.
            QVERIFY(env.scalar(QStringLiteral("SELECT to_regclass('pg_temp.authscope_seed_rows') IS NULL")).toBool());
        }
        auto store = env.makeStore();
        for (const qsizetype i : {qsizetype(0), qsizetype(1), qsizetype(1500), qsizetype(2999)}) {
            auto v = store->validate(report->tokens.at(i));
            QVERIFY(v);
            QCOMPARE(v->verdict, SessionValidation::Verdict::Valid);
            QCOMPARE(v->sessionId, report->firstId + i);
        }

        // A top-up smaller than the table goes in short batches (S-REVOKE-RETRY) with the indexes in place; the
        // ids go on after the last one.
        options.count = 1000;
        options.seed = 8;
        auto topUp = seeder.run(options);
        VERIFY_OK(topUp);
        QCOMPARE(topUp->firstId, report->firstId + 3000);
        QCOMPARE(env.auditCount(QStringLiteral("session.seed")), 2);
        QCOMPARE(env.scalar(QStringLiteral("SELECT max(id) FROM sessions")).toLongLong(), topUp->firstId + 999);
        QCOMPARE(env.scalar(indexQuery).toString(), indexesBefore);
        // Rows written the ordinary way after it get fresh ids (the id sequence was moved past the staged ones).
        options.count = 10;
        auto small = seeder.run(options);
        VERIFY_OK(small);
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions")).toLongLong(), 4010);
        QVERIFY(small->firstId > topUp->firstId + 999);
        QVERIFY(intact(env));
    }

    void refusesBadCounts()
    {
        SessionsTestEnv env;
        SessionSeeder seeder = env.seeder();
        SessionSeeder::Options options = seedOptions(0);
        QCOMPARE(seeder.run(options).error().code, QStringLiteral("sessions.bad-count"));
        options.count = SessionSeeder::MaxCount + 1;
        QCOMPARE(seeder.run(options).error().code, QStringLiteral("sessions.bad-count"));
    }
};

QTEST_GUILESS_MAIN(tst_SessionSeeder)
#include "tst_sessionseeder.moc"
