// The audit rule: every audited change writes its audit row in the transaction of the change. A real SQLite file
// gets a trigger that refuses every insert into audit_log; each change must then fail with an error that names the
// audit row, and leave every row of the database as it was.
//
// To add a case: write a function `Result<void> name(AuditTransactionFixture&)` that makes one change, add what it
// needs to the fixture, and list it in kCases with a short name.

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/crypto/PasswordHasher.h"
#include "core/history/TokenHistory.h"
#include "core/sessions/IssuedTokenRegistry.h"
#include "core/sessions/SessionPolicy.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace authscope;

namespace {

constexpr qint64 kStartMs = 1'795'683'600'000;

crypto::PasswordHasher::Parameters fastHashing()
{
    crypto::PasswordHasher::Parameters p;
    p.logN = 6;
    return p;
}

} // namespace

// A database with a user (alice) who has a live session and a recorded JWT, made while the audit log still works.
struct AuditTransactionFixture
{
    QTemporaryDir dir;
    FakeClock clock{kStartMs};
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<UserStore> users;
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<IssuedTokenRegistry> tokens;
    std::unique_ptr<TokenHistory> history;
    qint64 aliceId = 0;
    qint64 sessionId = 0;
    QByteArray sessionToken;

    Result<void> setUp()
    {
        auto opened = Database::open(test::testDatabase(dir, QStringLiteral("audit.db")));
        if (!opened) {
            return std::unexpected(opened.error());
        }
        db = std::move(*opened);
        audit = std::make_unique<AuditLog>(*db, clock, QStringLiteral("tester"));
        users = std::make_unique<UserStore>(*db, *audit, clock, fastHashing());
        sessions = std::make_unique<SessionStore>(*db, *audit, clock);
        tokens = std::make_unique<IssuedTokenRegistry>(*db, *audit, clock);
        auto alice = users->add(NewUser{QStringLiteral("alice"), {}, "correct horse battery", {}});
        if (!alice) {
            return std::unexpected(alice.error());
        }
        aliceId = alice->id;
        NewSession spec;
        spec.userId = aliceId;
        spec.ip = QStringLiteral("192.0.2.7");
        spec.userAgent = QStringLiteral("curl/8.4.0");
        auto created = sessions->create(spec);
        if (!created) {
            return std::unexpected(created.error());
        }
        sessionId = created->session.id;
        sessionToken = created->token;
        NewIssuedToken jwt;
        jwt.issuer = QStringLiteral("https://issuer.test");
        jwt.jti = QStringLiteral("jti-1");
        jwt.sessionId = sessionId;
        jwt.userId = aliceId;
        jwt.kid = QStringLiteral("k1");
        jwt.issuedMs = kStartMs;
        jwt.expiresMs = kStartMs + 3600 * 1000;
        if (auto recorded = tokens->record(jwt); !recorded) {
            return std::unexpected(recorded.error());
        }
        history = std::make_unique<TokenHistory>(*db, clock, TokenHistory::DefaultCapacity, audit.get());
        if (auto on = history->setRememberTokens(true); !on) { // off by default (D-TOKEN-HISTORY)
            return on;
        }
        if (auto added = history->add("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln"); !added || !*added) {
            return added ? fail(QStringLiteral("test.setup"), QStringLiteral("the history remembered nothing"))
                         : std::unexpected(added.error());
        }
        return {};
    }

    // From now on no audit row can be written, by any connection.
    Result<void> refuseAuditRows()
    {
        QSqlQuery q(db->connection());
        for (const QString& statement : test::refuseAuditSql(db->isPostgres())) {
            if (!q.exec(statement)) {
                return fail(QStringLiteral("test.sql"), q.lastError().text());
            }
        }
        return {};
    }

    // Every row of every table, as text: what "nothing changed" compares.
    QStringList snapshot()
    {
        QStringList rows;
        QSqlQuery tables(db->connection());
        const QString list = db->isPostgres()
                                 ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                  "table_schema = current_schema() AND table_type = 'BASE TABLE'")
                                 : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                                  "LIKE 'sqlite_%'");
        if (!tables.exec(list)) {
            qFatal("cannot list the tables: %s", qPrintable(tables.lastError().text()));
        }
        QStringList names;
        while (tables.next()) {
            names << tables.value(0).toString();
        }
        for (const QString& table : std::as_const(names)) {
            QSqlQuery q(db->connection());
            if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                qFatal("cannot read %s: %s", qPrintable(table), qPrintable(q.lastError().text()));
            }
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant v = q.value(i);
                    values << (v.isNull() ? QStringLiteral("NULL") : QString::fromLatin1(v.toByteArray().toHex()));
                }
                rows << table + u':' + values.join(u',');
            }
        }
        rows.sort();
        return rows;
    }
};

namespace {

using Change = std::function<Result<void>(AuditTransactionFixture&)>;

template <typename T>
Result<void> done(const Result<T>& result)
{
    if (!result) {
        return std::unexpected(result.error());
    }
    return {};
}

Result<void> revokeSession(AuditTransactionFixture& f)
{
    return done(f.sessions->revoke(f.sessionId, QStringLiteral("stolen laptop")));
}

Result<void> revokeUser(AuditTransactionFixture& f)
{
    return done(f.sessions->revokeUser(f.aliceId, QStringLiteral("left the company")));
}

Result<void> revokeAll(AuditTransactionFixture& f)
{
    return done(f.sessions->revokeAll(QStringLiteral("incident")));
}

Result<void> logout(AuditTransactionFixture& f)
{
    return done(f.sessions->logout(f.sessionToken));
}

// The validator's raw SQLite path: the session row and its audit row in one transaction of the C API.
Result<void> createSession(AuditTransactionFixture& f)
{
    NewSession spec;
    spec.userId = f.aliceId;
    spec.ip = QStringLiteral("198.51.100.9");
    spec.userAgent = QStringLiteral("python-requests/2.31.0");
    return done(f.sessions->create(spec));
}

Result<void> disableUser(AuditTransactionFixture& f)
{
    return done(f.users->setDisabled(QStringLiteral("alice"), true, QStringLiteral("suspended")));
}

Result<void> changePassword(AuditTransactionFixture& f)
{
    return f.users->setPassword(QStringLiteral("alice"), "a brand new passphrase");
}

Result<void> denyToken(AuditTransactionFixture& f)
{
    return done(f.tokens->deny(QStringLiteral("https://issuer.test"), QStringLiteral("jti-1"), kStartMs + 3600 * 1000,
                               QStringLiteral("leaked")));
}

Result<void> sessionPolicy(AuditTransactionFixture& f)
{
    const SessionPolicy before = f.sessions->policy();
    SessionPolicy changed = before;
    changed.idleTimeoutSecs = 600;
    return changed.save(*f.db, *f.audit, before);
}

Result<void> clearHistory(AuditTransactionFixture& f)
{
    return done(f.history->clear());
}

Result<void> stopRememberingTokens(AuditTransactionFixture& f)
{
    return f.history->setRememberTokens(false);
}

struct Case
{
    const char* name;
    Change change;
};

const Case kCases[] = {
    {"session revoke", revokeSession},           {"session revoke-user", revokeUser},
    {"session revoke-all", revokeAll},           {"session logout", logout},
    {"session create", createSession},           {"user disable", disableUser},
    {"user password", changePassword},           {"token deny", denyToken},
    {"session policy", sessionPolicy},           {"history clear", clearHistory},
    {"history remember", stopRememberingTokens},
};

} // namespace

class tst_AuditTransaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedAuditRowUndoesTheChange_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < static_cast<int>(std::size(kCases)); ++i) {
            QTest::newRow(kCases[i].name) << i;
        }
    }

    void refusedAuditRowUndoesTheChange()
    {
        QFETCH(int, index);
        AuditTransactionFixture f;
        if (auto ok = f.setUp(); !ok) {
            QFAIL(qPrintable(ok.error().toString()));
        }
        if (auto ok = f.refuseAuditRows(); !ok) {
            QFAIL(qPrintable(ok.error().toString()));
        }
        const QStringList before = f.snapshot();
        QVERIFY(!before.isEmpty());

        auto result = kCases[index].change(f);
        QVERIFY2(!result.has_value(), "the change went through without its audit row");
        QVERIFY2(result.error().message.contains(QStringLiteral("audit row")), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("audit refused")), qPrintable(result.error().message));

        QCOMPARE(f.snapshot(), before);
        // The session is as it was for the validator too (no cache kept a change that was rolled back).
        auto validated = f.sessions->validate(f.sessionToken);
        QVERIFY(validated.has_value());
        QCOMPARE(validated->verdict, SessionValidation::Verdict::Valid);
    }

    // Without the trigger the same changes go through, each with its row: the fixture itself is sound.
    void changesGoThroughWhenTheAuditRowCan()
    {
        for (const Case& c : kCases) {
            AuditTransactionFixture f;
            if (auto ok = f.setUp(); !ok) {
                QFAIL(qPrintable(ok.error().toString()));
            }
            const qint64 rowsBefore = f.audit->count().value();
            auto result = c.change(f);
            QVERIFY2(result.has_value(), c.name);
            QVERIFY2(f.audit->count().value() > rowsBefore, c.name);
            QVERIFY2(f.audit->verify().value().intact, c.name);
        }
    }
};

QTEST_GUILESS_MAIN(tst_AuditTransaction)
#include "tst_audittransaction.moc"
