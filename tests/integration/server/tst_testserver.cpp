#include "tests/support/DataColumns.h"
#include "tests/support/HttpClient.h"

#include "core/audit/AuditLog.h"
#include "core/http/HttpRouter.h"
#include "core/server/TestServer.h"
#include "core/storage/Database.h"
#include "tests/support/ServerWorld.h"
#include "tests/support/TestDatabase.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::http;
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
        router.add(QByteArrayLiteral("GET"), QStringLiteral("/query"), [](const HttpRequest& request) {
            return HttpResponse::json(
                200, QJsonObject{
                         {QStringLiteral("q"), request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded)},
                         {QStringLiteral("path"), request.path}});
        });
        router.add(QByteArrayLiteral("GET"), QStringLiteral("/a b"), [](const HttpRequest& request) {
            return HttpResponse::json(200, QJsonObject{{QStringLiteral("path"), request.path}});
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
    // Every test runs twice: with our own request parser (the default) and with Qt's QHttpServer parser.
    void initTestCase_data();
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

    // HTTP/1.1 details (RFC 9112) of our own parser; Qt 6.4's parser is not held to them.
    void pipelinedRequestsAnsweredInOrder();
    void connectionCloseIsHonoured();
    void http10ClosesUnlessKeepAlive();
    void expect100Continue();
    void percentEncodedPathAndQuery();
    void absoluteFormTarget();
    void malformedRequestIsRefusedAndClosed_data();
    void malformedRequestIsRefusedAndClosed();
    void clientThatDoesNotReadIsThrottledNotDropped();
    void requestTimeLimitStartsWithEachRequest();

private:
    quint16 start(ServerConfig config = {});
    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<TestServer> m_server;
};

void tst_TestServer::initTestCase_data()
{
    addHttpParserRows();
}

// QSKIP returns from the function it is in, so this must be a macro.
#define OWN_PARSER_ONLY()                                                                                              \
    do {                                                                                                               \
        QFETCH_GLOBAL(bool, qtParser);                                                                                 \
        if (qtParser) {                                                                                                \
            QSKIP("Qt 6.4's parser is not held to this (it is kept for comparison only).");                            \
        }                                                                                                              \
    } while (false)

void tst_TestServer::init()
{
    m_dir = new QTemporaryDir;
    m_db = std::move(Database::open(test::testDatabase(*m_dir, QStringLiteral("server.db"))).value());
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
    QFETCH_GLOBAL(bool, qtParser);
    config.httpParser = qtParser ? ServerConfig::HttpParser::Qt : ServerConfig::HttpParser::Own;
    config.port = 0;
    config.publicHosts << QStringLiteral("x"); // the raw requests below say "Host: x"
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
    const RawHttpResponse r = fetch(port, "GET", "/healthz");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void tst_TestServer::healthzDeep()
{
    const quint16 port = start();
    const RawHttpResponse r = fetch(port, "GET", "/healthz?deep=1");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
}

void tst_TestServer::unknownRouteIs404Json()
{
    const quint16 port = start();
    const RawHttpResponse r = fetch(port, "GET", "/no/such/thing");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
}

void tst_TestServer::wrongMethodIs405WithAllow()
{
    const quint16 port = start();
    const RawHttpResponse r = fetch(port, "DELETE", "/healthz");
    QCOMPARE(r.status, 405);
    QVERIFY(r.header("allow").contains("GET"));
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("method_not_allowed"));
}

void tst_TestServer::headHasNoBody()
{
    const quint16 port = start();
    const RawHttpResponse r = fetch(port, "HEAD", "/healthz");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    // Content-Length says how long the GET answer is (RFC 9110 §9.3.2), and no body bytes follow.
    const RawHttpResponse get = fetch(port, "GET", "/healthz");
    QVERIFY(get.body.size() > 0);
    QCOMPARE(r.header("content-length"), QByteArray::number(get.body.size()));
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port));
    socket.write("HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray data = readUntil(socket, [](const QByteArray& d) { return d.count("HTTP/1.1 200") >= 2; });
    // The GET answer starts right after the HEAD answer's blank line.
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    QVERIFY(data.sliced(headEnd + 4).startsWith("HTTP/1.1 200"));
}

void tst_TestServer::handlerExceptionIs500AndServerLives()
{
    const quint16 port = start();
    QCOMPARE(fetch(port, "GET", "/boom").status, 500);
    QCOMPARE(fetch(port, "GET", "/healthz").status, 200);
}

void tst_TestServer::cookiesAndBearerAreParsed()
{
    const quint16 port = start();
    const RawHttpResponse r = fetch(
        port, "POST", "/echo", {{"Cookie", "x=1; a=hello; b=2"}, {"Authorization", "Bearer abc.def.ghi"}}, "12345");
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
    RawHttpResponse r = fetch(port, "OPTIONS", "/echo",
                              {{"Origin", "http://localhost:3000"}, {"Access-Control-Request-Method", "POST"}});
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://localhost:3000"));
    QVERIFY(r.header("access-control-allow-methods").contains("POST"));
    QCOMPARE(r.header("access-control-allow-credentials"), QByteArray("true"));
    r = fetch(port, "POST", "/echo", {{"Origin", "http://localhost:3000"}}, "x");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://localhost:3000"));
}

void tst_TestServer::corsOtherOriginRefused()
{
    ServerConfig config;
    config.corsOrigin = QStringLiteral("http://localhost:3000");
    const quint16 port = start(config);
    RawHttpResponse r = fetch(port, "OPTIONS", "/echo", {{"Origin", "http://evil.example"}});
    QCOMPARE(r.status, 403);
    QVERIFY(r.header("access-control-allow-origin").isEmpty());
    r = fetch(port, "POST", "/echo", {{"Origin", "http://evil.example"}}, "x");
    QVERIFY(r.header("access-control-allow-origin").isEmpty());
}

void tst_TestServer::noCorsHeadersWithoutConfig()
{
    const quint16 port = start();
    const RawHttpResponse r = fetch(port, "GET", "/healthz", {{"Origin", "http://localhost:3000"}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("access-control-allow-origin").isEmpty());
}

void tst_TestServer::hugeHeaderIs431()
{
    const quint16 port = start();
    const RawHttpResponse r = fetch(port, "GET", "/healthz", {{"X-Big", QByteArray(1024 * 1024, 'a')}});
    QCOMPARE(r.status, 431);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("request_header_too_large"));
    QCOMPARE(fetch(port, "GET", "/healthz").status, 200);
}

void tst_TestServer::hugeBodyIs413()
{
    const quint16 port = start();
    const RawHttpResponse r = fetch(port, "POST", "/echo", {}, QByteArray(2 * 1024 * 1024, 'b'));
    QCOMPARE(r.status, 413);
    QCOMPARE(fetch(port, "POST", "/echo", {}, QByteArray(1000, 'b')).json().value(QStringLiteral("bytes")).toInt(),
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
    QCOMPARE(fetch(port, "GET", "/healthz").status, 200);
}

void tst_TestServer::slowlorisDoesNotBlockOthers()
{
    ServerConfig config;
    config.headerTimeoutMs = 600;
    const quint16 port = start(config);
    QTcpSocket slow;
    QVERIFY(connectTo(slow, port));
    slow.write("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    QVERIFY(slow.waitForBytesWritten(5000));
    // Others are answered while the slow request hangs.
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(fetch(port, "GET", "/healthz").status, 200);
    }
    // The slow one is cut off with 408 once its time is up.
    const QByteArray data = readUntil(slow, [](const QByteArray& d) { return d.contains("\r\n\r\n"); });
    QCOMPARE(parseResponse(data).status, 408);
}

void tst_TestServer::idleConnectionIsClosed()
{
    ServerConfig config;
    config.idleTimeoutMs = 300;
    config.headerTimeoutMs = 300;
    const quint16 port = start(config);
    QTcpSocket idle;
    QVERIFY(connectTo(idle, port));
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
    const RawHttpResponse r = fetch(port, "GET", "/healthz");
    QCOMPARE(r.status, 503);
    a.close();
    b.close();
    QTRY_COMPARE_WITH_TIMEOUT(fetch(port, "GET", "/healthz").status, 200, 5000);
}

void tst_TestServer::keepAliveServesSeveralRequests()
{
    const quint16 port = start();
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port));
    for (int i = 0; i < 3; ++i) {
        socket.write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
        const RawHttpResponse r = readResponses(socket, 1).value(0);
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
    QCOMPARE(fetch(port, "GET", "/healthz").status, 200);
    QCOMPARE(fetch(port, "GET", "/nope?secret=abc").status, 404);
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

void tst_TestServer::pipelinedRequestsAnsweredInOrder()
{
    OWN_PARSER_ONLY();
    const quint16 port = start();
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port));
    // Three requests in one segment, the second with a body, the third to an unknown path.
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                 "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                 "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n");
    const QList<RawHttpResponse> responses = readResponses(socket, 3);
    QCOMPARE(responses.size(), 3);
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(responses.at(1).status, 200);
    QCOMPARE(responses.at(1).json().value(QStringLiteral("bytes")).toInt(), 5);
    QCOMPARE(responses.at(2).status, 404);
    // Still open for more.
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(readResponses(socket, 1).value(0).status, 200);
}

void tst_TestServer::connectionCloseIsHonoured()
{
    OWN_PARSER_ONLY();
    const quint16 port = start();
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port));
    // The request after "Connection: close" is never answered.
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\n");
    const QList<RawHttpResponse> responses = readResponses(socket, 2, 3000);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(responses.at(0).header("connection").toLower(), QByteArray("close"));
    QVERIFY(waitUntilClosed(socket));
}

void tst_TestServer::http10ClosesUnlessKeepAlive()
{
    OWN_PARSER_ONLY();
    const quint16 port = start();
    // HTTP/1.0 needs no Host and closes after the answer by default.
    {
        QTcpSocket socket;
        QVERIFY(connectTo(socket, port));
        socket.write("GET /healthz HTTP/1.0\r\n\r\n");
        const RawHttpResponse plain = readResponses(socket, 1).value(0);
        QCOMPARE(plain.status, 200);
        QCOMPARE(plain.header("connection").toLower(), QByteArray("close"));
        QVERIFY(waitUntilClosed(socket));
    }
    // With "Connection: keep-alive" it stays open and says so.
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port));
    for (int i = 0; i < 2; ++i) {
        socket.write("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        const RawHttpResponse r = readResponses(socket, 1).value(0);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("connection").toLower(), QByteArray("keep-alive"));
    }
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void tst_TestServer::expect100Continue()
{
    OWN_PARSER_ONLY();
    const quint16 port = start();
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port));
    socket.write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
    const QByteArray interim = readUntil(socket, [](const QByteArray& d) { return d.contains("\r\n\r\n"); });
    QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write("body");
    const RawHttpResponse r = readResponses(socket, 1).value(0);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("bytes")).toInt(), 4);
    // A body too large is refused at once, before the client sends it.
    const RawHttpResponse big = rawHttp(
        port, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\nExpect: 100-continue\r\n\r\n", 3000);
    QCOMPARE(big.status, 413);
    // An expectation the server does not know: 417.
    QCOMPARE(rawHttp(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\n\r\n").status, 417);
}

void tst_TestServer::percentEncodedPathAndQuery()
{
    OWN_PARSER_ONLY();
    const quint16 port = start();
    RawHttpResponse r = fetch(port, "GET", "/%68ealth%7A");
    QCOMPARE(r.status, 200);
    r = fetch(port, "GET", "/a%20b");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("path")).toString(), QStringLiteral("/a b"));
    r = fetch(port, "GET", "/query?x=1&q=%C3%A9t%C3%A9%26more&y");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("q")).toString(), QStringLiteral("été&more"));
    QCOMPARE(r.json().value(QStringLiteral("path")).toString(), QStringLiteral("/query"));
}

void tst_TestServer::absoluteFormTarget()
{
    OWN_PARSER_ONLY();
    const quint16 port = start();
    const RawHttpResponse r = rawHttp(port, "GET http://127.0.0.1/query?q=abs HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("q")).toString(), QStringLiteral("abs"));
}

void tst_TestServer::malformedRequestIsRefusedAndClosed_data()
{
    addColumns<QByteArray, int, QString>("request", "status", "error");
    const QString invalid = QStringLiteral("invalid_request");
    QTest::newRow("space before colon") << QByteArray("GET /healthz HTTP/1.1\r\nHost : x\r\n\r\n") << 400 << invalid;
    QTest::newRow("obs-fold") << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  2\r\n\r\n") << 400
                              << invalid;
    QTest::newRow("no host") << QByteArray("GET /healthz HTTP/1.1\r\n\r\n") << 400 << invalid;
    QTest::newRow("two hosts") << QByteArray("GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400 << invalid;
    QTest::newRow("CL conflict") << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                                               "Content-Length: 4\r\n\r\nabcd")
                                 << 400 << invalid;
    QTest::newRow("CL and TE") << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                                             "Transfer-Encoding: chunked\r\n\r\nabc")
                               << 411 << QStringLiteral("length_required");
    QTest::newRow("negative CL") << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400
                                 << invalid;
    QTest::newRow("HTTP/2.0") << QByteArray("GET /healthz HTTP/2.0\r\nHost: x\r\n\r\n") << 505
                              << QStringLiteral("http_version_not_supported");
    QTest::newRow("lower-case version") << QByteArray("GET /healthz http/1.1\r\nHost: x\r\n\r\n") << 400 << invalid;
    QTest::newRow("two spaces") << QByteArray("GET  /healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << invalid;
    QTest::newRow("relative target") << QByteArray("GET healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << invalid;
    QTest::newRow("fragment") << QByteArray("GET /healthz#top HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << invalid;
    QTest::newRow("raw UTF-8 in target") << QByteArray("GET /h\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << invalid;
    QTest::newRow("control char in value")
        << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\x01z\r\n\r\n") << 400 << invalid;
    QTest::newRow("bare CR") << QByteArray("GET /healthz HTTP/1.1\rHost: x\r\n\r\n") << 400 << invalid;
    QTest::newRow("NUL") << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n", 45) << 400 << invalid;
    QTest::newRow("long request line") << (QByteArray("GET /") + QByteArray(20000, 'a') +
                                           " HTTP/1.1\r\nHost: x\r\n\r\n")
                                       << 414 << QStringLiteral("uri_too_long");
    QTest::newRow("too many headers") << []() -> QByteArray {
        QByteArray r = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 150; ++i) {
            r += "X-" + QByteArray::number(i) + ": 1\r\n";
        }
        return r + "\r\n";
    }() << 431
        << QStringLiteral("request_header_too_large");
}

void tst_TestServer::malformedRequestIsRefusedAndClosed()
{
    OWN_PARSER_ONLY();
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, error);
    const quint16 port = start();
    QSignalSpy spy(m_server.get(), &TestServer::requestServed);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port));
    // A good request after the bad one is never answered: where it starts is no longer known.
    socket.write(request + "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const QList<RawHttpResponse> responses = readResponses(socket, 2, 3000);
    QCOMPARE(responses.size(), 1);
    const RawHttpResponse& r = responses.at(0);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), error);
    QVERIFY(!r.json().value(QStringLiteral("error_description")).toString().isEmpty());
    QCOMPARE(r.header("connection").toLower(), QByteArray("close"));
    QVERIFY(waitUntilClosed(socket));
    // The refusal is logged, and the server goes on serving.
    QTRY_VERIFY(!spy.isEmpty());
    const auto entry = spy.at(0).at(0).value<RequestLogEntry>();
    QCOMPARE(entry.status, status);
    QCOMPARE(entry.note, error);
    QCOMPARE(entry.totalMicros, qint64(-1));
    if (request.startsWith("GET /healthz HTTP/1.1\r\n") && !request.contains('\0')) {
        // The request line was read before the refusal: the log names it (without any query).
        QCOMPARE(entry.method, QByteArray("GET"));
        QCOMPARE(entry.path, QStringLiteral("/healthz"));
    }
    QCOMPARE(fetch(port, "GET", "/healthz").status, 200);
}

void tst_TestServer::clientThatDoesNotReadIsThrottledNotDropped()
{
    OWN_PARSER_ONLY();
    const quint16 port = start();
    // 20,000 pipelined requests (~6 MB of answers) sent without reading: the server stops reading once 1 MiB
    // of answers waits, serves others meanwhile, and answers every request in order once the client reads.
    constexpr int count = 20000;
    QByteArray batch;
    for (int i = 0; i < count; ++i) {
        batch += i % 2 == 0 ? QByteArrayView("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                            : QByteArrayView("GET /nope HTTP/1.1\r\nHost: x\r\n\r\n");
    }
    QTcpSocket socket;
    socket.setReadBufferSize(64 * 1024);
    QVERIFY(connectTo(socket, port));
    socket.write(batch);
    socket.waitForBytesWritten(2000);
    QCOMPARE(fetch(port, "GET", "/healthz").status, 200);
    socket.setReadBufferSize(0);
    const QList<RawHttpResponse> responses = readResponses(socket, count, 60000);
    QCOMPARE(responses.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(responses.at(i).status, i % 2 == 0 ? 200 : 404);
    }
}

void tst_TestServer::requestTimeLimitStartsWithEachRequest()
{
    OWN_PARSER_ONLY();
    ServerConfig config;
    config.headerTimeoutMs = 2000;
    const quint16 port = start(config);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port));
    // A arrives slowly; B begins in the same segment that completes A, and completes 1.3 s later: 2.6 s after A
    // began (over the limit), 1.3 s after B began (within it). B is answered, not cut off with 408.
    socket.write("GET /healthz HTTP/1.1\r\n");
    QTest::qWait(1300);
    socket.write("Host: x\r\n\r\nGET /nope HTTP/1.1\r\n");
    QTest::qWait(1300);
    socket.write("Host: x\r\n\r\n");
    const QList<RawHttpResponse> responses = readResponses(socket, 2);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(responses.at(1).status, 404);
}

QTEST_GUILESS_MAIN(tst_TestServer)
#include "tst_testserver.moc"
