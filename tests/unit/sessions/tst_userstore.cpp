// Users: names, scrypt hashes, roles, disabling (which ends their sessions), authentication, audit rows.
#include "tests/unit/sessions/SessionsTestEnv.h"

#include "tests/support/DataColumns.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

class tst_UserStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addAndFind()
    {
        SessionsTestEnv env;
        auto user = env.users->add(NewUser{QStringLiteral("Alice"),
                                           QStringLiteral("Alice  Liddell "),
                                           "wonderland-2026",
                                           {QStringLiteral("Admin"), QStringLiteral("user"), QStringLiteral("admin")}});
        VERIFY_OK(user);
        QCOMPARE(user->username, QStringLiteral("Alice"));
        QCOMPARE(user->displayName, QStringLiteral("Alice Liddell"));
        QCOMPARE(user->roles, (QStringList{QStringLiteral("admin"), QStringLiteral("user")}));
        QVERIFY(user->hasPassword);
        QVERIFY(!user->disabled);
        QCOMPARE(user->createdMs, kStartMs);
        // Names are unique regardless of case.
        QCOMPARE(env.users->find(QStringLiteral("ALICE"))->id, user->id);
        QCOMPARE(env.users->add(NewUser{QStringLiteral("alice"), {}, {}, {}}).error().code,
                 QStringLiteral("users.exists"));
        QCOMPARE(env.users->find(QStringLiteral("nobody")).error().code, QStringLiteral("users.not-found"));
        QCOMPARE(env.auditCount(QStringLiteral("user.add"), QStringLiteral("user:Alice")), 1);
    }

    void passwordIsAnScryptHash()
    {
        SessionsTestEnv env;
        env.addUser(QStringLiteral("bob"), "hunter2-hunter2");
        const QString stored =
            env.scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'bob'")).toString();
        QVERIFY(stored.startsWith(QStringLiteral("$scrypt$")));
        QVERIFY(!stored.contains(QStringLiteral("hunter2")));
        env.addUser(QStringLiteral("carol"), "hunter2-hunter2");
        const QString other =
            env.scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'carol'")).toString();
        QVERIFY(stored != other); // per-user salt
    }

    void rejectsBadInput_data()
    {
        addColumns<QString, QByteArray, QStringList, QString>("name", "password", "roles", "code");
        QTest::newRow("empty name") << "" << QByteArray() << QStringList() << "users.bad-name";
        QTest::newRow("space") << "al ice" << QByteArray() << QStringList() << "users.bad-name";
        QTest::newRow("quote") << "al'ice" << QByteArray() << QStringList() << "users.bad-name";
        QTest::newRow("leading dot") << ".alice" << QByteArray() << QStringList() << "users.bad-name";
        QTest::newRow("too long") << QString(65, u'a') << QByteArray() << QStringList() << "users.bad-name";
        QTest::newRow("short password") << "alice" << QByteArray("short") << QStringList() << "users.weak-password";
        QTest::newRow("huge password") << "alice" << QByteArray(2000, 'x') << QStringList() << "users.bad-password";
        QTest::newRow("bad role") << "alice" << QByteArray() << QStringList{QStringLiteral("no spaces")}
                                  << "users.bad-role";
    }

    void rejectsBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, password);
        QFETCH(QStringList, roles);
        QFETCH(QString, code);
        SessionsTestEnv env;
        auto user = env.users->add(NewUser{name, {}, password, roles});
        QVERIFY(!user);
        QCOMPARE(user.error().code, code);
        QCOMPARE(env.scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong(), 0);
    }

    void authenticate()
    {
        SessionsTestEnv env;
        env.addUser(QStringLiteral("alice"), "correct horse battery");
        auto ok = env.users->authenticate(QStringLiteral("alice"), "correct horse battery");
        QVERIFY(ok);
        QCOMPARE(ok->username, QStringLiteral("alice"));
        // Wrong password and unknown user look the same to the caller.
        QCOMPARE(env.users->authenticate(QStringLiteral("alice"), "wrong horse").error().code,
                 QStringLiteral("users.bad-credentials"));
        QCOMPARE(env.users->authenticate(QStringLiteral("mallory"), "anything").error().code,
                 QStringLiteral("users.bad-credentials"));
        QCOMPARE(env.auditCount(QStringLiteral("user.login-failed")), 2);
        // No password set: no login at all, even with an empty one.
        QVERIFY(env.users->add(NewUser{QStringLiteral("nopass"), {}, {}, {}}));
        QCOMPARE(env.users->authenticate(QStringLiteral("nopass"), "").error().code,
                 QStringLiteral("users.bad-credentials"));
        QVERIFY(env.users->setDisabled(QStringLiteral("alice"), true));
        QCOMPARE(env.users->authenticate(QStringLiteral("alice"), "correct horse battery").error().code,
                 QStringLiteral("users.disabled"));
    }

    void upgradesWeakHashesAtLogin()
    {
        SessionsTestEnv env;
        env.addUser(QStringLiteral("alice"), "correct horse battery");
        const QString before = env.scalar(QStringLiteral("SELECT password_hash FROM users")).toString();
        crypto::PasswordHasher::Parameters stronger = fastHashing();
        stronger.logN += 1;
        UserStore upgraded(*env.db, *env.audit, env.clock, stronger);
        QVERIFY(upgraded.authenticate(QStringLiteral("alice"), "correct horse battery"));
        const QString after = env.scalar(QStringLiteral("SELECT password_hash FROM users")).toString();
        QVERIFY(before != after);
        QVERIFY(!crypto::PasswordHasher::needsRehash(after, stronger));
        QVERIFY(upgraded.authenticate(QStringLiteral("alice"), "correct horse battery"));
    }

    void disableEndsSessionsAndEnableDoesNotRevive()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        auto store = env.makeStore();
        NewSession spec;
        spec.userId = alice;
        auto s = store->create(spec);
        QVERIFY(s);
        QCOMPARE(store->validate(s->token)->verdict, SessionValidation::Verdict::Valid);
        auto disabled = env.users->setDisabled(QStringLiteral("alice"), true, QStringLiteral("left"));
        QVERIFY(disabled);
        QVERIFY(disabled->disabled);
        QCOMPARE(disabled->tokensNotBeforeMs, kStartMs);
        QCOMPARE(store->validate(s->token)->verdict, SessionValidation::Verdict::Revoked);
        QCOMPARE(store->find(s->session.id)->revokeReason, QStringLiteral("left"));
        QCOMPARE(env.auditCount(QStringLiteral("user.disable")), 1);
        auto enabled = env.users->setDisabled(QStringLiteral("alice"), false);
        QVERIFY(enabled);
        QVERIFY(!enabled->disabled);
        QCOMPARE(store->validate(s->token)->verdict, SessionValidation::Verdict::Revoked);
        QCOMPARE(env.auditCount(QStringLiteral("user.enable")), 1);
    }

    void listWithSessionCounts()
    {
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"));
        env.addUser(QStringLiteral("albert"));
        env.addUser(QStringLiteral("bob"));
        auto store = env.makeStore();
        NewSession spec;
        spec.userId = alice;
        QVERIFY(store->create(spec));
        QVERIFY(store->create(spec));
        auto all = env.users->list();
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).username, QStringLiteral("albert"));
        QCOMPARE(all->at(1).activeSessions, 2);
        auto al = env.users->list(QStringLiteral("AL"));
        QCOMPARE(al->size(), 2);
        QCOMPARE(env.users->list(QStringLiteral("%"))->size(), 0); // a literal %, not a wildcard
        QCOMPARE(env.users->list({}, 1)->size(), 1);
    }

    void rolesAndPassword()
    {
        SessionsTestEnv env;
        env.addUser(QStringLiteral("alice"), "first-password");
        auto user = env.users->setRoles(QStringLiteral("alice"), {QStringLiteral("support"), QStringLiteral("admin")});
        QVERIFY(user);
        QCOMPARE(user->roles, (QStringList{QStringLiteral("admin"), QStringLiteral("support")}));
        QVERIFY(env.users->setPassword(QStringLiteral("alice"), "second-password"));
        QVERIFY(!env.users->authenticate(QStringLiteral("alice"), "first-password"));
        QVERIFY(env.users->authenticate(QStringLiteral("alice"), "second-password"));
        QCOMPARE(env.users->setPassword(QStringLiteral("alice"), "short").error().code,
                 QStringLiteral("users.weak-password"));
        QCOMPARE(env.auditCount(QStringLiteral("user.password")), 1);
        QCOMPARE(env.auditCount(QStringLiteral("user.roles")), 1);
    }

    // S-PASSWORD-ENDS-SESSIONS: a new password ends the user's sessions, JWTs (not-before) and refresh tokens,
    // all but the session that made the change; other users are untouched.
    void passwordChangeEndsSessionsButTheChangingOne_data()
    {
        QTest::addColumn<bool>("keepOne");
        QTest::newRow("from the CLI or console: all end") << false;
        QTest::newRow("from a session: it stays") << true;
    }
    void passwordChangeEndsSessionsButTheChangingOne()
    {
        QFETCH(bool, keepOne);
        SessionsTestEnv env;
        const qint64 alice = env.addUser(QStringLiteral("alice"), "first-password");
        const qint64 bob = env.addUser(QStringLiteral("bob"));
        auto store = env.makeStore();
        NewSession spec;
        spec.userId = alice;
        const auto a1 = store->create(spec);
        const auto a2 = store->create(spec);
        const auto a3 = store->create(spec);
        spec.userId = bob;
        const auto b1 = store->create(spec);
        QVERIFY(a1 && a2 && a3 && b1);
        // Refresh tokens of the test server: one per alice session, one of bob.
        const qint64 later = kStartMs + 3'600'000;
        for (const auto& [session, user] :
             {std::pair{a1->session.id, alice}, std::pair{a2->session.id, alice}, std::pair{b1->session.id, bob}}) {
            QSqlQuery q(env.db->connection());
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO refresh_tokens(token_hash, family, session_id, user_id, "
                                             "issued_ms, expires_ms) VALUES(?, 'f', ?, ?, ?, ?)")));
            const QByteArray hash = QCryptographicHash::hash(QByteArray::number(session), QCryptographicHash::Sha256);
            for (const QVariant& v :
                 {QVariant(hash), QVariant(session), QVariant(user), QVariant(kStartMs), QVariant(later)}) {
                q.addBindValue(v);
            }
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        env.clock.advanceMs(1000);
        const std::optional<qint64> keep = keepOne ? std::optional<qint64>(a2->session.id) : std::nullopt;
        VERIFY_OK(env.users->setPassword(QStringLiteral("alice"), "second-password", keep));

        using V = SessionValidation::Verdict;
        QCOMPARE(store->validate(a1->token)->verdict, V::Revoked);
        QCOMPARE(store->validate(a2->token)->verdict, keepOne ? V::Valid : V::Revoked);
        QCOMPARE(store->validate(a3->token)->verdict, V::Revoked);
        QCOMPARE(store->validate(b1->token)->verdict, V::Valid);
        QCOMPARE(store->find(a1->session.id)->revokeReason, QStringLiteral("password changed"));
        // JWTs issued before now are refused from here on.
        QCOMPARE(env.users->find(alice)->tokensNotBeforeMs, kStartMs + 1000);
        QCOMPARE(env.users->find(bob)->tokensNotBeforeMs, 0);
        const QString live = QStringLiteral("SELECT count(*) FROM refresh_tokens WHERE revoked_ms IS NULL AND "
                                            "user_id = ?");
        QCOMPARE(env.scalar(live, {alice}).toInt(), keepOne ? 1 : 0);
        QCOMPARE(env.scalar(live, {bob}).toInt(), 1);
        // One audit row, written with the change, says what ended.
        QCOMPARE(env.auditCount(QStringLiteral("user.password")), 1);
        const QJsonObject details =
            QJsonDocument::fromJson(env.scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                                              "'user.password'"))
                                        .toByteArray())
                .object();
        QCOMPARE(details.value(QStringLiteral("sessions_revoked")).toInt(), keepOne ? 2 : 3);
        QCOMPARE(details.value(QStringLiteral("refresh_tokens_revoked")).toInt(), keepOne ? 1 : 2);
        QCOMPARE(details.contains(QStringLiteral("kept_session")), keepOne);
    }
};

QTEST_GUILESS_MAIN(tst_UserStore)
#include "tst_userstore.moc"
