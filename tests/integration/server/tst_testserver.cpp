#include "HttpClient.h"

#include "audit/AuditLog.h"
#include "server/HttpRouter.h"
#include "server/TestServer.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

namespace {

// A route group for the tests: echoes the body size and throws on /boom.
class EchoRoutes final : public RouteGroup
{
public:
    void registerRoutes(HttpRouter& router) override
    {
        router.add(QByteArrayLiteral("POST"), QStringLiteral("/echo"), [](const HttpRequest& request) {
            return HttpResponse::json(
                200, QJsonObject{{QStringLiteral("bytes"), request.body.size()},
                                 {QStringLiteral("cookie"), QString::fromLatin1(request.cookie("a"))},
                                 {QStringLiteral("bearer"), QString::fromLatin1(request.bearerToken())}});
        });
        router.add(QByteArrayLiteral("GET"), QStringLiteral("/boom"),
                   [](const HttpRequest&) -> HttpResponse { throw std::runtime_error("handler bug"); });
    }
};

} // namespace

class tst_TestServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void healthz();
    void healthzDeep();
    void unknownRouteIs404Json();
    void wrongMethodIs405WithAllow();
    void headHasNoBody();
    void handlerExceptionIs500AndServerLives();
    void cookiesAndBearerAreParsed();
    void corsPreflightAllowedOrigin();
    void corsOtherOriginRefused();
    void noCorsHeadersWithoutConfig();
    void hugeHeaderIs431();
    void hugeBodyIs413();
    void chunkedBodyIs411();
    void badContentLengthIs400();
    void garbageDoesNotHurt();
    void slowlorisDoesNotBlockOthers();
    void idleConnectionIsClosed();
    void tooManyConnectionsIs503();
    void keepAliveServesSeveralRequests();
    void startTwiceRefused();
    void portInUseGivesError();
    void startAndStopAreAudited();
    void requestsAreLogged();

private:
    quint16 start(ServerConfig config = {});
    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<TestServer> m_server;
};

void tst_TestServer::init()
{
    m_dir = new QTemporaryDir;
    m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("server.db"))).value());
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_server = std::make_unique<TestServer>(*m_db, *m_audit);
    m_server->addRouteFactory([](const ServerContext&) {
        std::vector<std::unique_ptr<RouteGroup>> groups;
        groups.push_back(std::make_unique<EchoRoutes>());
        return groups;
    });
}

void tst_TestServer::cleanup()
{
    m_server.reset();
    m_audit.reset();
    m_db.reset();
    delete m_dir;
}

quint16 tst_TestServer::start(ServerConfig config)
{
    config.port = 0;
    auto port = m_server->start(config);
    if (!port) {
        qFatal("server did not start: %s", qPrintable(port.error().message));
    }
    return *port;
}

void tst_TestServer::healthz()
{
    const quint16 port = start();
    QVERIFY(port > 0);
    QVERIFY(m_server->isRunning());
    QCOMPARE(m_server->baseUrl(), QStringLiteral("http://127.0.0.1:%1").arg(port));
    const RawHttpResponse r = http(port, "GET", "/healthz");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void tst_TestServer::healthzDeep()
{
    const quint16 port = start();
    const RawHttpResponse r = http(port, "GET", "/healthz?deep=1");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
}

void tst_TestServer::unknownRouteIs404Json()
{
    const quint16 port = start();
    const RawHttpResponse r = http(port, "GET", "/no/such/thing");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
}

void tst_TestServer::wrongMethodIs405WithAllow()
{
    const quint16 port = start();
    const RawHttpResponse r = http(port, "DELETE", "/healthz");
    QCOMPARE(r.status, 405);
    QVERIFY(r.header("allow").contains("GET"));
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("method_not_allowed"));
}

void tst_TestServer::headHasNoBody()
{
    const quint16 port = start();
    const RawHttpResponse r = http(port, "HEAD", "/healthz");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
}

void tst_TestServer::handlerExceptionIs500AndServerLives()
{
    const quint16 port = start();
    QCOMPARE(http(port, "GET", "/boom").status, 500);
    QCOMPARE(http(port, "GET", "/healthz").status, 200);
}

void tst_TestServer::cookiesAndBearerAreParsed()
{
    const quint16 port = start();
    const RawHttpResponse r = http(port, "POST", "/echo",
                                   {{"Cookie", "x=1; a=hello; b=2"}, {"Authorization", "Bearer abc.def.ghi"}}, "12345");
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("bytes")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("cookie")).toString(), QStringLiteral("hello"));
    QCOMPARE(o.value(QStringLiteral("bearer")).toString(), QStringLiteral("abc.def.ghi"));
}

void tst_TestServer::corsPreflightAllowedOrigin()
{
    ServerConfig config;
    config.corsOrigin = QStringLiteral("http://localhost:3000");
    const quint16 port = start(config);
    RawHttpResponse r = http(port, "OPTIONS", "/echo",
                             {{"Origin", "http://localhost:3000"}, {"Access-Control-Request-Method", "POST"}});
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://localhost:3000"));
    QVERIFY(r.header("access-control-allow-methods").contains("POST"));
    QCOMPARE(r.header("access-control-allow-credentials"), QByteArray("true"));
    r = http(port, "POST", "/echo", {{"Origin", "http://localhost:3000"}}, "x");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://localhost:3000"));
}

void tst_TestServer::corsOtherOriginRefused()
{
    ServerConfig config;
    config.corsOrigin = QStringLiteral("http://localhost:3000");
    const quint16 port = start(config);
    RawHttpResponse r = http(port, "OPTIONS", "/echo", {{"Origin", "http://evil.example"}});
    QCOMPARE(r.status, 403);
    QVERIFY(r.header("access-control-allow-origin").isEmpty());
    r = http(port, "POST", "/echo", {{"Origin", "http://evil.example"}}, "x");
    QVERIFY(r.header("access-control-allow-origin").isEmpty());
}

void tst_TestServer::noCorsHeadersWithoutConfig()
{
    const quint16 port = start();
    const RawHttpResponse r = http(port, "GET", "/healthz", {{"Origin", "http://localhost:3000"}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("access-control-allow-origin").isEmpty());
}

void tst_TestServer::hugeHeaderIs431()
{
    const quint16 port = start();
    const RawHttpResponse r = http(port, "GET", "/healthz", {{"X-Big", QByteArray(1024 * 1024, 'a')}});
    QCOMPARE(r.status, 431);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("request_header_too_large"));
    QCOMPARE(http(port, "GET", "/healthz").status, 200);
}

void tst_TestServer::hugeBodyIs413()
{
    const quint16 port = start();
    const RawHttpResponse r = http(port, "POST", "/echo", {}, QByteArray(2 * 1024 * 1024, 'b'));
    QCOMPARE(r.status, 413);
    QCOMPARE(http(port, "POST", "/echo", {}, QByteArray(1000, 'b')).json().value(QStringLiteral("bytes")).toInt(),
             1000);
}

void tst_TestServer::chunkedBodyIs411()
{
    const quint16 port = start();
    const RawHttpResponse r = rawHttp(port, "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                            "3\r\nabc\r\n0\r\n\r\n");
    QCOMPARE(r.status, 411);
}

void tst_TestServer::badContentLengthIs400()
{
    const quint16 port = start();
    const RawHttpResponse r = rawHttp(port, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: lots\r\n\r\n");
    QCOMPARE(r.status, 400);
}

void tst_TestServer::garbageDoesNotHurt()
{
    const quint16 port = start();
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i) {
        garbage += static_cast<char>((i * 7919) % 256);
    }
    garbage += "\r\n\r\n";
    (void)rawHttp(port, garbage, 2000);
    (void)rawHttp(port, "NOTAMETHOD / HTTP/9.9\r\n\r\n", 2000);
    QCOMPARE(http(port, "GET", "/healthz").status, 200);
}

void tst_TestServer::slowlorisDoesNotBlockOthers()
{
    ServerConfig config;
    config.headerTimeoutMs = 600;
    const quint16 port = start(config);
    QTcpSocket slow;
    slow.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(slow.waitForConnected(5000));
    slow.write("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    QVERIFY(slow.waitForBytesWritten(5000));
    // Others are answered while the slow request hangs.
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(http(port, "GET", "/healthz").status, 200);
    }
    // The slow one is cut off with 408 once its time is up.
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000 && !data.contains("\r\n\r\n")) {
        if (slow.waitForReadyRead(200)) {
            data += slow.readAll();
        }
    }
    QCOMPARE(parseResponse(data).status, 408);
}

void tst_TestServer::idleConnectionIsClosed()
{
    ServerConfig config;
    config.idleTimeoutMs = 300;
    config.headerTimeoutMs = 300;
    const quint16 port = start(config);
    QTcpSocket idle;
    idle.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(idle.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 5000);
}

void tst_TestServer::tooManyConnectionsIs503()
{
    ServerConfig config;
    config.maxConnections = 2;
    const quint16 port = start(config);
    QTcpSocket a;
    QTcpSocket b;
    a.connectToHost(QStringLiteral("127.0.0.1"), port);
    b.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(a.waitForConnected(5000) && b.waitForConnected(5000));
    QTest::qWait(100);
    const RawHttpResponse r = http(port, "GET", "/healthz");
    QCOMPARE(r.status, 503);
    a.close();
    b.close();
    QTRY_COMPARE_WITH_TIMEOUT(http(port, "GET", "/healthz").status, 200, 5000);
}

void tst_TestServer::keepAliveServesSeveralRequests()
{
    const quint16 port = start();
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(socket.waitForConnected(5000));
    for (int i = 0; i < 3; ++i) {
        socket.write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
        QByteArray data;
        RawHttpResponse r;
        while (r.status == 0 && socket.waitForReadyRead(5000)) {
            data += socket.readAll();
            r = parseResponse(data);
        }
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("bytes")).toInt(), 3);
    }
}

void tst_TestServer::startTwiceRefused()
{
    start();
    auto again = m_server->start({});
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, QStringLiteral("server.running"));
}

void tst_TestServer::portInUseGivesError()
{
    const quint16 port = start();
    TestServer other(*m_db, *m_audit);
    ServerConfig config;
    config.port = port;
    auto result = other.start(config);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, QStringLiteral("server.listen"));
    QVERIFY(!other.isRunning());
}

void tst_TestServer::startAndStopAreAudited()
{
    start();
    m_server->stop();
    QVERIFY(!m_server->isRunning());
    AuditFilter filter;
    filter.action = QStringLiteral("server.");
    QCOMPARE(m_audit->count(filter).value(), 2);
    QCOMPARE(m_audit->list(filter)->first().action, QStringLiteral("server.stop"));
}

void tst_TestServer::requestsAreLogged()
{
    const quint16 port = start();
    QSignalSpy spy(m_server.get(), &TestServer::requestServed);
    QCOMPARE(http(port, "GET", "/healthz").status, 200);
    QCOMPARE(http(port, "GET", "/nope?secret=abc").status, 404);
    QTRY_COMPARE(spy.count(), 2);
    const auto first = spy.at(0).at(0).value<RequestLogEntry>();
    QCOMPARE(first.method, QByteArray("GET"));
    QCOMPARE(first.path, QStringLiteral("/healthz"));
    QCOMPARE(first.status, 200);
    QVERIFY(first.totalMicros >= 0);
    const auto second = spy.at(1).at(0).value<RequestLogEntry>();
    QCOMPARE(second.status, 404);
    QVERIFY(!second.toLine().contains(QStringLiteral("secret")));
}

QTEST_GUILESS_MAIN(tst_TestServer)
#include "tst_testserver.moc"
