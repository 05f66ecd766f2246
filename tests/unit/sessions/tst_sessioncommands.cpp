// authscope-cli users ... / sessions ... / bench sessions, run as a separate process against a real file:
// exit codes, JSON, passwords never on the command line, and revocation by one process seen by another.
#include "tests/unit/sessions/SessionsTestEnv.h"

#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

class tst_SessionCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString db() const { return m_dir.filePath(QStringLiteral("cli.db")); }

    CliRun cli(const QStringList& args, const QByteArray& input = {})
    {
        QStringList all{QStringLiteral("--db"), db()};
        all += args;
        return runCli(all, input, 120000);
    }

    static QJsonObject object(const CliRun& run) { return QJsonDocument::fromJson(run.out).object(); }
    static QJsonArray array(const CliRun& run) { return QJsonDocument::fromJson(run.out).array(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void usersAdd()
    {
        auto run = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("alice"),
                        QStringLiteral("--role"), QStringLiteral("admin")},
                       "a long enough password\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("added user alice"));

        QFile file(m_dir.filePath(QStringLiteral("pw")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("bobs secret password\r\n");
        file.close();
        run = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bob"),
                   QStringLiteral("--password-file"), file.fileName()});
        QCOMPARE(run.exitCode, 0);

        run = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ALICE")}, "another password\n");
        QCOMPARE(run.exitCode, 1); // exists
        run = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bad name")}, "another password\n");
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("carol")}, "short\n");
        QCOMPARE(run.exitCode, 2);
        // There is no way to give a password on the command line.
        run = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("dave"), QStringLiteral("--password"),
                   QStringLiteral("visible-to-ps")});
        QCOMPARE(run.exitCode, 2);

        run = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray users = array(run);
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("has_password")).toBool(), true);
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("roles")).toArray().at(0).toString(),
                 QStringLiteral("admin"));
    }

    void seedAndList()
    {
        auto run = cli({QStringLiteral("sessions"), QStringLiteral("seed"), QStringLiteral("--count"),
                        QStringLiteral("600"), QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("seeded 600 sessions"));

        run = cli({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("25"),
                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject first = object(run);
        QCOMPARE(first.value(QStringLiteral("sessions")).toArray().size(), 25);
        const QString cursor = first.value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        run = cli({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("25"),
                   QStringLiteral("--cursor"), cursor, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray second = object(run).value(QStringLiteral("sessions")).toArray();
        QCOMPARE(second.size(), 25);
        QVERIFY(
            second.at(0).toObject().value(QStringLiteral("id")).toInteger() !=
            first.value(QStringLiteral("sessions")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger());

        run = cli({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--state"),
                   QStringLiteral("revoked"), QStringLiteral("--limit"), QStringLiteral("1000"),
                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray revoked = object(run).value(QStringLiteral("sessions")).toArray();
        QVERIFY(!revoked.isEmpty());
        for (const QJsonValue& v : revoked) {
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
            QVERIFY(v.toObject().value(QStringLiteral("revoked")).isObject());
        }
        run = cli({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--ip"),
                   QStringLiteral("10.0.0.0/8"), QStringLiteral("--sort"), QStringLiteral("ip"),
                   QStringLiteral("--asc"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        for (const QJsonValue& v : object(run).value(QStringLiteral("sessions")).toArray()) {
            QVERIFY(v.toObject().value(QStringLiteral("ip")).toString().startsWith(QStringLiteral("10.")));
        }
        run = cli({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("ID"));
        QVERIFY(run.out.contains("more with --cursor"));

        run = cli(
            {QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("asleep")});
        QCOMPARE(run.exitCode, 2);
        run =
            cli({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--ip"), QStringLiteral("banana")});
        QCOMPARE(run.exitCode, 2);
        run =
            cli({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--cursor"), QStringLiteral("zz")});
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--sort"),
                   QStringLiteral("shoe-size")});
        QCOMPARE(run.exitCode, 2);
    }

    void revocationAcrossProcesses()
    {
        auto run = cli({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--user"),
                        QStringLiteral("alice"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const qint64 id = object(run).value(QStringLiteral("id")).toInteger();
        const QByteArray token = object(run).value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(token.size(), 43);

        // This process validates (and caches) the session...
        auto opened = Database::open(db());
        QVERIFY(opened);
        FakeClock clock(QDateTime::currentMSecsSinceEpoch());
        AuditLog audit(**opened, clock, QStringLiteral("server"));
        SessionStore store(**opened, audit, clock);
        QCOMPARE(store.validate(token)->verdict, SessionValidation::Verdict::Valid);
        QCOMPARE(store.validate(token)->verdict, SessionValidation::Verdict::Valid);

        run = cli({QStringLiteral("sessions"), QStringLiteral("check")}, token);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("valid"));

        // ...another process revokes it by its public id...
        run = cli({QStringLiteral("sessions"), QStringLiteral("revoke"), QString::number(id),
                   QStringLiteral("--reason"), QStringLiteral("phished")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("revoked session"));

        // ...and the very next validation here refuses it.
        QCOMPARE(store.validate(token)->verdict, SessionValidation::Verdict::Revoked);
        run = cli({QStringLiteral("sessions"), QStringLiteral("check"), QStringLiteral("--json")}, token);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(object(run).value(QStringLiteral("verdict")).toString(), QStringLiteral("revoked"));

        run = cli({QStringLiteral("sessions"), QStringLiteral("revoke"), QString::number(id)});
        QCOMPARE(run.exitCode, 1); // not active any more
        run = cli({QStringLiteral("sessions"), QStringLiteral("revoke"), QStringLiteral("999999")});
        QCOMPARE(run.exitCode, 1);
        run = cli({QStringLiteral("sessions"), QStringLiteral("revoke"), QString::fromLatin1(token)});
        QCOMPARE(run.exitCode, 2); // the secret is not an id, and is refused as one
        run = cli({QStringLiteral("sessions"), QStringLiteral("check"), QString::fromLatin1(token)});
        QCOMPARE(run.exitCode, 2); // nor accepted on the command line

        run = cli({QStringLiteral("sessions"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject shown = object(run);
        QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
        QCOMPARE(shown.value(QStringLiteral("revoked")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("phished"));
        QStringList actions;
        for (const QJsonValue& e : shown.value(QStringLiteral("audit")).toArray()) {
            actions << e.toObject().value(QStringLiteral("action")).toString();
        }
        QVERIFY(actions.contains(QStringLiteral("session.create")));
        QVERIFY(actions.contains(QStringLiteral("session.revoke")));
        QVERIFY(!run.out.contains(token));
        run = cli({QStringLiteral("sessions"), QStringLiteral("show"), QStringLiteral("999999")});
        QCOMPARE(run.exitCode, 1);
    }

    void extendPurgeAndBulk()
    {
        auto run = cli({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--user"),
                        QStringLiteral("bob"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QString id = QString::number(object(run).value(QStringLiteral("id")).toInteger());
        const QByteArray token = object(run).value(QStringLiteral("token")).toString().toLatin1();
        run = cli(
            {QStringLiteral("sessions"), QStringLiteral("extend"), id, QStringLiteral("--by"), QStringLiteral("3600")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("sessions"), QStringLiteral("show"), id, QStringLiteral("--json")});
        const qint64 absolute = object(run).value(QStringLiteral("absolute_expires_ms")).toInteger();
        const qint64 created = object(run).value(QStringLiteral("created_ms")).toInteger();
        QCOMPARE(absolute - created, (12 * 3600 + 3600) * 1000LL);
        run = cli(
            {QStringLiteral("sessions"), QStringLiteral("extend"), id, QStringLiteral("--by"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 2);

        run = cli({QStringLiteral("sessions"), QStringLiteral("revoke-user"), QStringLiteral("bob")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("revoked 1 session"));
        run = cli({QStringLiteral("sessions"), QStringLiteral("check")}, token);
        QCOMPARE(run.exitCode, 1);
        run = cli({QStringLiteral("sessions"), QStringLiteral("revoke-user"), QStringLiteral("nobody")});
        QCOMPARE(run.exitCode, 1);

        run = cli({QStringLiteral("sessions"), QStringLiteral("revoke-all")});
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("sessions"), QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY(object(run).value(QStringLiteral("active")).toInteger() > 0);
        run = cli({QStringLiteral("sessions"), QStringLiteral("revoke-all"), QStringLiteral("--yes"),
                   QStringLiteral("--reason"), QStringLiteral("incident 42")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("sessions"), QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(object(run).value(QStringLiteral("active")).toInteger(), 0);
        const qint64 total = object(run).value(QStringLiteral("total")).toInteger();

        run = cli(
            {QStringLiteral("sessions"), QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("purged"));
        run = cli({QStringLiteral("sessions"), QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY(object(run).value(QStringLiteral("total")).toInteger() < total);
        run = cli({QStringLiteral("sessions"), QStringLiteral("purge")});
        QCOMPARE(run.exitCode, 2);
    }

    void disableAndPolicy()
    {
        auto run = cli({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--user"),
                        QStringLiteral("alice"), QStringLiteral("--json")});
        const QByteArray token = object(run).value(QStringLiteral("token")).toString().toLatin1();
        run = cli({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("alice"),
                   QStringLiteral("--reason"), QStringLiteral("left")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("sessions"), QStringLiteral("check")}, token);
        QCOMPARE(run.exitCode, 1);
        run = cli(
            {QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--user"), QStringLiteral("alice")});
        QCOMPARE(run.exitCode, 1);
        run = cli({QStringLiteral("users"), QStringLiteral("enable"), QStringLiteral("alice")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("nobody")});
        QCOMPARE(run.exitCode, 1);

        run = cli({QStringLiteral("sessions"), QStringLiteral("policy"), QStringLiteral("--idle"),
                   QStringLiteral("600"), QStringLiteral("--slide"), QStringLiteral("30")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--user"),
                   QStringLiteral("alice"), QStringLiteral("--json")});
        run = cli({QStringLiteral("sessions"), QStringLiteral("show"),
                   QString::number(object(run).value(QStringLiteral("id")).toInteger()), QStringLiteral("--json")});
        QCOMPARE(object(run).value(QStringLiteral("idle_timeout_s")).toInt(), 600);
        run = cli(
            {QStringLiteral("sessions"), QStringLiteral("policy"), QStringLiteral("--slide"), QStringLiteral("900")});
        QCOMPARE(run.exitCode, 2);
    }

    void auditChainStaysIntact()
    {
        auto run = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                   QStringLiteral("session."), QStringLiteral("--json")});
        QStringList actions;
        for (const QJsonValue& e : array(run)) {
            actions << e.toObject().value(QStringLiteral("action")).toString();
        }
        for (const QString& a : {QStringLiteral("session.seed"), QStringLiteral("session.create"),
                                 QStringLiteral("session.revoke"), QStringLiteral("session.extend"),
                                 QStringLiteral("session.revoke-user"), QStringLiteral("session.revoke-all"),
                                 QStringLiteral("session.purge"), QStringLiteral("session.policy")}) {
            QVERIFY2(actions.contains(a), qPrintable(a));
        }
    }

    void benchSmoke()
    {
        const auto run =
            runCli({QStringLiteral("bench"), QStringLiteral("sessions"), QStringLiteral("--sessions"),
                    QStringLiteral("500"), QStringLiteral("--operations"), QStringLiteral("500"),
                    QStringLiteral("--json"), QStringLiteral("--quiet"), QStringLiteral("--dir"), m_dir.path()},
                   {}, 300000);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("revocations_instant")).toBool(), true);
        QStringList names;
        for (const QJsonValue& r : report.value(QStringLiteral("rows")).toArray()) {
            names << r.toObject().value(QStringLiteral("name")).toString();
            QVERIFY(r.toObject().value(QStringLiteral("per_second")).toDouble() > 0);
        }
        QCOMPARE(names.size(), 7);
        QVERIFY(names.at(0).startsWith(QStringLiteral("raw SQLite")));
        // Tests never assert a speed: only that every row is there and compared with its baseline.
        QVERIFY(report.value(QStringLiteral("rows")).toArray().at(2).toObject().contains(QStringLiteral("ratio")));
        QVERIFY(runCli({QStringLiteral("bench"), QStringLiteral("sessions"), QStringLiteral("--sessions"),
                        QStringLiteral("5")})
                    .exitCode == 2);
    }
};

QTEST_GUILESS_MAIN(tst_SessionCommands)
#include "tst_sessioncommands.moc"
