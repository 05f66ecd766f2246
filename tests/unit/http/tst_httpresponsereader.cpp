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

namespace {

// A row where no response is read from `data` (yet, or at all: `step` NeedMore or Failed): status 0, no body, nothing
// consumed.
void noResponseRow(const char* name, const QByteArray& data, Step step, bool closed = false)
{
    QTest::newRow(name) << data << closed << false << step << 0 << QByteArray() << false << qsizetype(0);
}

// A row where the response without a body at the start of `response + following` is read: its `status`, whether the
// connection closes after it, and all of `response` consumed. `head`: the answer to a HEAD.
void emptyResponseRow(const char* name, const QByteArray& response, int status, bool closeAfter, bool head = false,
                      const QByteArray& following = {})
{
    QTest::newRow(name) << response + following << false << head << Step::Ready << status << QByteArray() << closeAfter
                        << response.size();
}

} // namespace

void tst_HttpResponseReader::reads_data()
{
    authscope::test::addColumns<QByteArray, bool, bool, Step, int, QByteArray, bool, qsizetype>(
        "data", "closed", "head", "step", "status", "body", "closeAfter", "consumed");

    const QByteArray plain("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
    QTest::newRow("content-length") << plain + "next" << false << false << Step::Ready << 200 << QByteArray("hello")
                                    << false << plain.size();
    noResponseRow("body not all here", plain.chopped(1), Step::NeedMore);
    noResponseRow("body cut by close", plain.chopped(1), Step::Failed, true);
    noResponseRow("head not all here", "HTTP/1.1 200 OK\r\nContent-", Step::NeedMore);
    noResponseRow("head cut by close", "HTTP/1.1 200 OK\r\nContent-", Step::Failed, true);
    noResponseRow("nothing yet, closed", QByteArray(), Step::NeedMore, true);
    const QByteArray chunked("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=1\r\n world\r\n"
                             "0\r\nTrailer: t\r\n\r\n");
    QTest::newRow("chunked with trailer") << chunked + "HTTP/1.1" << false << false << Step::Ready << 200
                                          << QByteArray("hello world") << false << chunked.size();
    noResponseRow("chunked, last chunk missing", chunked.first(chunked.indexOf("0\r\n")), Step::NeedMore);
    noResponseRow("chunk size not hex", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", Step::Failed);
    noResponseRow("chunk longer than said",
                  "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n", Step::Failed);
    const QByteArray untilClose("HTTP/1.0 403 Forbidden\r\nX-A: b\r\n\r\nall of it");
    noResponseRow("until close, open", untilClose, Step::NeedMore);
    QTest::newRow("until close, closed") << untilClose << true << false << Step::Ready << 403 << QByteArray("all of it")
                                         << true << untilClose.size();
    emptyResponseRow("HEAD", "HTTP/1.1 200 OK\r\nContent-Length: 42\r\n\r\n", 200, false, true);
    emptyResponseRow("204", "HTTP/1.1 204 No Content\r\n\r\n", 204, false);
    emptyResponseRow("100 Continue", "HTTP/1.1 100 Continue\r\n\r\n", 100, false, false, "HTTP/1.1 200");
    emptyResponseRow("Connection: close", "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
                     400, true);
    emptyResponseRow("HTTP/1.0 keep-alive", "HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n",
                     200, false);
    emptyResponseRow("HTTP/1.0", "HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n", 200, true);
    emptyResponseRow("no reason phrase", "HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n", 200, false);
    noResponseRow("not http", "SSH-2.0-OpenSSH\r\n\r\n", Step::Failed);
    noResponseRow("HTTP/2", "HTTP/2 200\r\n\r\n", Step::Failed);
    noResponseRow("status not three digits", "HTTP/1.1 20 OK\r\n\r\n", Step::Failed);
    noResponseRow("conflicting lengths", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
                  Step::Failed);
    noResponseRow("length not a number", "HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n", Step::Failed);
    noResponseRow("length over the limit", "HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n", Step::Failed);
    noResponseRow("endless head", "HTTP/1.1 200 OK\r\nX: " + QByteArray(70 * 1024, 'a'), Step::Failed);
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
