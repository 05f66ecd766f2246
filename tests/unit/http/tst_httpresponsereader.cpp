#include "core/http/HttpResponseReader.h"
#include "tests/support/DataColumns.h"
#include "tests/support/StepNames.h"

#include <QTest>

using namespace authscope::http;

using Step = HttpResponseReader::Step;

namespace authscope::http {

// Found by ADL, so that QCOMPARE prints steps by name.
char* toString(const HttpResponseReader::Step& step)
{
    return test::stepToString(step);
}

} // namespace authscope::http

class tst_HttpResponseReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void takesPipelinedResponsesOneByOne();
    void statusOnlyCopiesNothing();
    void headersAreLowerCasedAndTrimmed();
};

void tst_HttpResponseReader::reads_data()
{
    authscope::test::addColumns<QByteArray, bool, bool, Step, int, QByteArray, bool, qsizetype>(
        "data", "closed", "head", "step", "status", "body", "closeAfter", "consumed");

    const QByteArray plain("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
    QTest::newRow("content-length") << plain + "next" << false << false << Step::Ready << 200 << QByteArray("hello")
                                    << false << plain.size();
    QTest::newRow("body not all here") << plain.chopped(1) << false << false << Step::NeedMore << 0 << QByteArray()
                                       << false << qsizetype(0);
    QTest::newRow("body cut by close") << plain.chopped(1) << true << false << Step::Failed << 0 << QByteArray()
                                       << false << qsizetype(0);
    QTest::newRow("head not all here") << QByteArray("HTTP/1.1 200 OK\r\nContent-") << false << false << Step::NeedMore
                                       << 0 << QByteArray() << false << qsizetype(0);
    QTest::newRow("head cut by close") << QByteArray("HTTP/1.1 200 OK\r\nContent-") << true << false << Step::Failed
                                       << 0 << QByteArray() << false << qsizetype(0);
    QTest::newRow("nothing yet, closed") << QByteArray() << true << false << Step::NeedMore << 0 << QByteArray()
                                         << false << qsizetype(0);
    const QByteArray chunked("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=1\r\n world\r\n"
                             "0\r\nTrailer: t\r\n\r\n");
    QTest::newRow("chunked with trailer") << chunked + "HTTP/1.1" << false << false << Step::Ready << 200
                                          << QByteArray("hello world") << false << chunked.size();
    QTest::newRow("chunked, last chunk missing") << chunked.first(chunked.indexOf("0\r\n")) << false << false
                                                 << Step::NeedMore << 0 << QByteArray() << false << qsizetype(0);
    QTest::newRow("chunk size not hex") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << false << false << Step::Failed << 0 << QByteArray() << false << qsizetype(0);
    QTest::newRow("chunk longer than said")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n") << false << false
        << Step::Failed << 0 << QByteArray() << false << qsizetype(0);
    const QByteArray untilClose("HTTP/1.0 403 Forbidden\r\nX-A: b\r\n\r\nall of it");
    QTest::newRow("until close, open") << untilClose << false << false << Step::NeedMore << 0 << QByteArray() << false
                                       << qsizetype(0);
    QTest::newRow("until close, closed") << untilClose << true << false << Step::Ready << 403 << QByteArray("all of it")
                                         << true << untilClose.size();
    const QByteArray headAnswer("HTTP/1.1 200 OK\r\nContent-Length: 42\r\n\r\n");
    QTest::newRow("HEAD") << headAnswer << false << true << Step::Ready << 200 << QByteArray() << false
                          << headAnswer.size();
    const QByteArray noContent("HTTP/1.1 204 No Content\r\n\r\n");
    QTest::newRow("204") << noContent << false << false << Step::Ready << 204 << QByteArray() << false
                         << noContent.size();
    const QByteArray interim("HTTP/1.1 100 Continue\r\n\r\n");
    QTest::newRow("100 Continue") << interim + "HTTP/1.1 200" << false << false << Step::Ready << 100 << QByteArray()
                                  << false << interim.size();
    const QByteArray close("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("Connection: close") << close << false << false << Step::Ready << 400 << QByteArray() << true
                                       << close.size();
    const QByteArray keepAlive10("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("HTTP/1.0 keep-alive") << keepAlive10 << false << false << Step::Ready << 200 << QByteArray() << false
                                         << keepAlive10.size();
    const QByteArray plain10("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("HTTP/1.0") << plain10 << false << false << Step::Ready << 200 << QByteArray() << true
                              << plain10.size();
    const QByteArray noReason("HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("no reason phrase") << noReason << false << false << Step::Ready << 200 << QByteArray() << false
                                      << noReason.size();
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << false << false << Step::Failed << 0
                              << QByteArray() << false << qsizetype(0);
    QTest::newRow("HTTP/2") << QByteArray("HTTP/2 200\r\n\r\n") << false << false << Step::Failed << 0 << QByteArray()
                            << false << qsizetype(0);
    QTest::newRow("status not three digits") << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << false << false << Step::Failed
                                             << 0 << QByteArray() << false << qsizetype(0);
    QTest::newRow("conflicting lengths") << QByteArray(
                                                "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                         << false << false << Step::Failed << 0 << QByteArray() << false
                                         << qsizetype(0);
    QTest::newRow("length not a number") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n") << false
                                         << false << Step::Failed << 0 << QByteArray() << false << qsizetype(0);
    QTest::newRow("length over the limit")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n") << false << false << Step::Failed << 0
        << QByteArray() << false << qsizetype(0);
    QTest::newRow("endless head") << "HTTP/1.1 200 OK\r\nX: " + QByteArray(70 * 1024, 'a') << false << false
                                  << Step::Failed << 0 << QByteArray() << false << qsizetype(0);
}

void tst_HttpResponseReader::reads()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, closed);
    QFETCH(bool, head);
    QFETCH(Step, step);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, closeAfter);
    QFETCH(qsizetype, consumed);
    HttpResponseReader::Options options;
    options.closed = closed;
    options.headRequest = head;
    HttpClientResponse response;
    const HttpResponseReader::Outcome outcome = HttpResponseReader::read(data, response, options);
    QCOMPARE(outcome.step, step);
    QCOMPARE(outcome.problem.isEmpty(), step != Step::Failed);
    QCOMPARE(response.status, status);
    QCOMPARE(response.body, body);
    QCOMPARE(response.closeAfter, closeAfter);
    QCOMPARE(outcome.consumed, consumed);
}

void tst_HttpResponseReader::takesPipelinedResponsesOneByOne()
{
    QByteArray buffer(
        "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\naHTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nbc"
        "HTTP/1.1 201 Created\r\nContent-");
    const HttpResponseReader::Options options;
    QList<int> statuses;
    QByteArray bodies;
    while (true) {
        HttpClientResponse response;
        const auto outcome = HttpResponseReader::read(buffer, response, options);
        if (outcome.step != Step::Ready) {
            QCOMPARE(outcome.step, Step::NeedMore);
            break;
        }
        statuses.append(response.status);
        bodies += response.body;
        buffer.remove(0, outcome.consumed);
    }
    QCOMPARE(statuses, QList<int>({200, 404}));
    QCOMPARE(bodies, QByteArray("abc"));
    QCOMPARE(buffer, QByteArray("HTTP/1.1 201 Created\r\nContent-"));
}

void tst_HttpResponseReader::statusOnlyCopiesNothing()
{
    const QByteArray data("HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 4\r\n\r\nnope");
    HttpResponseReader::Options options;
    options.keep = HttpResponseReader::Keep::StatusOnly;
    HttpClientResponse response;
    const auto outcome = HttpResponseReader::read(data, response, options);
    QCOMPARE(outcome.step, Step::Ready);
    QCOMPARE(outcome.consumed, data.size());
    QCOMPARE(response.status, 401);
    QVERIFY(response.closeAfter);
    QVERIFY(response.headers.isEmpty());
    QVERIFY(response.body.isEmpty());
}

void tst_HttpResponseReader::headersAreLowerCasedAndTrimmed()
{
    const QByteArray data("HTTP/1.1 200 OK\r\nSet-Cookie:  a=1; Path=/ \r\nno colon here\r\nSET-COOKIE: sid=abc; "
                          "HttpOnly\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"x\": true}");
    HttpClientResponse response;
    const auto outcome = HttpResponseReader::read(data, response, {});
    QCOMPARE(outcome.step, Step::Ready);
    QCOMPARE(response.headers.size(), 4);
    QCOMPARE(response.headers.at(0), (QPair<QByteArray, QByteArray>("set-cookie", "a=1; Path=/")));
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(response.headerValues("set-cookie").size(), 2);
    QCOMPARE(response.setCookieValue("sid"), QByteArray("abc"));
    QCOMPARE(response.setCookieValue("a"), QByteArray("1"));
    QVERIFY(response.json().value(QStringLiteral("x")).toBool());
}

QTEST_GUILESS_MAIN(tst_HttpResponseReader)
#include "tst_httpresponsereader.moc"
