// A-FLOOD and H-ORIGIN with the real test server on 127.0.0.1: refused logins are counted into a bounded number
// of audit rows, cross-site posts are refused, and a successful login keeps its own row.
#include "core/audit/AuditLog.h"
#include "core/audit/RefusedLoginLog.h"
#include "core/server/AuthRoutes.h"
#include "core/server/TestServer.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"
#include "tests/support/HttpClient.h"
#include "tests/support/ServerWorld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

namespace {

const QByteArray kPassword = "correct horse battery";

QByteArray form(const QByteArray& user, const QByteArray& password)
{
    return "username=" + user + "&password=" + password + "&mode=session";
}

} // namespace

class tst_LoginAudit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refusedLoginsAreCountedIntoFewRows();
    void floodOfNamesIsBounded();
    void crossOriginPostRefused();
    void sameOriginAndNonBrowserAllowed();
    void successfulLoginKeepsItsOwnRow();

private:
    quint16 start();
    void stop();
    [[nodiscard]] QList<AuditEntry> rows(const QString& action) const;

    std::unique_ptr<ServerWorld> m_world;
};

void tst_LoginAudit::init()
{
    m_world = std::make_unique<ServerWorld>();
    QVERIFY(m_world->openDatabase(m_world->dir.filePath(QStringLiteral("flood.db"))));
    QVERIFY(m_world->addUser(QStringLiteral("alice"), kPassword).has_value());
    m_world->createServer(false);
}

void tst_LoginAudit::cleanup()
{
    m_world.reset();
}

quint16 tst_LoginAudit::start()
{
    return m_world->start();
}

void tst_LoginAudit::stop()
{
    // Stopping ends the routes, which write what they still counted.
    m_world->server->stop();
}

QList<AuditEntry> tst_LoginAudit::rows(const QString& action) const
{
    AuditFilter filter;
    filter.action = action;
    auto list = m_world->audit->list(filter);
    return list ? *list : QList<AuditEntry>();
}

void tst_LoginAudit::refusedLoginsAreCountedIntoFewRows()
{
    const quint16 port = start();
    constexpr int Attempts = 40;
    int unauthorized = 0;
    int limited = 0;
    for (int i = 0; i < Attempts; ++i) {
        const RawHttpResponse r = fetch(port, "POST", "/login", {{"Content-Type", "application/x-www-form-urlencoded"}},
                                        form("alice", "wrong" + QByteArray::number(i)));
        unauthorized += r.status == 401 ? 1 : 0;
        limited += r.status == 429 ? 1 : 0;
    }
    QCOMPARE(unauthorized + limited, Attempts);
    QVERIFY(limited > 0); // the rate limiter answered 429 to most of them
    stop();
    const QList<AuditEntry> refused = rows(QStringLiteral("auth.login-refused"));
    // One row per user, address and minute: the run may straddle a minute boundary, never more.
    QVERIFY2(!refused.isEmpty() && refused.size() <= 2, qPrintable(QString::number(refused.size())));
    qint64 total = 0;
    qint64 rateLimited = 0;
    for (const AuditEntry& e : refused) {
        QCOMPARE(e.target, QStringLiteral("user:alice"));
        QCOMPARE(e.details.value(QStringLiteral("ip")).toString(), QStringLiteral("127.0.0.1"));
        total += e.details.value(QStringLiteral("count")).toInteger();
        rateLimited +=
            e.details.value(QStringLiteral("reasons")).toObject().value(QStringLiteral("rate-limited")).toInteger();
    }
    QCOMPARE(total, Attempts);
    QCOMPARE(rateLimited, limited);
    QVERIFY(rows(QStringLiteral("user.login-failed")).isEmpty());
    QVERIFY(m_world->audit->verify()->intact);
}

void tst_LoginAudit::floodOfNamesIsBounded()
{
    // Made-up names, each a pair of its own: past the per-minute cap they share one overflow row.
    RefusedLoginLog log(*m_world->db, *m_world->audit, RefusedLoginLog::Limits{60, 5});
    const qint64 t0 = 1'764'150'000'000 - 1'764'150'000'000 % 60'000;
    for (int i = 0; i < 200; ++i) {
        log.record(QStringLiteral("user%1").arg(i), QStringLiteral("10.0.0.%1").arg(i % 7), QStringLiteral("bad"),
                   t0 + i);
    }
    QCOMPARE(log.flush(t0 + 59'000).value(), 0); // the minute is not over
    QCOMPARE(log.flush(t0 + 60'000).value(), 6);
    const QList<AuditEntry> refused = rows(QStringLiteral("auth.login-refused"));
    QCOMPARE(refused.size(), 6);
    qint64 total = 0;
    int overflow = 0;
    for (const AuditEntry& e : refused) {
        total += e.details.value(QStringLiteral("count")).toInteger();
        overflow += e.details.value(QStringLiteral("overflow")).toBool() ? 1 : 0;
    }
    QCOMPARE(total, 200);
    QCOMPARE(overflow, 1);
}

void tst_LoginAudit::crossOriginPostRefused()
{
    const quint16 port = start();
    const QByteArray body = form("alice", kPassword);
    const QList<QPair<QByteArray, QByteArray>> formType{{"Content-Type", "application/x-www-form-urlencoded"}};
    RawHttpResponse r =
        fetch(port, "POST", "/login",
              formType + QList<QPair<QByteArray, QByteArray>>{{"Origin", "https://evil.example"}}, body);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("cross_origin"));
    QVERIFY(r.json().value(QStringLiteral("error_description")).toString().contains(QStringLiteral("evil.example")));
    r = fetch(port, "POST", "/login", formType + QList<QPair<QByteArray, QByteArray>>{{"Origin", "null"}}, body);
    QCOMPARE(r.status, 403);
    r = fetch(port, "POST", "/login", formType + QList<QPair<QByteArray, QByteArray>>{{"Sec-Fetch-Site", "cross-site"}},
              body);
    QCOMPARE(r.status, 403);
    // Another port on the same host is another origin.
    r = fetch(port, "POST", "/logout",
              {{"Origin", "http://127.0.0.1:" + QByteArray::number(port == 65535 ? 1 : port + 1)}}, {});
    QCOMPARE(r.status, 403);
    stop();
    // Refused before anything ran: no session, no audit row.
    QVERIFY(rows(QStringLiteral("session.create")).isEmpty());
    QVERIFY(rows(QStringLiteral("auth.login-refused")).isEmpty());
}

void tst_LoginAudit::sameOriginAndNonBrowserAllowed()
{
    const quint16 port = start();
    const QByteArray own = "http://127.0.0.1:" + QByteArray::number(port);
    const QList<QPair<QByteArray, QByteArray>> formType{{"Content-Type", "application/x-www-form-urlencoded"}};
    RawHttpResponse r =
        fetch(port, "POST", "/login",
              formType + QList<QPair<QByteArray, QByteArray>>{{"Origin", own}, {"Sec-Fetch-Site", "same-origin"}},
              form("alice", kPassword));
    QCOMPARE(r.status, 200);
    // The same server reached as localhost: the page's origin is what Host names.
    const QByteArray body = form("alice", kPassword);
    r = rawHttp(port, "POST /login HTTP/1.1\r\nHost: localhost:" + QByteArray::number(port) +
                          "\r\nOrigin: http://localhost:" + QByteArray::number(port) +
                          "\r\nContent-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QCOMPARE(r.status, 200);
    r = fetch(port, "POST", "/login", formType, form("alice", kPassword)); // curl, the CLI: no Origin
    QCOMPARE(r.status, 200);
}

void tst_LoginAudit::successfulLoginKeepsItsOwnRow()
{
    const quint16 port = start();
    for (int i = 0; i < 3; ++i) {
        const RawHttpResponse r = fetch(port, "POST", "/login", {{"Content-Type", "application/x-www-form-urlencoded"}},
                                        form("alice", kPassword));
        QCOMPARE(r.status, 200);
    }
    // Written at once, one per login, before the server stops.
    QCOMPARE(rows(QStringLiteral("session.create")).size(), 3);
    stop();
    QVERIFY(rows(QStringLiteral("auth.login-refused")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_LoginAudit)
#include "tst_loginaudit.moc"
