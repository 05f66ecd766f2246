// S-REVOKE-RETRY: revocations issued while a big seed or purge runs in another thread (its own Database, as another
// process would have) all land, on a real SQLite file. The revoking side has a busy timeout far shorter than the
// bulk write, so a revocation that only waited for SQLite's busy timeout would fail.
#include "tests/unit/sessions/SessionsTestEnv.h"

#include "core/sessions/RevocationRetry.h"
#include "core/sessions/SessionSeeder.h"

#include <QThread>

#include <atomic>
#include <functional>
#include <sqlite3.h>

using namespace authscope;
using namespace authscope::test;

namespace {

// The other "process": a Database of its own on the same file, with a short busy timeout.
OtherProcess openRevoker(const SessionsTestEnv& env)
{
    Database::Options options;
    options.busyTimeoutMs = 200;
    return OtherProcess(env.path(), env.clock, QStringLiteral("revoker"), options);
}

QList<qint64> activeSessionIds(SessionsTestEnv& env, int limit)
{
    QList<qint64> ids;
    QSqlQuery q(env.db->connection());
    q.prepare(
        QStringLiteral("SELECT id FROM sessions WHERE revoked_ms IS NULL AND expires_ms > ? ORDER BY id LIMIT ?"));
    q.addBindValue(kStartMs);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            ids << q.value(0).toLongLong();
        }
    }
    return ids;
}

// Revokes the given sessions one after another while `running` holds (at least `minimum` of them), checking that
// every revocation answers "revoked"; returns how many were revoked while the bulk write was still going.
int revokeWhile(OtherProcess& revoker, const QList<qint64>& ids, const std::atomic<bool>& running, int minimum)
{
    int during = 0;
    for (const qint64 id : ids) {
        if (!running.load() && during >= minimum) {
            break;
        }
        const bool wasRunning = running.load();
        auto revoked = revoker.store->revoke(id, QStringLiteral("incident"));
        if (!revoked) {
            qWarning("revocation of %lld failed: %s", id, qPrintable(revoked.error().toString()));
            return -1;
        }
        if (!*revoked) {
            qWarning("session %lld was not revoked", id);
            return -1;
        }
        during += wasRunning && running.load() ? 1 : 0;
    }
    return during;
}

// Runs `bulk` in a thread of its own and, `headStartMs` after it began, `meanwhile` here, with a flag that turns
// false once the bulk write is done; returns when both are.
void whileBulkRuns(const std::function<void()>& bulk, int headStartMs,
                   const std::function<void(const std::atomic<bool>& running)>& meanwhile)
{
    std::atomic<bool> running{true};
    QThread* thread = QThread::create([&] {
        bulk();
        running = false;
    });
    thread->start();
    QThread::msleep(headStartMs);
    meanwhile(running);
    thread->wait();
    delete thread;
}

} // namespace

class tst_RevocationDuringBulk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revocationsLandDuringSeed();
    void revocationsLandDuringPurge();
    void revokeUserLandsDuringSeed();
    void givesUpAfterTheLimitWithAClearMessage();
};

void tst_RevocationDuringBulk::revocationsLandDuringSeed()
{
    SessionsTestEnv env;
    VERIFY_OK(env.seed(3000, 11));
    const QList<qint64> ids = activeSessionIds(env, 400);
    QVERIFY(ids.size() >= 100);
    OtherProcess revoker = openRevoker(env);

    Result<SessionSeeder::Report> big = fail(QStringLiteral("test.not-run"), QStringLiteral("not run"));
    int during = 0;
    whileBulkRuns([&] { big = env.seed(60000, 12); }, 50, // let the load begin
                  [&](const std::atomic<bool>& running) { during = revokeWhile(revoker, ids, running, 3); });
    VERIFY_OK(big);
    QVERIFY2(during >= 3, qPrintable(QStringLiteral("only %1 revocations while seeding").arg(during)));
    const qint64 landed =
        env.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE revoke_reason = 'incident'")).toLongLong();
    QVERIFY(landed >= during);
    QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions")).toLongLong(), 63000);
}

void tst_RevocationDuringBulk::revocationsLandDuringPurge()
{
    SessionsTestEnv env;
    VERIFY_OK(env.seed(60000, 13));
    const qint64 ended =
        env.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE revoked_ms IS NOT NULL OR expires_ms <= ?"),
                   {kStartMs})
            .toLongLong();
    QVERIFY(ended > 10000);
    const QList<qint64> ids = activeSessionIds(env, 400);
    QVERIFY(ids.size() >= 100);
    OtherProcess revoker = openRevoker(env);

    Result<SessionAdmin::PurgeReport> purged = fail(QStringLiteral("test.not-run"), QStringLiteral("not run"));
    int during = 0;
    whileBulkRuns([&] { purged = env.makeStore()->purge(kStartMs - 1); }, 50,
                  [&](const std::atomic<bool>& running) { during = revokeWhile(revoker, ids, running, 3); });
    VERIFY_OK(purged);
    QVERIFY2(during >= 3, qPrintable(QStringLiteral("only %1 revocations while purging").arg(during)));
    QVERIFY(purged->sessions > 10000);
    // Every revoked session is still there (revoked after the purge's cutoff) and marked.
    QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE revoke_reason = 'incident'")).toLongLong(),
             env.auditCount(QStringLiteral("session.revoke")));
}

void tst_RevocationDuringBulk::revokeUserLandsDuringSeed()
{
    SessionsTestEnv env;
    const qint64 alice = env.addUser(QStringLiteral("alice"));
    OtherProcess revoker = openRevoker(env);
    bool wasRunning = false;
    Result<qint64> n = fail(QStringLiteral("test.not-run"), QStringLiteral("not run"));
    whileBulkRuns([&] { (void)env.seed(60000, 14); }, 300,
                  [&](const std::atomic<bool>& running) {
                      wasRunning = running.load();
                      n = revoker.store->revokeUser(alice, QStringLiteral("incident"));
                  });
    VERIFY_OK(n);
    QVERIFY2(wasRunning, "the seed ended before the revocation was issued");
    QCOMPARE(env.scalar(QStringLiteral("SELECT tokens_not_before_ms FROM users WHERE id = ?"), {alice}).toLongLong(),
             kStartMs);
}

void tst_RevocationDuringBulk::givesUpAfterTheLimitWithAClearMessage()
{
    SessionsTestEnv env;
    // Another program holds the write lock and never lets go.
    sqlite3* other = nullptr;
    QCOMPARE(sqlite3_open(env.path().toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    bool ran = false;
    auto result = RevocationRetry::writeTransaction(
        *env.db,
        [&ran](QSqlDatabase&) -> Result<void> {
            ran = true;
            return {};
        },
        400);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("storage.busy"));
    QVERIFY(result.error().message.contains(QStringLiteral("Nothing was revoked")));
    QVERIFY(!ran);
    // The connection's own busy timeout is back to what it was.
    QCOMPARE(env.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
}

QTEST_GUILESS_MAIN(tst_RevocationDuringBulk)
#include "tst_revocationduringbulk.moc"
