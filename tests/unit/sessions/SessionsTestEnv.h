#pragma once

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/crypto/PasswordHasher.h"
#include "core/sessions/SessionPolicy.h"
#include "core/sessions/SessionSeeder.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// QVERIFY2 would build its message even on success, reading error() of an expected that holds a value.
#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        if (!(result)) {                                                                                               \
            QFAIL(qPrintable((result).error().toString()));                                                            \
        }                                                                                                              \
    } while (false)

namespace authscope::test {

// 2026-11-26 09:00:00 UTC: a fixed "now" for every sessions test.
inline constexpr qint64 kStartMs = 1'795'683'600'000;

// scrypt with small parameters: the real ones cost ~0.1 s per hash, too slow for tests under ASan.
inline crypto::PasswordHasher::Parameters fastHashing()
{
    crypto::PasswordHasher::Parameters p;
    p.logN = 6;
    return p;
}

// A session of `userId` from `ip` with `userAgent` (by default a command-line client on a private address).
inline NewSession sessionOf(qint64 userId, const QString& ip = QStringLiteral("10.0.0.1"),
                            const QString& userAgent = QStringLiteral("curl/8.4.0"))
{
    NewSession s;
    s.userId = userId;
    s.ip = ip;
    s.userAgent = userAgent;
    return s;
}

// Seeder options for `count` sessions in the shape `seed` fixes (0: any shape); the rest as the seeder's defaults.
inline SessionSeeder::Options seedOptions(qint64 count, quint64 seed = 0)
{
    SessionSeeder::Options options;
    options.count = count;
    options.seed = seed;
    return options;
}

// A real database (an SQLite file in a temporary folder, or a fresh PostgreSQL database when the test runs against
// PostgreSQL: see testDatabase()), with an audit log and a user store on a fake clock.
struct SessionsTestEnv
{
    QTemporaryDir dir;
    QString location = testDatabase(dir, QStringLiteral("sessions.db"));
    FakeClock clock{kStartMs};
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<UserStore> users;

    SessionsTestEnv()
    {
        auto opened = Database::open(path());
        if (!opened) {
            qFatal("cannot open the test database: %s", qPrintable(opened.error().toString()));
        }
        db = std::move(*opened);
        audit = std::make_unique<AuditLog>(*db, clock, QStringLiteral("tester"));
        users = std::make_unique<UserStore>(*db, *audit, clock, fastHashing());
    }

    // The file or the PostgreSQL URL: what --db takes and what another "process" opens.
    [[nodiscard]] QString path() const { return location; }

    std::unique_ptr<SessionStore> makeStore(const SessionPolicy& policy = {})
    {
        return std::make_unique<SessionStore>(*db, *audit, clock, policy);
    }

    // A seeder writing into this database, audited as this environment's actor, on its clock.
    SessionSeeder seeder() { return SessionSeeder(*db, *audit, clock); }

    // Seeds `count` sessions in the shape `seed` fixes, with the seeder's default batches.
    Result<SessionSeeder::Report> seed(qint64 count, quint64 seed = 0)
    {
        return seeder().run(seedOptions(count, seed));
    }

    qint64 addUser(const QString& name, const QByteArray& password = "correct horse battery")
    {
        auto user = users->add(NewUser{name, {}, password, {}});
        if (!user) {
            qFatal("cannot add user: %s", qPrintable(user.error().toString()));
        }
        return user->id;
    }

    // One value from SQL, for checking what is really stored.
    QVariant scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        for (const QVariant& v : binds) {
            q.addBindValue(v);
        }
        if (!q.exec() || !q.next()) {
            return {};
        }
        return q.value(0);
    }

    qint64 auditCount(const QString& action, const QString& target = {})
    {
        AuditFilter filter;
        filter.action = action;
        auto rows = audit->list(filter);
        if (!rows) {
            return -1;
        }
        qint64 n = 0;
        for (const AuditEntry& e : std::as_const(*rows)) {
            n += target.isEmpty() || e.target == target ? 1 : 0;
        }
        return n;
    }
};

// alice in a fresh environment, with a session store on `policy`: where most session tests start.
struct AliceStore
{
    SessionsTestEnv env;
    qint64 alice = env.addUser(QStringLiteral("alice"));
    std::unique_ptr<SessionStore> store;

    explicit AliceStore(const SessionPolicy& policy = {}) : store(env.makeStore(policy)) {}
};

// A second connection to the same database, with its own audit log (acting as `actor`) and session store: another
// process, as far as the database and the caches are concerned.
struct OtherProcess
{
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<SessionStore> store;

    OtherProcess(const QString& path, const Clock& clock, const QString& actor,
                 const Database::Options& options = Database::Options())
    {
        auto opened = Database::open(path, options);
        if (!opened) {
            qFatal("cannot open the database: %s", qPrintable(opened.error().toString()));
        }
        db = std::move(*opened);
        audit = std::make_unique<AuditLog>(*db, clock, actor);
        store = std::make_unique<SessionStore>(*db, *audit, clock);
    }
};

} // namespace authscope::test
