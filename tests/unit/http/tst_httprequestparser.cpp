#include "core/http/HttpRequestParser.h"
#include "tests/support/DataColumns.h"
#include "tests/support/StepNames.h"

#include <QRandomGenerator>
#include <QTest>

using namespace authscope::http;
using namespace Qt::StringLiterals;

using Step = HttpRequestParser::Step;
using Request = HttpRequestParser::Request;
using Limits = HttpRequestParser::Limits;

namespace authscope::http {

// Found by ADL, so that QCOMPARE prints steps by name.
char* toString(const HttpRequestParser::Step& step)
{
    return test::stepToString(step);
}

} // namespace authscope::http

namespace {

const QByteArray secret = "s3cr3t-Zq7WvK9x"_ba;

QByteArray stepName(Step step)
{
    char* name = toString(step);
    QByteArray out(name);
    delete[] name;
    return out;
}

// Every field of a request as text: comparing two of these compares the requests, and QCOMPARE shows the difference.
QByteArray describe(const Request& r)
{
    QByteArray out;
    out += "method=" + r.method + "\ntarget=" + r.target + "\npath=" + r.path + "\nquery=" + r.query +
           "\nminor=" + QByteArray::number(r.minorVersion) + "\nkeepAlive=" + (r.keepAlive ? "1" : "0") + '\n';
    for (const auto& [name, value] : r.headers) {
        out += "header " + name + ": " + value + '\n';
    }
    out += "body=" + r.body.toPercentEncoding() + '\n';
    return out;
}

struct Outcome
{
    QList<Request> requests;
    Step last = Step::NeedMore;
    HttpRequestParser::Error error;
    bool runaway = false;

    QByteArray summary(bool withStatus = true) const
    {
        QByteArray out;
        for (const Request& r : requests) {
            out += describe(r) + "--\n";
        }
        out += stepName(last);
        if (last == Step::Failed && withStatus) {
            out += ' ' + QByteArray::number(error.status);
        }
        return out;
    }
};

// Appends the chunks one after another and after each append takes every request that is Ready, as a connection
// does. Stops at the first Failed.
Outcome feed(const QList<QByteArray>& chunks, const Limits& limits = Limits())
{
    HttpRequestParser parser(limits);
    Outcome out;
    qsizetype total = 0;
    for (const QByteArray& chunk : chunks) {
        total += chunk.size();
    }
    for (const QByteArray& chunk : chunks) {
        parser.append(chunk);
        for (;;) {
            out.last = parser.next();
            if (out.last != Step::Ready) {
                break;
            }
            out.requests.append(parser.takeRequest());
            if (out.requests.size() > total + 1) { // every request consumes at least one byte
                out.runaway = true;
                return out;
            }
        }
        if (out.last == Step::Failed) {
            out.error = parser.error();
            break;
        }
    }
    return out;
}

Outcome feedWhole(const QByteArray& data, const Limits& limits = Limits())
{
    return feed({data}, limits);
}

QList<QByteArray> chunked(const QByteArray& data, qsizetype size)
{
    QList<QByteArray> chunks;
    for (qsizetype i = 0; i < data.size(); i += size) {
        chunks.append(data.mid(i, size));
    }
    return chunks;
}

QList<QByteArray> randomChunks(const QByteArray& data, QRandomGenerator& rng)
{
    QList<QByteArray> chunks;
    qsizetype i = 0;
    while (i < data.size()) {
        const qsizetype size = rng.bounded(1, 40);
        chunks.append(data.mid(i, size));
        i += size;
    }
    return chunks;
}

bool isTchar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTchar);
}

// What every request the parser returns must satisfy, whatever the input. Empty when it does.
QString invariantViolation(const Request& r, const Limits& limits)
{
    if (!isToken(r.method)) {
        return u"method is not a token"_s;
    }
    if (!(r.path.startsWith('/') || (r.path == "*" && r.method == "OPTIONS"))) {
        return u"path does not start with '/'"_s;
    }
    if (r.target.isEmpty() || r.target.contains('#')) {
        return u"empty target or target with a fragment"_s;
    }
    for (char c : r.target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
            return u"whitespace or control character in the target"_s;
        }
    }
    if (r.minorVersion != 0 && r.minorVersion != 1) {
        return u"minorVersion is neither 0 nor 1"_s;
    }
    if (r.headers.size() > limits.maxHeaderCount) {
        return u"more headers than maxHeaderCount"_s;
    }
    if (r.body.size() > limits.maxBodyBytes) {
        return u"body larger than maxBodyBytes"_s;
    }
    qint64 contentLength = -1;
    int hosts = 0;
    for (const auto& [name, value] : r.headers) {
        if (!isToken(name) || name != name.toLower()) {
            return u"header name is not a lower-case token"_s;
        }
        if (value.startsWith(' ') || value.startsWith('\t') || value.endsWith(' ') || value.endsWith('\t')) {
            return u"header value not trimmed"_s;
        }
        for (char c : value) {
            const auto u = static_cast<unsigned char>(c);
            if ((u < 0x20 && c != '\t') || u == 0x7f) {
                return u"control character in a header value"_s;
            }
        }
        if (name == "transfer-encoding") {
            return u"a request with Transfer-Encoding was accepted"_s;
        }
        if (name == "host") {
            ++hosts;
        }
        if (name == "content-length") {
            // One number, or a list of identical ones (RFC 9110 §8.6).
            for (const QByteArray& item : value.split(',')) {
                const QByteArray digits = item.trimmed();
                if (digits.isEmpty() ||
                    !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                    return u"Content-Length is not digits"_s;
                }
                const qint64 length = digits.toLongLong();
                if (contentLength >= 0 && length != contentLength) {
                    return u"conflicting Content-Length values accepted"_s;
                }
                contentLength = length;
            }
        }
    }
    if (r.minorVersion == 1 && hosts != 1) {
        return u"HTTP/1.1 request without exactly one Host"_s;
    }
    if (r.minorVersion == 0 && hosts > 1) {
        return u"request with two Host headers"_s;
    }
    if (r.body.size() != std::max<qint64>(contentLength, 0)) {
        return u"body size differs from Content-Length"_s;
    }
    return {};
}

QString invariantViolation(const Outcome& outcome, const Limits& limits)
{
    if (outcome.runaway) {
        return u"next() kept returning Ready"_s;
    }
    for (const Request& r : outcome.requests) {
        const QString violation = invariantViolation(r, limits);
        if (!violation.isEmpty()) {
            return violation;
        }
    }
    if (outcome.last == Step::Failed) {
        const int status = outcome.error.status;
        if (status != 400 && status != 411 && status != 413 && status != 414 && status != 417 && status != 431 &&
            status != 505) {
            return u"unexpected status %1"_s.arg(status);
        }
        if (outcome.error.code.isEmpty() || outcome.error.message.isEmpty()) {
            return u"error without code or message"_s;
        }
    }
    return {};
}

QByteArray get(const QByteArray& headers = {})
{
    return "GET / HTTP/1.1\r\nHost: h\r\n" + headers + "\r\n";
}

} // namespace

class tst_HttpRequestParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleGet();
    void targetForms_data();
    void targetForms();
    void headerFields_data();
    void headerFields();
    void headerOrderAndDuplicatesKept();
    void hostValues_data();
    void hostValues();
    void versions_data();
    void versions();
    void keepAlive_data();
    void keepAlive();
    void everySplit_data();
    void everySplit();
    void pipelining();
    void postBody();
    void postBodySplitAcrossAppends();
    void postBodyFollowedByNextRequest();
    void bodyIsOpaque();
    void noContentLengthMeansNoBody();
    void contentLengthForms_data();
    void contentLengthForms();
    void leadingBlankLinesIgnored();
    void requestInProgress();
    void bareLineFeeds_data();
    void bareLineFeeds();
    void rejected_data();
    void rejected();
    void failedIsFinal();
    void contentLengthOverflow();
    void transferEncodingWithContentLength();
    void errorNeverQuotesValues_data();
    void errorNeverQuotesValues();
    void headExactlyAtLimit();
    void headLimitCountsOnlyTheHead();
    void requestLineTooLong();
    void slowOversizedHead_data();
    void slowOversizedHead();
    void headerCountLimit();
    void bodyLimit();
    void expectContinue_data();
    void expectContinue();
    void expectContinueBodyAlreadyPresent();
    void expectContinueBodyArrivesWithoutContinue();
    void expectContinueWithoutBody();
    void nextWithoutTakeKeepsRequest();
    void manyRequestsOnOneConnection();
    void randomBytes();
    void mutatedRequests();
};

void tst_HttpRequestParser::simpleGet()
{
    HttpRequestParser parser;
    QVERIFY(!parser.requestInProgress());
    parser.append("GET /api/me?x=1&y=%20 HTTP/1.1\r\nHost: example.test\r\nAccept:  */*\t\r\n"
                  "X-Custom-HEADER:\tvalue with  spaces \t\r\nUser-Agent: test/1.0\r\n\r\n");
    QCOMPARE(parser.next(), Step::Ready);
    const Request r = parser.takeRequest();
    QCOMPARE(r.method, "GET"_ba);
    QCOMPARE(r.target, "/api/me?x=1&y=%20"_ba);
    QCOMPARE(r.path, "/api/me"_ba);
    QCOMPARE(r.query, "x=1&y=%20"_ba);
    QCOMPARE(r.minorVersion, 1);
    const QList<QPair<QByteArray, QByteArray>> headers{{"host"_ba, "example.test"_ba},
                                                       {"accept"_ba, "*/*"_ba},
                                                       {"x-custom-header"_ba, "value with  spaces"_ba},
                                                       {"user-agent"_ba, "test/1.0"_ba}};
    QCOMPARE(r.headers, headers);
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.keepAlive);
    QVERIFY(!parser.wantsContinue());
    QCOMPARE(parser.next(), Step::NeedMore);
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(!parser.requestInProgress());
}

void tst_HttpRequestParser::targetForms_data()
{
    authscope::test::addColumns<QByteArray, QByteArray, QByteArray, QByteArray>("method", "target", "path", "query");

    QTest::newRow("root") << "GET"_ba
                          << "/"_ba
                          << "/"_ba << QByteArray();
    QTest::newRow("path") << "GET"_ba
                          << "/a/b/"_ba
                          << "/a/b/"_ba << QByteArray();
    QTest::newRow("query") << "GET"_ba
                           << "/a?b=1&c"_ba
                           << "/a"_ba
                           << "b=1&c"_ba;
    QTest::newRow("empty query") << "GET"_ba
                                 << "/a?"_ba
                                 << "/a"_ba << QByteArray();
    QTest::newRow("second question mark") << "GET"_ba
                                          << "/a?x?y"_ba
                                          << "/a"_ba
                                          << "x?y"_ba;
    QTest::newRow("percent-encoding kept") << "GET"_ba
                                           << "/a%20b?q=%41%2F"_ba
                                           << "/a%20b"_ba
                                           << "q=%41%2F"_ba;
    QTest::newRow("double slash") << "GET"_ba
                                  << "//x"_ba
                                  << "//x"_ba << QByteArray();
    QTest::newRow("absolute-form") << "GET"_ba
                                   << "http://host/path?q"_ba
                                   << "/path"_ba
                                   << "q"_ba;
    QTest::newRow("absolute-form with port") << "GET"_ba
                                             << "http://host:8080/a/b"_ba
                                             << "/a/b"_ba << QByteArray();
    QTest::newRow("absolute-form https") << "GET"_ba
                                         << "https://host/p?x=1"_ba
                                         << "/p"_ba
                                         << "x=1"_ba;
    QTest::newRow("absolute-form without path") << "GET"_ba
                                                << "http://host"_ba
                                                << "/"_ba << QByteArray();
    QTest::newRow("absolute-form query, no path") << "GET"_ba
                                                  << "http://host?x=1"_ba
                                                  << "/"_ba
                                                  << "x=1"_ba;
    QTest::newRow("asterisk-form") << "OPTIONS"_ba
                                   << "*"_ba
                                   << "*"_ba << QByteArray();
    QTest::newRow("OPTIONS origin-form") << "OPTIONS"_ba
                                         << "/x"_ba
                                         << "/x"_ba << QByteArray();
    QTest::newRow("lower-case method") << "get"_ba
                                       << "/"_ba
                                       << "/"_ba << QByteArray();
    QTest::newRow("extension method") << "PURGE-ALL.v2"_ba
                                      << "/"_ba
                                      << "/"_ba << QByteArray();
}

void tst_HttpRequestParser::targetForms()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);

    const Outcome o = feedWhole(method + ' ' + target + " HTTP/1.1\r\nHost: host\r\n\r\n");
    QCOMPARE(o.last, Step::NeedMore);
    QCOMPARE(o.requests.size(), 1);
    QCOMPARE(o.requests[0].method, method);
    QCOMPARE(o.requests[0].target, target);
    QCOMPARE(o.requests[0].path, path);
    QCOMPARE(o.requests[0].query, query);
}

void tst_HttpRequestParser::headerFields_data()
{
    authscope::test::addColumns<QByteArray, QByteArray, QByteArray>("line", "name", "value");

    QTest::newRow("plain") << "X-A: b"_ba
                           << "x-a"_ba
                           << "b"_ba;
    QTest::newRow("no space") << "X-A:b"_ba
                              << "x-a"_ba
                              << "b"_ba;
    QTest::newRow("spaces around") << "X-A:   b   "_ba
                                   << "x-a"_ba
                                   << "b"_ba;
    QTest::newRow("tabs around") << "X-A:\t\tb\t"_ba
                                 << "x-a"_ba
                                 << "b"_ba;
    QTest::newRow("mixed around") << "X-A: \t b \t "_ba
                                  << "x-a"_ba
                                  << "b"_ba;
    QTest::newRow("inner tab kept") << "X-A: a\tb"_ba
                                    << "x-a"_ba
                                    << "a\tb"_ba;
    QTest::newRow("inner spaces kept") << "X-A: a  b"_ba
                                       << "x-a"_ba
                                       << "a  b"_ba;
    QTest::newRow("empty") << "X-A:"_ba
                           << "x-a"_ba << QByteArray();
    QTest::newRow("only spaces") << "X-A:   \t "_ba
                                 << "x-a"_ba << QByteArray();
    QTest::newRow("upper-case name") << "CONTENT-TYPE: text/plain"_ba
                                     << "content-type"_ba
                                     << "text/plain"_ba;
    QTest::newRow("colons in value") << "X-A: a:b::c"_ba
                                     << "x-a"_ba
                                     << "a:b::c"_ba;
    QTest::newRow("obs-text in value") << "X-A: caf\xc3\xa9"_ba
                                       << "x-a"_ba
                                       << "caf\xc3\xa9"_ba;
    QTest::newRow("quotes in value") << "X-A: \"q\" (c)"_ba
                                     << "x-a"_ba
                                     << "\"q\" (c)"_ba;
    QTest::newRow("every tchar in name") << "!#$%&'*+-.^_`|~09azAZ: v"_ba
                                         << "!#$%&'*+-.^_`|~09azaz"_ba
                                         << "v"_ba;
    QTest::newRow("long value") << QByteArray("Authorization: Bearer " + QByteArray(3000, 'x')) << "authorization"_ba
                                << QByteArray("Bearer " + QByteArray(3000, 'x'));
}

void tst_HttpRequestParser::headerFields()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);

    const Outcome o = feedWhole(get(line + "\r\n"));
    QCOMPARE(o.last, Step::NeedMore);
    QCOMPARE(o.requests.size(), 1);
    const auto& headers = o.requests[0].headers;
    QCOMPARE(headers.size(), 2);
    QCOMPARE(headers[1].first, name);
    QCOMPARE(headers[1].second, value);
}

void tst_HttpRequestParser::headerOrderAndDuplicatesKept()
{
    const Outcome o = feedWhole("GET / HTTP/1.1\r\nAccept: a\r\nhost: h\r\nX-B: 1\r\naccept: b\r\nX-A: 2\r\n\r\n"_ba);
    QCOMPARE(o.requests.size(), 1);
    const QList<QPair<QByteArray, QByteArray>> headers{
        {"accept"_ba, "a"_ba}, {"host"_ba, "h"_ba}, {"x-b"_ba, "1"_ba}, {"accept"_ba, "b"_ba}, {"x-a"_ba, "2"_ba}};
    QCOMPARE(o.requests[0].headers, headers);
}

void tst_HttpRequestParser::hostValues_data()
{
    authscope::test::addColumns<QByteArray, bool>("host", "valid");

    // RFC 9112 §3.2: Host = uri-host [ ":" port ]; an invalid value MUST be answered with 400.
    QTest::newRow("name") << "example.test"_ba << true;
    QTest::newRow("name and port") << "example.test:8080"_ba << true;
    QTest::newRow("IPv4 and port") << "127.0.0.1:1"_ba << true;
    QTest::newRow("IPv6 literal and port") << "[::1]:8080"_ba << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("space inside") << "a b"_ba << false;
    QTest::newRow("slash") << "a/b"_ba << false;
    QTest::newRow("userinfo") << "user@evil.test"_ba << false;
    QTest::newRow("port not a number") << "a:b"_ba << false;
    QTest::newRow("two ports") << "a:1:2"_ba << false;
    QTest::newRow("question mark") << "a?b"_ba << false;
    QTest::newRow("quote") << "a\"b"_ba << false;
}

void tst_HttpRequestParser::hostValues()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, valid);

    const Outcome o = feedWhole("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    if (valid) {
        QCOMPARE(o.last, Step::NeedMore);
        QCOMPARE(o.requests.size(), 1);
    } else {
        QVERIFY(o.requests.isEmpty());
        QCOMPARE(o.last, Step::Failed);
        QCOMPARE(o.error.status, 400);
    }
}

void tst_HttpRequestParser::versions_data()
{
    // minor: -1: refused
    authscope::test::addColumns<QByteArray, int, int>("version", "minor", "status");

    QTest::newRow("1.1") << "HTTP/1.1"_ba << 1 << 0;
    QTest::newRow("1.0") << "HTTP/1.0"_ba << 0 << 0;
    QTest::newRow("1.2 answered as 1.1") << "HTTP/1.2"_ba << 1 << 0;
    QTest::newRow("1.9 answered as 1.1") << "HTTP/1.9"_ba << 1 << 0;
    QTest::newRow("2.0") << "HTTP/2.0"_ba << -1 << 505;
    QTest::newRow("3.0") << "HTTP/3.0"_ba << -1 << 505;
    QTest::newRow("0.9") << "HTTP/0.9"_ba << -1 << 505;
    QTest::newRow("no minor") << "HTTP/1"_ba << -1 << 400;
    QTest::newRow("no minor digit") << "HTTP/1."_ba << -1 << 400;
    QTest::newRow("no digits") << "HTTP/"_ba << -1 << 400;
    QTest::newRow("letters") << "HTTP/a.b"_ba << -1 << 400;
    QTest::newRow("two-digit minor") << "HTTP/1.10"_ba << -1 << 400;
    QTest::newRow("trailing letter") << "HTTP/1.1x"_ba << -1 << 400;
    QTest::newRow("HTTPS") << "HTTPS/1.1"_ba << -1 << 400;
    QTest::newRow("lower-case") << "http/1.1"_ba << -1 << 400;
    QTest::newRow("mixed-case") << "Http/1.1"_ba << -1 << 400;
}

void tst_HttpRequestParser::versions()
{
    QFETCH(QByteArray, version);
    QFETCH(int, minor);
    QFETCH(int, status);

    const Outcome o = feedWhole("GET / " + version + "\r\nHost: h\r\n\r\n");
    if (minor < 0) {
        QCOMPARE(o.last, Step::Failed);
        QCOMPARE(o.error.status, status);
        QVERIFY(o.requests.isEmpty());
    } else {
        QCOMPARE(o.last, Step::NeedMore);
        QCOMPARE(o.requests.size(), 1);
        QCOMPARE(o.requests[0].minorVersion, minor);
        QCOMPARE(o.requests[0].keepAlive, minor == 1);
    }
}

void tst_HttpRequestParser::keepAlive_data()
{
    authscope::test::addColumns<QByteArray, QByteArray, bool>("version", "headers", "keepAlive");

    QTest::newRow("1.1 default") << "HTTP/1.1"_ba << QByteArray() << true;
    QTest::newRow("1.1 close") << "HTTP/1.1"_ba
                               << "Connection: close\r\n"_ba << false;
    QTest::newRow("1.1 Close") << "HTTP/1.1"_ba
                               << "Connection: Close\r\n"_ba << false;
    QTest::newRow("1.1 CLOSE") << "HTTP/1.1"_ba
                               << "connection: CLOSE\r\n"_ba << false;
    QTest::newRow("1.1 keep-alive, close") << "HTTP/1.1"_ba
                                           << "Connection: keep-alive, close\r\n"_ba << false;
    QTest::newRow("1.1 close, upgrade") << "HTTP/1.1"_ba
                                        << "Connection: close,Upgrade\r\n"_ba << false;
    QTest::newRow("1.1 list with spaces") << "HTTP/1.1"_ba
                                          << "Connection: x , close , y\r\n"_ba << false;
    QTest::newRow("1.1 second Connection") << "HTTP/1.1"_ba
                                           << "Connection: x\r\nConnection: close\r\n"_ba << false;
    QTest::newRow("1.1 keep-alive") << "HTTP/1.1"_ba
                                    << "Connection: keep-alive\r\n"_ba << true;
    QTest::newRow("1.1 closed is not close") << "HTTP/1.1"_ba
                                             << "Connection: closed\r\n"_ba << true;
    QTest::newRow("1.1 xclose is not close") << "HTTP/1.1"_ba
                                             << "Connection: xclose\r\n"_ba << true;
    QTest::newRow("1.1 close in other header") << "HTTP/1.1"_ba
                                               << "X-Connection: close\r\n"_ba << true;
    QTest::newRow("1.2 default") << "HTTP/1.2"_ba << QByteArray() << true;
    QTest::newRow("1.0 default") << "HTTP/1.0"_ba << QByteArray() << false;
    QTest::newRow("1.0 keep-alive") << "HTTP/1.0"_ba
                                    << "Connection: keep-alive\r\n"_ba << true;
    QTest::newRow("1.0 Keep-Alive") << "HTTP/1.0"_ba
                                    << "Connection: Keep-Alive\r\n"_ba << true;
    QTest::newRow("1.0 keep-alive in list") << "HTTP/1.0"_ba
                                            << "Connection: foo, keep-alive\r\n"_ba << true;
    QTest::newRow("1.0 keep-alive, close") << "HTTP/1.0"_ba
                                           << "Connection: keep-alive, close\r\n"_ba << false;
    QTest::newRow("1.0 close") << "HTTP/1.0"_ba
                               << "Connection: close\r\n"_ba << false;
    QTest::newRow("1.0 keep-alives is not keep-alive") << "HTTP/1.0"_ba
                                                       << "Connection: keep-alives\r\n"_ba << false;
}

void tst_HttpRequestParser::keepAlive()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, headers);
    QFETCH(bool, keepAlive);

    const Outcome o = feedWhole("GET / " + version + "\r\nHost: h\r\n" + headers + "\r\n");
    QCOMPARE(o.requests.size(), 1);
    QCOMPARE(o.requests[0].keepAlive, keepAlive);
}

void tst_HttpRequestParser::everySplit_data()
{
    authscope::test::addColumns<QByteArray, int>("input", "count");

    QTest::newRow("GET") << "GET /a?b=c HTTP/1.1\r\nHost: h\r\nAccept: */*\r\n\r\n"_ba << 1;
    QTest::newRow("POST") << "POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\nhello\r\n\r\nxy"_ba << 1;
    QTest::newRow("HTTP/1.0") << "GET / HTTP/1.0\r\n\r\n"_ba << 1;
    QTest::newRow("bare LF") << "GET / HTTP/1.1\nHost: h\nX: y\n\n"_ba << 1;
    QTest::newRow("mixed endings") << "GET / HTTP/1.1\r\nHost: h\nX: y\r\n\n"_ba << 1;
    QTest::newRow("leading CRLFs") << "\r\n\r\n\nGET / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 1;
    QTest::newRow("empty value") << "GET / HTTP/1.1\r\nHost: h\r\nX:\r\n\r\n"_ba << 1;
    QTest::newRow("absolute-form") << "GET http://h/x?y HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 1;
    QTest::newRow("expect") << "PUT /u HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc"_ba
                            << 1;
    QTest::newRow("pipelined") << "GET /1 HTTP/1.1\r\nHost: h\r\n\r\nPOST /2 HTTP/1.1\r\nHost: h\r\nContent-Length: "
                                  "2\r\n\r\nok\r\nGET /3 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"_ba
                               << 3;
    QTest::newRow("error after a request")
        << "GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost : h\r\n\r\n"_ba << 1;
}

void tst_HttpRequestParser::everySplit()
{
    QFETCH(QByteArray, input);
    QFETCH(int, count);

    const Outcome whole = feedWhole(input);
    QCOMPARE(whole.requests.size(), count);
    QVERIFY2(invariantViolation(whole, Limits()).isEmpty(), qPrintable(invariantViolation(whole, Limits())));
    const QByteArray expected = whole.summary();

    QCOMPARE(feed(chunked(input, 1)).summary(), expected);
    for (qsizetype i = 1; i < input.size(); ++i) {
        const Outcome o = feed({input.left(i), input.mid(i)});
        QVERIFY2(o.summary() == expected, qPrintable(u"split at %1:\n"_s.arg(i) + QString::fromLatin1(o.summary())));
    }
    for (qsizetype i = 1; i < input.size(); ++i) {
        for (qsizetype j = i + 1; j < input.size(); ++j) {
            const Outcome o = feed({input.left(i), input.mid(i, j - i), input.mid(j)});
            QVERIFY2(o.summary() == expected, qPrintable(u"split at %1 and %2"_s.arg(i).arg(j)));
        }
    }

    if (count == 1 && whole.last == Step::NeedMore) {
        // Byte by byte: nothing is Ready before the last byte, nothing fails on the way.
        HttpRequestParser parser;
        for (qsizetype i = 0; i < input.size() - 1; ++i) {
            parser.append(input.mid(i, 1));
            QVERIFY2(parser.next() == Step::NeedMore, qPrintable(u"after %1 bytes"_s.arg(i + 1)));
        }
        parser.append(input.right(1));
        QCOMPARE(parser.next(), Step::Ready);
        QCOMPARE(describe(parser.takeRequest()), describe(whole.requests[0]));
        QCOMPARE(parser.next(), Step::NeedMore);
        QCOMPARE(parser.bufferedBytes(), 0);
    }
}

void tst_HttpRequestParser::pipelining()
{
    HttpRequestParser parser;
    parser.append("GET /one HTTP/1.1\r\nHost: h\r\n\r\n"
                  "POST /two?x HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nbody"
                  "GET /three HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
    QCOMPARE(parser.next(), Step::Ready);
    Request r = parser.takeRequest();
    QCOMPARE(r.path, "/one"_ba);
    QVERIFY(r.keepAlive);
    QVERIFY(parser.bufferedBytes() > 0);
    QCOMPARE(parser.next(), Step::Ready);
    r = parser.takeRequest();
    QCOMPARE(r.method, "POST"_ba);
    QCOMPARE(r.path, "/two"_ba);
    QCOMPARE(r.query, "x"_ba);
    QCOMPARE(r.body, "body"_ba);
    QCOMPARE(parser.next(), Step::Ready);
    r = parser.takeRequest();
    QCOMPARE(r.path, "/three"_ba);
    QVERIFY(!r.keepAlive);
    QCOMPARE(parser.next(), Step::NeedMore);
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(!parser.requestInProgress());
}

void tst_HttpRequestParser::postBody()
{
    const Outcome o = feedWhole("POST /login HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
                                "Content-Length: 13\r\n\r\n{\"user\":\"al\"}"_ba);
    QCOMPARE(o.last, Step::NeedMore);
    QCOMPARE(o.requests.size(), 1);
    QCOMPARE(o.requests[0].method, "POST"_ba);
    QCOMPARE(o.requests[0].body, "{\"user\":\"al\"}"_ba);
}

void tst_HttpRequestParser::postBodySplitAcrossAppends()
{
    HttpRequestParser parser;
    parser.append("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n");
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(parser.requestInProgress());
    QVERIFY(!parser.wantsContinue());
    parser.append("0123");
    QCOMPARE(parser.next(), Step::NeedMore);
    parser.append("456");
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(parser.requestInProgress());
    parser.append("789");
    QCOMPARE(parser.next(), Step::Ready);
    QCOMPARE(parser.takeRequest().body, "0123456789"_ba);
    QCOMPARE(parser.next(), Step::NeedMore);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void tst_HttpRequestParser::postBodyFollowedByNextRequest()
{
    HttpRequestParser parser;
    parser.append("POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhel");
    QCOMPARE(parser.next(), Step::NeedMore);
    parser.append("loGET /b HTTP/1.1\r\nHost: h\r\n\r\nGET /c HTTP/1.1\r\n");
    QCOMPARE(parser.next(), Step::Ready);
    const Request a = parser.takeRequest();
    QCOMPARE(a.body, "hello"_ba);
    QCOMPARE(parser.next(), Step::Ready);
    const Request b = parser.takeRequest();
    QCOMPARE(b.path, "/b"_ba);
    QVERIFY(b.body.isEmpty());
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(parser.requestInProgress());
    QCOMPARE(parser.bufferedBytes(), qsizetype(strlen("GET /c HTTP/1.1\r\n")));
    parser.append("Host: h\r\n\r\n");
    QCOMPARE(parser.next(), Step::Ready);
    QCOMPARE(parser.takeRequest().path, "/c"_ba);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void tst_HttpRequestParser::bodyIsOpaque()
{
    const QByteArray body = "\0\r\n\r\nGET / HTTP/1.1\r\nHost : x\r\n\r\n\x01\x7f\xff"_ba;
    const Outcome o = feedWhole("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: " + QByteArray::number(body.size()) +
                                "\r\n\r\n" + body + "GET /next HTTP/1.1\r\nHost: h\r\n\r\n");
    QCOMPARE(o.last, Step::NeedMore);
    QCOMPARE(o.requests.size(), 2);
    QCOMPARE(o.requests[0].body, body);
    QCOMPARE(o.requests[1].path, "/next"_ba);
}

void tst_HttpRequestParser::noContentLengthMeansNoBody()
{
    // RFC 9112 §6.3: a request without Content-Length and Transfer-Encoding has no body.
    const Outcome o = feedWhole("POST /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n"_ba);
    QCOMPARE(o.last, Step::NeedMore);
    QCOMPARE(o.requests.size(), 2);
    QVERIFY(o.requests[0].body.isEmpty());
    QCOMPARE(o.requests[1].path, "/b"_ba);
}

void tst_HttpRequestParser::contentLengthForms_data()
{
    authscope::test::addColumns<QByteArray, QByteArray>("headers", "body");

    QTest::newRow("zero") << "Content-Length: 0\r\n"_ba << QByteArray();
    QTest::newRow("spaces around") << "Content-Length:   3 \t\r\n"_ba
                                   << "abc"_ba;
    QTest::newRow("leading zeros") << "Content-Length: 003\r\n"_ba
                                   << "abc"_ba;
    QTest::newRow("lower-case name") << "content-length: 3\r\n"_ba
                                     << "abc"_ba;
    QTest::newRow("two equal") << "Content-Length: 3\r\nContent-Length: 3\r\n"_ba
                               << "abc"_ba;
    QTest::newRow("list of equal values") << "Content-Length: 3, 3\r\n"_ba
                                          << "abc"_ba;
    QTest::newRow("on a GET") << "Content-Length: 2\r\n"_ba
                              << "ab"_ba;
    QTest::newRow("exactly the default limit") << "Content-Length: 65536\r\n"_ba << QByteArray(65536, 'b');
}

void tst_HttpRequestParser::contentLengthForms()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);

    const Outcome o = feedWhole(get(headers) + body + get());
    QCOMPARE(o.last, Step::NeedMore);
    QCOMPARE(o.requests.size(), 2);
    QCOMPARE(o.requests[0].body, body);
    QVERIFY(o.requests[1].body.isEmpty());
}

void tst_HttpRequestParser::leadingBlankLinesIgnored()
{
    const Outcome o = feedWhole("\r\n\r\nGET /a HTTP/1.1\r\nHost: h\r\n\r\n\n\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n"
                                "POST /c HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n\r\nx\r\nGET /d HTTP/1.1\r\nHost: "
                                "h\r\n\r\n\r\n"_ba);
    QCOMPARE(o.last, Step::NeedMore);
    QCOMPARE(o.requests.size(), 4);
    QCOMPARE(o.requests[0].path, "/a"_ba);
    QCOMPARE(o.requests[1].path, "/b"_ba);
    QCOMPARE(o.requests[2].body, "x"_ba);
    QCOMPARE(o.requests[3].path, "/d"_ba);
}

void tst_HttpRequestParser::requestInProgress()
{
    HttpRequestParser parser;
    QVERIFY(!parser.requestInProgress());
    parser.append("\r\n\r\n\n");
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(!parser.requestInProgress());
    parser.append("\r");
    QCOMPARE(parser.next(), Step::NeedMore);
    parser.append("\nGE");
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(parser.requestInProgress());
    parser.append("T / HTTP/1.1\r\nHost: h\r\n");
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(parser.requestInProgress());
    parser.append("\r\n");
    QCOMPARE(parser.next(), Step::Ready);
    (void)parser.takeRequest();
    QVERIFY(!parser.requestInProgress());
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(!parser.requestInProgress());

    parser.append("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nx");
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(parser.requestInProgress());
    parser.append("y\r\n");
    QCOMPARE(parser.next(), Step::Ready);
    (void)parser.takeRequest();
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(!parser.requestInProgress());
}

void tst_HttpRequestParser::bareLineFeeds_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("all LF") << "GET /x HTTP/1.1\nHost: h\nX-A: b\n\n"_ba;
    QTest::newRow("LF request line") << "GET /x HTTP/1.1\nHost: h\r\nX-A: b\r\n\r\n"_ba;
    QTest::newRow("LF blank line") << "GET /x HTTP/1.1\r\nHost: h\r\nX-A: b\r\n\n"_ba;
    QTest::newRow("CRLF blank line after LF") << "GET /x HTTP/1.1\nHost: h\nX-A: b\n\r\n"_ba;
    QTest::newRow("LF leading lines") << "\n\nGET /x HTTP/1.1\nHost: h\nX-A: b\n\n"_ba;
}

void tst_HttpRequestParser::bareLineFeeds()
{
    QFETCH(QByteArray, input);

    const Outcome o = feedWhole(input + "GET /next HTTP/1.1\nHost: h\n\n");
    QCOMPARE(o.last, Step::NeedMore);
    QCOMPARE(o.requests.size(), 2);
    const QList<QPair<QByteArray, QByteArray>> headers{{"host"_ba, "h"_ba}, {"x-a"_ba, "b"_ba}};
    QCOMPARE(o.requests[0].target, "/x"_ba);
    QCOMPARE(o.requests[0].minorVersion, 1);
    QCOMPARE(o.requests[0].headers, headers);
    QCOMPARE(o.requests[1].target, "/next"_ba);
}

void tst_HttpRequestParser::rejected_data()
{
    authscope::test::addColumns<QByteArray, int>("input", "status");

    // Request line.
    QTest::newRow("two spaces after method") << "GET  / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("two spaces before version") << "GET /  HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("trailing space") << "GET / HTTP/1.1 \r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("leading space") << " GET / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("tab separator") << "GET\t/ HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("missing target") << "GET HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("missing version") << "GET /\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("only a method") << "GET\r\n\r\n"_ba << 400;
    QTest::newRow("four words") << "GET / HTTP/1.1 x\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("method with (") << "G(ET / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("method with @") << "GE@T / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("method with /") << "GE/T / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("method with non-ASCII") << "G\xc3\x89T / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("method with control") << "GE\x01T / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("method with DEL") << "GE\x7fT / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("target with control") << "GET /a\x01"
                                            "b HTTP/1.1\r\nHost: h\r\n\r\n"_ba
                                         << 400;
    QTest::newRow("target with DEL") << "GET /a\x7f HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("fragment") << "GET /a#frag HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("fragment after query") << "GET /a?x=1#y HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("fragment in absolute-form") << "GET http://h/p#f HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("relative target") << "GET a/b HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("query-only target") << "GET ?x=1 HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("asterisk with GET") << "GET * HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("asterisk with suffix") << "OPTIONS *x HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("authority-form with GET") << "GET h:80 HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;

    // Line endings.
    QTest::newRow("bare CR in request line") << "GET /\r HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("bare CR ends request line") << "GET / HTTP/1.1\rHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("CR CR LF after request line") << "GET / HTTP/1.1\r\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("bare CR in header value") << get("X-A: a\rb\r\n") << 400;
    QTest::newRow("CR CR LF after header") << get("X-A: a\r\r\n") << 400;
    QTest::newRow("bare CR in header name") << get("X\rA: a\r\n") << 400;
    QTest::newRow("bare CR starts a line") << get("\rX-A: a\r\n") << 400;
    QTest::newRow("bare CR in leading blank lines") << "\r\n\r\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;

    // Header lines.
    QTest::newRow("space before colon") << get("X-A : b\r\n") << 400;
    QTest::newRow("tab before colon") << get("X-A\t: b\r\n") << 400;
    QTest::newRow("space before colon of Host") << "GET / HTTP/1.1\r\nHost : h\r\n\r\n"_ba << 400;
    QTest::newRow("obs-fold with space") << get("X-A: b\r\n c\r\n") << 400;
    QTest::newRow("obs-fold with tab") << get("X-A: b\r\n\tc\r\n") << 400;
    QTest::newRow("space before first header") << "GET / HTTP/1.1\r\n Host: h\r\n\r\n"_ba << 400;
    QTest::newRow("no colon") << get("X-A b\r\n") << 400;
    QTest::newRow("empty name") << get(": b\r\n") << 400;
    QTest::newRow("space in name") << get("X A: b\r\n") << 400;
    QTest::newRow("@ in name") << get("X@A: b\r\n") << 400;
    QTest::newRow("quote in name") << get("X\"A: b\r\n") << 400;
    QTest::newRow("( in name") << get("X(A: b\r\n") << 400;
    QTest::newRow("/ in name") << get("X/A: b\r\n") << 400;
    QTest::newRow("non-ASCII in name") << get("\xc3\xa9: b\r\n") << 400;
    QTest::newRow("control in name") << get("X\x01: b\r\n") << 400;
    QTest::newRow("DEL in name") << get("X\x7f: b\r\n") << 400;
    QTest::newRow("control in value") << get("X-A: a\x01"
                                             "b\r\n")
                                      << 400;
    QTest::newRow("control ends value") << get("X-A: a\x01\r\n") << 400;
    QTest::newRow("control starts value") << get("X-A: \x01"
                                                 "a\r\n")
                                          << 400;
    QTest::newRow("DEL in value") << get("X-A: a\x7f\r\n") << 400;
    QTest::newRow("ESC in value") << get("X-A: a\x1b[0m\r\n") << 400;
    QTest::newRow("vertical tab in value") << get("X-A: a\vb\r\n") << 400;
    QTest::newRow("form feed in value") << get("X-A: a\fb\r\n") << 400;

    // NUL.
    QTest::newRow("NUL before request") << "\0GET / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("NUL after blank line") << "\r\n\0GET / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("NUL in method") << "G\0ET / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("NUL in target") << "GET /\0 HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("NUL in version") << "GET / HTTP/1.1\0\r\nHost: h\r\n\r\n"_ba << 400;
    QTest::newRow("NUL in name") << get("X\0A: b\r\n"_ba) << 400;
    QTest::newRow("NUL in value") << get("X-A: a\0b\r\n"_ba) << 400;
    QTest::newRow("NUL ends value") << get("X-A: a\0\r\n"_ba) << 400;
    QTest::newRow("NUL line") << get("\0\r\n"_ba) << 400;

    // Content-Length.
    QTest::newRow("CL not a number") << get("Content-Length: abc\r\n") << 400;
    QTest::newRow("CL negative") << get("Content-Length: -1\r\n") << 400;
    QTest::newRow("CL plus sign") << get("Content-Length: +5\r\n") << 400;
    QTest::newRow("CL space inside") << get("Content-Length: 1 2\r\n") << 400;
    QTest::newRow("CL tab inside") << get("Content-Length: 1\t2\r\n") << 400;
    QTest::newRow("CL empty") << get("Content-Length:\r\n") << 400;
    QTest::newRow("CL hex") << get("Content-Length: 0x10\r\n") << 400;
    QTest::newRow("CL decimal point") << get("Content-Length: 1.0\r\n") << 400;
    QTest::newRow("CL list of different") << get("Content-Length: 5, 6\r\n") << 400;
    QTest::newRow("CL list with empty item") << get("Content-Length: 5,\r\n") << 400;
    QTest::newRow("CL two different") << get("Content-Length: 5\r\nContent-Length: 6\r\n") << 400;
    QTest::newRow("CL zero and one") << get("Content-Length: 0\r\ncontent-length: 1\r\n") << 400;
    QTest::newRow("CL over the limit") << get("Content-Length: 65537\r\n") << 413;

    // Transfer-Encoding.
    QTest::newRow("TE chunked") << get("Transfer-Encoding: chunked\r\n") << 411;
    QTest::newRow("TE identity") << get("Transfer-Encoding: identity\r\n") << 411;
    QTest::newRow("TE list") << get("transfer-encoding: gzip, chunked\r\n") << 411;

    // Host.
    QTest::newRow("1.1 without Host") << "GET / HTTP/1.1\r\nX-A: b\r\n\r\n"_ba << 400;
    QTest::newRow("1.1 without headers") << "GET / HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("1.2 without Host") << "GET / HTTP/1.2\r\n\r\n"_ba << 400;
    QTest::newRow("two Hosts") << get("Host: other\r\n") << 400;
    QTest::newRow("two equal Hosts") << get("host: h\r\n") << 400;
    QTest::newRow("1.0 with two Hosts") << "GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n"_ba << 400;

    // Expect.
    QTest::newRow("unknown expectation") << get("Expect: something-else\r\n") << 417;
    QTest::newRow("unknown expectation in a list") << get("Expect: 100-continue, foo\r\n") << 417;
    QTest::newRow("unknown expectation before 100-continue")
        << get("Expect: foo\r\nExpect: 100-continue\r\nContent-Length: 1\r\n") << 417;
    QTest::newRow("unknown expectation after 100-continue")
        << get("Expect: 100-continue\r\nExpect: foo\r\nContent-Length: 1\r\n") << 417;
    QTest::newRow("200-ok expectation") << QByteArray(get("Expect: 200-ok\r\nContent-Length: 1\r\n") + "x") << 417;
}

void tst_HttpRequestParser::rejected()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);

    const Outcome whole = feedWhole(input);
    QVERIFY(whole.requests.isEmpty());
    QCOMPARE(whole.last, Step::Failed);
    QCOMPARE(whole.error.status, status);
    QVERIFY(!whole.error.code.isEmpty());
    QVERIFY(!whole.error.message.isEmpty());

    const Outcome bytes = feed(chunked(input, 1));
    QVERIFY(bytes.requests.isEmpty());
    QCOMPARE(bytes.last, Step::Failed);
    QCOMPARE(bytes.error.status, status);
    QCOMPARE(bytes.error.code, whole.error.code);

    // Behind a valid request, the same bytes fail the same way.
    const Outcome second = feedWhole(get() + input);
    QCOMPARE(second.requests.size(), 1);
    QCOMPARE(second.last, Step::Failed);
    QCOMPARE(second.error.status, status);
}

void tst_HttpRequestParser::failedIsFinal()
{
    HttpRequestParser parser;
    parser.append(get("X-A : b\r\n"));
    QCOMPARE(parser.next(), Step::Failed);
    const HttpRequestParser::Error error = parser.error();
    QCOMPARE(error.status, 400);
    for (int i = 0; i < 3; ++i) {
        parser.append(get());
        QCOMPARE(parser.next(), Step::Failed);
        QCOMPARE(parser.error().status, error.status);
        QCOMPARE(parser.error().code, error.code);
        QCOMPARE(parser.error().message, error.message);
    }
    QVERIFY(!parser.wantsContinue());
}

void tst_HttpRequestParser::contentLengthOverflow()
{
    for (const QByteArray& length : {"99999999999999999999999999"_ba, "9223372036854775807"_ba,
                                     "9223372036854775808"_ba, "18446744073709551617"_ba}) {
        const Outcome o = feedWhole(get("Content-Length: " + length + "\r\n"));
        QVERIFY2(o.last == Step::Failed, length.constData());
        QVERIFY2(o.error.status == 413 || o.error.status == 400, length.constData());
    }
}

void tst_HttpRequestParser::transferEncodingWithContentLength()
{
    // The classic smuggling pair: refused whichever of the two the parser looks at first.
    for (const QByteArray& headers : {"Content-Length: 3\r\nTransfer-Encoding: chunked\r\n"_ba,
                                      "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n"_ba}) {
        const Outcome o = feedWhole(get(headers) + "0\r\n\r\n");
        QVERIFY(o.requests.isEmpty());
        QCOMPARE(o.last, Step::Failed);
        QVERIFY2(o.error.status == 411 || o.error.status == 400, qPrintable(QString::number(o.error.status)));
    }
}

void tst_HttpRequestParser::errorNeverQuotesValues_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("space before colon") << get("X-Api-Key : " + secret + "\r\n");
    QTest::newRow("control in value") << get("X-Api-Key: " + secret + "\x01" + secret + "\r\n");
    QTest::newRow("DEL in value") << get("X-Api-Key: " + secret + "\x7f\r\n");
    QTest::newRow("bare CR in value") << get("X-Api-Key: " + secret + "\r" + secret + "\r\n");
    QTest::newRow("NUL in value") << get("X-Api-Key: " + secret + '\0' + secret + "\r\n");
    QTest::newRow("obs-fold") << get("Authorization: Bearer\r\n " + secret + "\r\n");
    QTest::newRow("Content-Length") << get("Content-Length: " + secret + "\r\n");
    QTest::newRow("Content-Length conflict") << get("Content-Length: 1\r\nContent-Length: 1" + secret + "\r\n");
    QTest::newRow("Transfer-Encoding") << get("Transfer-Encoding: " + secret + "\r\n");
    QTest::newRow("Expect") << get("Expect: " + secret + "\r\n");
    QTest::newRow("two Hosts") << get("Host: " + secret + "\r\n");
    QTest::newRow("secret in the request line") << QByteArray("GET /?token=" + secret + " HTTP/2.0\r\nHost: h\r\n\r\n");
}

void tst_HttpRequestParser::errorNeverQuotesValues()
{
    QFETCH(QByteArray, input);

    const Outcome o = feedWhole(input);
    QCOMPARE(o.last, Step::Failed);
    QVERIFY(!o.error.code.isEmpty());
    QVERIFY(!o.error.message.isEmpty());
    const QString needle = QString::fromLatin1(secret);
    QVERIFY2(!o.error.message.contains(needle, Qt::CaseInsensitive), qPrintable(o.error.message));
    QVERIFY2(!o.error.code.contains(needle, Qt::CaseInsensitive), qPrintable(o.error.code));
}

void tst_HttpRequestParser::headExactlyAtLimit()
{
    Limits limits;
    limits.maxHeaderBytes = 128;
    const QByteArray start = "GET / HTTP/1.1\r\nHost: h\r\nX: ";
    const QByteArray fits = start + QByteArray(128 - start.size() - 4, 'a') + "\r\n\r\n";
    QCOMPARE(fits.size(), 128);

    Outcome o = feedWhole(fits, limits);
    QCOMPARE(o.last, Step::NeedMore);
    QCOMPARE(o.requests.size(), 1);
    o = feed(chunked(fits, 1), limits);
    QCOMPARE(o.last, Step::NeedMore);
    QCOMPARE(o.requests.size(), 1);

    // With bare LFs the same head is two bytes shorter, so two more value bytes fit.
    const QByteArray fitsLf = "GET / HTTP/1.1\nHost: h\nX: " + QByteArray(128 - 25 - 3, 'a') + "\n\n";
    QCOMPARE(fitsLf.size(), 128);
    o = feed(chunked(fitsLf, 1), limits);
    QCOMPARE(o.last, Step::NeedMore);
    QCOMPARE(o.requests.size(), 1);

    const QByteArray tooLarge = start + QByteArray(128 - start.size() - 3, 'a') + "\r\n\r\n";
    QCOMPARE(tooLarge.size(), 129);
    o = feedWhole(tooLarge, limits);
    QCOMPARE(o.last, Step::Failed);
    QCOMPARE(o.error.status, 431);
    QVERIFY(!o.error.code.isEmpty());
    QVERIFY(!o.error.message.isEmpty());
    o = feed(chunked(tooLarge, 1), limits);
    QCOMPARE(o.last, Step::Failed);
    QCOMPARE(o.error.status, 431);
}

void tst_HttpRequestParser::headLimitCountsOnlyTheHead()
{
    // A body and pipelined requests behind a head that just fits do not count towards maxHeaderBytes.
    Limits limits;
    limits.maxHeaderBytes = 128;
    limits.maxBodyBytes = 1000;
    const QByteArray start = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1000\r\nX: ";
    const QByteArray head = start + QByteArray(128 - start.size() - 4, 'a') + "\r\n\r\n";
    QCOMPARE(head.size(), 128);
    const QByteArray input = head + QByteArray(1000, 'b') + head + QByteArray(1000, 'c');
    for (qsizetype size : {input.size(), qsizetype(1000), qsizetype(129), qsizetype(1)}) {
        const Outcome o = feed(chunked(input, size), limits);
        QVERIFY2(o.last == Step::NeedMore, qPrintable(QString::number(size)));
        QCOMPARE(o.requests.size(), 2);
        QCOMPARE(o.requests[0].body, QByteArray(1000, 'b'));
        QCOMPARE(o.requests[1].body, QByteArray(1000, 'c'));
    }
}

void tst_HttpRequestParser::requestLineTooLong()
{
    Limits limits;
    limits.maxHeaderBytes = 128;
    const QByteArray longLine = "GET /" + QByteArray(300, 'a') + " HTTP/1.1\r\nHost: h\r\n\r\n";
    for (qsizetype size : {longLine.size(), qsizetype(1), qsizetype(64)}) {
        const Outcome o = feed(chunked(longLine, size), limits);
        QCOMPARE(o.last, Step::Failed);
        QCOMPARE(o.error.status, 414);
        QVERIFY(!o.error.code.isEmpty());
        QVERIFY(!o.error.message.isEmpty());
    }
    // A request line that fits, with headers that do not: 431.
    const QByteArray longHeaders =
        "GET /" + QByteArray(90, 'a') + " HTTP/1.1\r\nHost: h\r\nX: " + QByteArray(60, 'b') + "\r\n\r\n";
    const Outcome o = feedWhole(longHeaders, limits);
    QCOMPARE(o.last, Step::Failed);
    QCOMPARE(o.error.status, 431);
}

void tst_HttpRequestParser::slowOversizedHead_data()
{
    // input: repeated until the parser fails
    authscope::test::addColumns<QByteArray, QByteArray, int, int>("input", "prefix", "chunk", "status");

    QTest::newRow("endless request line, 1 byte") << "a"_ba
                                                  << "GET /"_ba << 1 << 414;
    QTest::newRow("endless request line, 7 bytes") << "a"_ba
                                                   << "GET /"_ba << 7 << 414;
    QTest::newRow("endless header, 1 byte") << "a"_ba
                                            << "GET / HTTP/1.1\r\nHost: h\r\nX: "_ba << 1 << 431;
    QTest::newRow("endless header, 7 bytes") << "a"_ba
                                             << "GET / HTTP/1.1\r\nHost: h\r\nX: "_ba << 7 << 431;
    QTest::newRow("endless header lines, 1 byte") << "X: y\r\n"_ba
                                                  << "GET / HTTP/1.1\r\nHost: h\r\n"_ba << 1 << 431;
    QTest::newRow("endless header lines, 5 bytes") << "X: y\r\n"_ba
                                                   << "GET / HTTP/1.1\r\nHost: h\r\n"_ba << 5 << 431;
    QTest::newRow("endless LF header lines") << "X: y\n"_ba
                                             << "GET / HTTP/1.1\nHost: h\n"_ba << 3 << 431;
}

void tst_HttpRequestParser::slowOversizedHead()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, prefix);
    QFETCH(int, chunk);
    QFETCH(int, status);

    Limits limits;
    limits.maxHeaderBytes = 256;
    limits.maxHeaderCount = 1000;
    QByteArray stream = prefix;
    while (stream.size() < 4096) {
        stream += input;
    }

    HttpRequestParser parser(limits);
    qsizetype fed = 0;
    Step step = Step::NeedMore;
    while (step == Step::NeedMore && fed < stream.size()) {
        parser.append(stream.mid(fed, chunk));
        fed += chunk;
        step = parser.next();
    }
    QCOMPARE(step, Step::Failed);
    QCOMPARE(parser.error().status, status);
    // Refused as soon as the head cannot fit any more, not after buffering without bound.
    QVERIFY2(fed <= limits.maxHeaderBytes + 4 + chunk, qPrintable(u"failed only after %1 bytes"_s.arg(fed)));
    for (int i = 0; i < 10; ++i) {
        parser.append(stream.mid(fed, chunk));
        fed += chunk;
        QCOMPARE(parser.next(), Step::Failed);
        QCOMPARE(parser.error().status, status);
    }
    parser.append(QByteArray("\r\n\r\n" + get()));
    QCOMPARE(parser.next(), Step::Failed);
}

void tst_HttpRequestParser::headerCountLimit()
{
    Limits limits;
    limits.maxHeaderCount = 5;
    Outcome o = feedWhole(get("A: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n"), limits);
    QCOMPARE(o.last, Step::NeedMore);
    QCOMPARE(o.requests.size(), 1);
    QCOMPARE(o.requests[0].headers.size(), 5);

    o = feedWhole(get("A: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nE: 5\r\n"), limits);
    QCOMPARE(o.last, Step::Failed);
    QCOMPARE(o.error.status, 431);
    QVERIFY(!o.error.code.isEmpty());

    o = feed(chunked(get(QByteArray("X: y\r\n").repeated(500)), 3), limits);
    QCOMPARE(o.last, Step::Failed);
    QCOMPARE(o.error.status, 431);
}

void tst_HttpRequestParser::bodyLimit()
{
    Limits limits;
    limits.maxBodyBytes = 10;
    Outcome o = feedWhole(get("Content-Length: 10\r\n") + "0123456789", limits);
    QCOMPARE(o.last, Step::NeedMore);
    QCOMPARE(o.requests.size(), 1);
    QCOMPARE(o.requests[0].body, "0123456789"_ba);

    // Refused from the head alone, before any of the body arrives.
    HttpRequestParser parser(limits);
    parser.append(get("Content-Length: 11\r\n"));
    QCOMPARE(parser.next(), Step::Failed);
    QCOMPARE(parser.error().status, 413);
    QVERIFY(!parser.error().code.isEmpty());
    QVERIFY(!parser.error().message.isEmpty());
    QVERIFY(!parser.wantsContinue());

    HttpRequestParser expecting(limits);
    expecting.append(get("Expect: 100-continue\r\nContent-Length: 11\r\n"));
    QCOMPARE(expecting.next(), Step::Failed);
    QCOMPARE(expecting.error().status, 413);
    QVERIFY(!expecting.wantsContinue());
}

void tst_HttpRequestParser::expectContinue_data()
{
    authscope::test::addColumns<QByteArray, bool>("head", "continues");

    QTest::newRow("1.1") << "PUT /f HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"_ba
                         << true;
    QTest::newRow("case-insensitive")
        << "PUT /f HTTP/1.1\r\nHost: h\r\nexpect: 100-Continue\r\nContent-Length: 5\r\n\r\n"_ba << true;
    QTest::newRow("Expect after Content-Length")
        << "PUT /f HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nExpect:  100-continue \r\n\r\n"_ba << true;
    QTest::newRow("1.0 ignores it") << "PUT /f HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"_ba
                                    << false;
    QTest::newRow("no Expect") << "PUT /f HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\n"_ba << false;
}

void tst_HttpRequestParser::expectContinue()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, continues);

    HttpRequestParser parser;
    parser.append(head);
    QCOMPARE(parser.next(), Step::NeedMore);
    QCOMPARE(parser.wantsContinue(), continues);
    QVERIFY(parser.requestInProgress());
    parser.continueSent();
    QVERIFY(!parser.wantsContinue());
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(!parser.wantsContinue()); // asked once per request
    parser.append("he");
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(!parser.wantsContinue());
    parser.append("llo");
    QCOMPARE(parser.next(), Step::Ready);
    QVERIFY(!parser.wantsContinue());
    QCOMPARE(parser.takeRequest().body, "hello"_ba);

    // The next request on the connection does not ask again.
    parser.append("PUT /g HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n");
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(!parser.wantsContinue());
    parser.append("ok");
    QCOMPARE(parser.next(), Step::Ready);
    QCOMPARE(parser.takeRequest().body, "ok"_ba);
}

void tst_HttpRequestParser::expectContinueBodyAlreadyPresent()
{
    HttpRequestParser parser;
    parser.append("PUT /f HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nhello");
    QCOMPARE(parser.next(), Step::Ready);
    QVERIFY(!parser.wantsContinue());
    const Request r = parser.takeRequest();
    QCOMPARE(r.body, "hello"_ba);
    QVERIFY(!parser.wantsContinue());
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(!parser.wantsContinue());
}

void tst_HttpRequestParser::expectContinueBodyArrivesWithoutContinue()
{
    // The client stopped waiting and sent the body before the connection answered 100: nothing left to answer.
    HttpRequestParser parser;
    parser.append("PUT /f HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    QCOMPARE(parser.next(), Step::NeedMore);
    QVERIFY(parser.wantsContinue());
    parser.append("hello");
    QCOMPARE(parser.next(), Step::Ready);
    QVERIFY(!parser.wantsContinue());
    QCOMPARE(parser.takeRequest().body, "hello"_ba);
    QVERIFY(!parser.wantsContinue());
}

void tst_HttpRequestParser::expectContinueWithoutBody()
{
    for (const QByteArray& headers :
         {"Expect: 100-continue\r\n"_ba, "Expect: 100-continue\r\nContent-Length: 0\r\n"_ba}) {
        HttpRequestParser parser;
        parser.append(get(headers));
        QCOMPARE(parser.next(), Step::Ready);
        QVERIFY(!parser.wantsContinue());
        (void)parser.takeRequest();
        QVERIFY(!parser.wantsContinue());
    }
}

void tst_HttpRequestParser::nextWithoutTakeKeepsRequest()
{
    // Asking again before taking the request must not skip it.
    HttpRequestParser parser;
    parser.append("GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\n");
    QCOMPARE(parser.next(), Step::Ready);
    QCOMPARE(parser.next(), Step::Ready);
    QCOMPARE(parser.takeRequest().path, "/1"_ba);
    QCOMPARE(parser.next(), Step::Ready);
    QCOMPARE(parser.takeRequest().path, "/2"_ba);
    QCOMPARE(parser.next(), Step::NeedMore);
}

void tst_HttpRequestParser::manyRequestsOnOneConnection()
{
    QRandomGenerator rng(7);
    QByteArray stream;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray body = QByteArray::number(i).repeated(i % 7);
        stream += "POST /r/" + QByteArray::number(i) +
                  " HTTP/1.1\r\nHost: h\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    HttpRequestParser parser;
    int seen = 0;
    for (const QByteArray& chunk : randomChunks(stream, rng)) {
        parser.append(chunk);
        Step step;
        while ((step = parser.next()) == Step::Ready) {
            const Request r = parser.takeRequest();
            QCOMPARE(r.path, "/r/" + QByteArray::number(seen));
            QCOMPARE(r.body, QByteArray::number(seen).repeated(seen % 7));
            ++seen;
        }
        QCOMPARE(step, Step::NeedMore);
        QVERIFY(parser.bufferedBytes() < 200);
    }
    QCOMPARE(seen, 2000);
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(!parser.requestInProgress());
}

void tst_HttpRequestParser::randomBytes()
{
    static const QList<QByteArray> fragments{"GET "_ba,
                                             "POST "_ba,
                                             "OPTIONS "_ba,
                                             "/"_ba,
                                             "/a?b=c"_ba,
                                             "*"_ba,
                                             "http://h/p"_ba,
                                             " HTTP/1.1"_ba,
                                             " HTTP/1.0"_ba,
                                             "HTTP/"_ba,
                                             "\r\n"_ba,
                                             "\n"_ba,
                                             "\r"_ba,
                                             "\r\n\r\n"_ba,
                                             "Host: h"_ba,
                                             "Host:"_ba,
                                             "Content-Length: 3"_ba,
                                             "Content-Length: 0"_ba,
                                             "Content-Length: 2"_ba,
                                             "Content-Length:"_ba,
                                             "Transfer-Encoding: chunked"_ba,
                                             "Connection: close"_ba,
                                             "Expect: 100-continue"_ba,
                                             ": "_ba,
                                             " "_ba,
                                             "\t"_ba,
                                             "#"_ba,
                                             "?"_ba,
                                             "\0"_ba,
                                             "\x7f"_ba,
                                             "abc"_ba};
    QRandomGenerator rng(20240611);
    Limits small;
    small.maxHeaderBytes = 64;
    small.maxBodyBytes = 8;
    small.maxHeaderCount = 3;
    for (int i = 0; i < 4000; ++i) {
        QByteArray data;
        const int parts = rng.bounded(0, 40);
        for (int p = 0; p < parts; ++p) {
            if (rng.bounded(3) == 0) {
                data += char(rng.bounded(256));
            } else {
                data += fragments[rng.bounded(fragments.size())];
            }
        }
        const bool useSmall = i % 3 == 0;
        const Limits limits = useSmall ? small : Limits();
        const Outcome whole = feedWhole(data, limits);
        const Outcome parts1 = feed(randomChunks(data, rng), limits);
        const QByteArray hex = data.toPercentEncoding();
        QVERIFY2(invariantViolation(whole, limits).isEmpty(),
                 qPrintable(invariantViolation(whole, limits) + u" for "_s + QString::fromLatin1(hex)));
        QVERIFY2(invariantViolation(parts1, limits).isEmpty(),
                 qPrintable(invariantViolation(parts1, limits) + u" for "_s + QString::fromLatin1(hex)));
        QVERIFY2(parts1.summary(!useSmall) == whole.summary(!useSmall),
                 qPrintable(u"chunked differs for "_s + QString::fromLatin1(hex)));
    }
}

void tst_HttpRequestParser::mutatedRequests()
{
    static const QList<QByteArray> valid{
        get(),
        "GET /api/me?x=1 HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer abc.def.ghi\r\nAccept: */*\r\n\r\n"_ba,
        "POST /login HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\nContent-Type: text/plain\r\n\r\nhello world"_ba,
        "PUT /f HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc"_ba,
        "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"_ba,
        "OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n"_ba,
        "GET http://h/p?q HTTP/1.1\nHost: h\n\n"_ba,
        "\r\nGET /1 HTTP/1.1\r\nHost: h\r\n\r\nPOST /2 HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nokGET /3 "
        "HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"_ba};
    static const QByteArray interesting = "\r\n \t:\0\x7f#?/*0123456789-,Hh"_ba;
    QRandomGenerator rng(4242);
    Limits small;
    small.maxHeaderBytes = 80;
    small.maxBodyBytes = 5;
    small.maxHeaderCount = 3;
    for (int i = 0; i < 4000; ++i) {
        QByteArray data = valid[rng.bounded(valid.size())];
        const int mutations = rng.bounded(1, 5);
        for (int m = 0; m < mutations && !data.isEmpty(); ++m) {
            const qsizetype at = rng.bounded(data.size());
            switch (rng.bounded(5)) {
            case 0:
                data[at] = char(rng.bounded(256));
                break;
            case 1:
                data[at] = interesting[rng.bounded(interesting.size())];
                break;
            case 2:
                data.insert(at, interesting[rng.bounded(interesting.size())]);
                break;
            case 3:
                data.remove(at, rng.bounded(1, 4));
                break;
            default:
                data.insert(at, data.mid(rng.bounded(data.size()), rng.bounded(1, 20)));
                break;
            }
        }
        const bool useSmall = i % 4 == 0;
        const Limits limits = useSmall ? small : Limits();
        const Outcome whole = feedWhole(data, limits);
        const Outcome parts = feed(randomChunks(data, rng), limits);
        const Outcome bytes = feed(chunked(data, 1), limits);
        const QByteArray hex = data.toPercentEncoding();
        for (const Outcome* o : {&whole, &parts, &bytes}) {
            const QString violation = invariantViolation(*o, limits);
            QVERIFY2(violation.isEmpty(), qPrintable(violation + u" for "_s + QString::fromLatin1(hex)));
        }
        QVERIFY2(parts.summary(!useSmall) == whole.summary(!useSmall),
                 qPrintable(u"chunked differs for "_s + QString::fromLatin1(hex)));
        QVERIFY2(bytes.summary(!useSmall) == whole.summary(!useSmall),
                 qPrintable(u"byte by byte differs for "_s + QString::fromLatin1(hex)));
    }
}

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
