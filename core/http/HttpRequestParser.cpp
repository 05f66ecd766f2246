#include "core/http/HttpRequestParser.h"

#include "core/http/HttpSyntax.h"

#include <cstring>

namespace authscope::http {

namespace {

// RFC 9110 §5.6.2 tchar.
constexpr bool isTokenChar(unsigned char c)
{
    if (c >= '0' && c <= '9') {
        return true;
    }
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        return true;
    }
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const char c : text) {
        if (!isTokenChar(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

// A field value may hold visible characters, obs-text, spaces and tabs (RFC 9110 §5.5).
bool isFieldValue(QByteArrayView value)
{
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            return false;
        }
    }
    return true;
}

// Request-target bytes: visible ASCII only (RFC 3986 characters; anything else must be percent-encoded).
bool isTargetText(QByteArrayView target)
{
    for (const char ch : target) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7f || c == '#') {
            return false;
        }
    }
    return true;
}

// RFC 9112 §3.2: Host = uri-host [ ":" port ] (RFC 3986: IP-literal in brackets, or reg-name / IPv4 made of
// unreserved, pct-encoded and sub-delims characters); may be empty.
bool isHostValue(QByteArrayView value)
{
    QByteArrayView host = value;
    QByteArrayView port;
    if (value.startsWith('[')) {
        const qsizetype close = value.indexOf(']');
        if (close < 0) {
            return false;
        }
        for (const char c : value.sliced(1, close - 1)) {
            const bool hex = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
            if (!hex && c != ':' && c != '.') {
                return false;
            }
        }
        const QByteArrayView rest = value.sliced(close + 1);
        if (!rest.isEmpty() && rest.front() != ':') {
            return false;
        }
        host = {};
        port = rest.isEmpty() ? QByteArrayView() : rest.sliced(1);
    } else {
        const qsizetype colon = value.indexOf(':');
        if (colon >= 0) {
            host = value.first(colon);
            port = value.sliced(colon + 1);
        }
    }
    for (const char c : host) {
        const bool unreserved = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '-' ||
                                c == '.' || c == '_' || c == '~';
        const bool subDelim = std::strchr("!$&'()*+,;=", c) != nullptr && c != '\0';
        if (!unreserved && !subDelim && c != '%') {
            return false;
        }
    }
    for (const char c : port) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

HttpRequestParser::HttpRequestParser() : HttpRequestParser(Limits{}) {}

HttpRequestParser::HttpRequestParser(Limits limits) : m_limits(limits) {}

void HttpRequestParser::append(QByteArrayView data)
{
    if (m_state == State::Failed || data.isEmpty()) {
        return;
    }
    // Not capped here: next() runs after every append and refuses a head that grew past the limit, and the
    // connection reads at most its socket buffer at a time.
    m_buffer.append(data);
}

bool HttpRequestParser::requestInProgress() const
{
    if (m_state == State::Body) {
        return true;
    }
    if (m_state != State::Head) {
        return false;
    }
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c != '\r' && c != '\n') {
            return true;
        }
    }
    return false;
}

void HttpRequestParser::compact()
{
    if (m_pos == 0) {
        return;
    }
    if (m_pos >= m_buffer.size()) {
        m_buffer.clear(); // the usual case between requests (the next append then shares the socket's bytes)
    } else if (m_pos >= m_buffer.size() / 2) {
        // Moving the rest only once half the buffer is consumed keeps a long pipeline linear, not quadratic.
        m_buffer.remove(0, m_pos);
    } else {
        return;
    }
    m_scanFrom = std::max<qsizetype>(0, m_scanFrom - m_pos);
    m_pos = 0;
}

HttpRequestParser::Step HttpRequestParser::fail(int status, const QString& code, const QString& message)
{
    m_state = State::Failed;
    m_wantsContinue = false;
    m_error.status = status;
    m_error.code = code;
    m_error.message = message;
    return Step::Failed;
}

HttpRequestParser::Step HttpRequestParser::next()
{
    switch (m_state) {
    case State::Failed:
        return Step::Failed;
    case State::Ready:
        return Step::Ready;
    case State::Head: {
        // RFC 9112 §2.2: blank lines before a request line are ignored.
        while (m_pos < m_buffer.size()) {
            const char c = m_buffer.at(m_pos);
            if (c == '\n') {
                ++m_pos;
            } else if (c == '\r') {
                if (m_pos + 1 >= m_buffer.size()) {
                    break; // its LF may still come
                }
                if (m_buffer.at(m_pos + 1) != '\n') {
                    return fail(400, QStringLiteral("invalid_request"),
                                QStringLiteral("A bare CR is not a line ending."));
                }
                m_pos += 2;
            } else {
                break;
            }
        }
        // Keep endless blank lines from piling up.
        compact();
        m_scanFrom = std::max(m_scanFrom, m_pos);
        // The head ends at the first empty line: "\n\n" or "\n\r\n".
        const char* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype headEnd = -1; // index just past the blank line
        qsizetype at = m_scanFrom;
        while (at < size) {
            const void* hit = std::memchr(data + at, '\n', size_t(size - at));
            if (hit == nullptr) {
                at = size;
                break;
            }
            const qsizetype lf = static_cast<const char*>(hit) - data;
            if (lf + 1 < size && data[lf + 1] == '\n') {
                headEnd = lf + 2;
                break;
            }
            if (lf + 2 < size && data[lf + 1] == '\r' && data[lf + 2] == '\n') {
                headEnd = lf + 3;
                break;
            }
            if (lf + 2 >= size) {
                at = lf; // the blank line may still be arriving: look again from this LF
                break;
            }
            at = lf + 1;
        }
        if (headEnd < 0) {
            m_scanFrom = std::max(m_pos, at);
            const qsizetype pending = size - m_pos;
            if (pending > m_limits.maxHeaderBytes) {
                const qsizetype firstLf = m_buffer.indexOf('\n', m_pos);
                if (firstLf < 0 || firstLf - m_pos > m_limits.maxHeaderBytes) {
                    return fail(414, QStringLiteral("uri_too_long"),
                                QStringLiteral("The request line exceeds %1 bytes.").arg(m_limits.maxHeaderBytes));
                }
                return fail(
                    431, QStringLiteral("request_header_too_large"),
                    QStringLiteral("The request line and headers exceed %1 bytes.").arg(m_limits.maxHeaderBytes));
            }
            return Step::NeedMore;
        }
        if (headEnd - m_pos > m_limits.maxHeaderBytes) {
            const qsizetype firstLf = m_buffer.indexOf('\n', m_pos);
            if (firstLf - m_pos > m_limits.maxHeaderBytes) {
                return fail(414, QStringLiteral("uri_too_long"),
                            QStringLiteral("The request line exceeds %1 bytes.").arg(m_limits.maxHeaderBytes));
            }
            return fail(431, QStringLiteral("request_header_too_large"),
                        QStringLiteral("The request line and headers exceed %1 bytes.").arg(m_limits.maxHeaderBytes));
        }
        const Step head = parseHead(headEnd);
        if (head == Step::Failed) {
            return head;
        }
        m_pos = headEnd;
        m_scanFrom = m_pos;
        m_state = State::Body;
        [[fallthrough]];
    }
    case State::Body: {
        const qsizetype available = m_buffer.size() - m_pos;
        if (available < m_bodyLength) {
            return Step::NeedMore;
        }
        m_wantsContinue = false;
        if (m_bodyLength > 0) {
            m_request.body = m_buffer.sliced(m_pos, m_bodyLength);
        }
        m_pos += m_bodyLength;
        m_scanFrom = m_pos;
        m_state = State::Ready;
        return Step::Ready;
    }
    }
    return Step::Failed;
}

HttpRequestParser::Request HttpRequestParser::takeRequest()
{
    Request request = std::move(m_request);
    m_request = Request{};
    if (m_state == State::Ready) {
        m_state = State::Head;
        m_bodyLength = 0;
        compact();
    }
    return request;
}

// The steps below are always inlined into parseHead: it runs for every request, and splitting it for reading must
// not add calls.

// What the header lines said about the request as a whole, gathered while they are read.
struct HttpRequestParser::HeadFacts
{
    bool sawHost = false;
    bool sawContentLength = false;
    bool sawTransferEncoding = false;
    qint64 contentLength = 0;
    bool connectionClose = false;
    bool connectionKeepAlive = false;
    bool sawExpect = false;
    bool expectUnknown = false; // an expectation other than 100-continue, on any Expect line
};

Q_ALWAYS_INLINE HttpRequestParser::Step HttpRequestParser::parseRequestLine(QByteArrayView line, Request& request)
{
    // method SP request-target SP HTTP-version, single spaces (RFC 9112 §3).
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
        return fail(400, QStringLiteral("invalid_request"),
                    QStringLiteral("The request line is not \"METHOD target HTTP/1.1\"."));
    }
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method)) {
        return fail(400, QStringLiteral("invalid_request"), QStringLiteral("The method is not a token."));
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version.at(6) != '.' || version.at(5) < '0' ||
        version.at(5) > '9' || version.at(7) < '0' || version.at(7) > '9') {
        return fail(400, QStringLiteral("invalid_request"), QStringLiteral("The protocol version is not HTTP/1.x."));
    }
    if (version.at(5) != '1') {
        return fail(505, QStringLiteral("http_version_not_supported"),
                    QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are served here."));
    }
    request.minorVersion = version.at(7) == '0' ? 0 : 1;
    if (target.isEmpty() || !isTargetText(target)) {
        return fail(400, QStringLiteral("invalid_request"),
                    QStringLiteral("The request target has characters that must be percent-encoded, or a fragment."));
    }
    if (parseTarget(method, target, request) == Step::Failed) {
        return Step::Failed;
    }
    request.method = method.toByteArray();
    request.target = target.toByteArray();
    m_error.method = request.method;
    m_error.path = request.path;
    return Step::Ready;
}

Q_ALWAYS_INLINE HttpRequestParser::Step HttpRequestParser::parseTarget(QByteArrayView method, QByteArrayView target,
                                                                       Request& request)
{
    QByteArrayView pathAndQuery;
    if (target.front() == '/') {
        pathAndQuery = target; // origin-form
    } else if (target == "*") {
        if (method != "OPTIONS") {
            return fail(400, QStringLiteral("invalid_request"), QStringLiteral("\"*\" is for OPTIONS only."));
        }
        pathAndQuery = target;
    } else if (target.size() >= 8 && (target.first(7).compare("http://", Qt::CaseInsensitive) == 0 ||
                                      target.first(8).compare("https://", Qt::CaseInsensitive) == 0)) {
        // absolute-form (RFC 9112 §3.2.2): the authority is ignored, the path is served.
        const qsizetype authorityStart = target.indexOf("//") + 2;
        const qsizetype slash = target.indexOf('/', authorityStart);
        const qsizetype question = target.indexOf('?', authorityStart);
        if (slash >= 0 && (question < 0 || slash < question)) {
            pathAndQuery = target.sliced(slash);
        } else if (question >= 0) {
            pathAndQuery = QByteArrayView("/"); // "http://host?q": path "/", query below
            request.query = target.sliced(question + 1).toByteArray();
        } else {
            pathAndQuery = QByteArrayView("/");
        }
        if (slash - authorityStart == 0 || question - authorityStart == 0 || authorityStart >= target.size()) {
            return fail(400, QStringLiteral("invalid_request"),
                        QStringLiteral("The absolute request target has no host."));
        }
    } else {
        return fail(400, QStringLiteral("invalid_request"),
                    QStringLiteral("The request target must start with \"/\"."));
    }
    const qsizetype question = pathAndQuery.indexOf('?');
    if (question >= 0) {
        request.path = pathAndQuery.first(question).toByteArray();
        request.query = pathAndQuery.sliced(question + 1).toByteArray();
    } else {
        request.path = pathAndQuery.toByteArray();
    }
    return Step::Ready;
}

Q_ALWAYS_INLINE HttpRequestParser::Step HttpRequestParser::parseHeaderLine(QByteArrayView line, Request& request,
                                                                           HeadFacts& facts)
{
    if (line.front() == ' ' || line.front() == '\t') {
        return fail(400, QStringLiteral("invalid_request"),
                    QStringLiteral("Header lines folded onto several lines (obs-fold) are not accepted."));
    }
    const qsizetype colon = line.indexOf(':');
    if (colon < 0) {
        return fail(400, QStringLiteral("invalid_request"), QStringLiteral("A header line has no colon."));
    }
    const QByteArrayView name = line.first(colon);
    if (!isToken(name)) {
        return fail(400, QStringLiteral("invalid_request"),
                    name.isEmpty() || name.back() == ' ' || name.back() == '\t'
                        ? QStringLiteral("A header name is empty or followed by whitespace before its colon.")
                        : QStringLiteral("A header name has characters a name may not have."));
    }
    const QByteArrayView value = HttpSyntax::trimmedOws(line.sliced(colon + 1));
    if (!isFieldValue(value)) {
        return fail(400, QStringLiteral("invalid_request"),
                    QStringLiteral("The value of header %1 has a control character.")
                        .arg(QString::fromLatin1(name.first(std::min<qsizetype>(64, name.size())))));
    }
    if (request.headers.size() >= m_limits.maxHeaderCount) {
        return fail(431, QStringLiteral("request_header_too_large"),
                    QStringLiteral("The request has more than %1 headers.").arg(m_limits.maxHeaderCount));
    }
    QByteArray lowerName = name.toByteArray().toLower();
    if (lowerName == "host") {
        if (facts.sawHost) {
            return fail(400, QStringLiteral("invalid_request"), QStringLiteral("The request has two Host headers."));
        }
        if (!isHostValue(value)) {
            return fail(400, QStringLiteral("invalid_request"),
                        QStringLiteral("The Host header is not a host name or address with an optional port."));
        }
        facts.sawHost = true;
    } else if (lowerName == "content-length") {
        const qint64 length = HttpSyntax::parseContentLength(value);
        if (length < 0 || (facts.sawContentLength && length != facts.contentLength)) {
            return fail(400, QStringLiteral("invalid_request"),
                        QStringLiteral("Content-Length is not one non-negative number."));
        }
        facts.sawContentLength = true;
        facts.contentLength = length;
    } else if (lowerName == "transfer-encoding") {
        facts.sawTransferEncoding = true;
    } else if (lowerName == "connection") {
        facts.connectionClose = facts.connectionClose || HttpSyntax::listContains(value, "close");
        facts.connectionKeepAlive = facts.connectionKeepAlive || HttpSyntax::listContains(value, "keep-alive");
    } else if (lowerName == "expect") {
        facts.sawExpect = true;
        facts.expectUnknown = facts.expectUnknown || !HttpSyntax::equalsIgnoringCase(value, "100-continue");
    }
    request.headers.append({std::move(lowerName), value.toByteArray()});
    return Step::Ready;
}

Q_ALWAYS_INLINE HttpRequestParser::Step HttpRequestParser::finishHead(Request&& request, const HeadFacts& facts,
                                                                      qsizetype headEnd)
{
    if (facts.sawTransferEncoding) {
        return fail(411, QStringLiteral("length_required"),
                    QStringLiteral("Chunked or otherwise transfer-encoded request bodies are not accepted; send "
                                   "Content-Length."));
    }
    if (request.minorVersion == 1 && !facts.sawHost) {
        return fail(400, QStringLiteral("invalid_request"), QStringLiteral("An HTTP/1.1 request needs a Host header."));
    }
    if (facts.contentLength > m_limits.maxBodyBytes) {
        return fail(413, QStringLiteral("request_too_large"),
                    QStringLiteral("The request body of %1 bytes exceeds the limit of %2 bytes.")
                        .arg(facts.contentLength)
                        .arg(m_limits.maxBodyBytes));
    }
    bool wantsContinue = false;
    if (facts.sawExpect && request.minorVersion == 1) {
        if (facts.expectUnknown) {
            return fail(417, QStringLiteral("expectation_failed"),
                        QStringLiteral("The only expectation understood is 100-continue."));
        }
        wantsContinue = facts.contentLength > 0;
    }
    request.keepAlive =
        request.minorVersion == 1 ? !facts.connectionClose : (facts.connectionKeepAlive && !facts.connectionClose);
    m_request = std::move(request);
    m_bodyLength = facts.contentLength;
    // Only when the body is not already here (checked by the caller through next()).
    m_wantsContinue = wantsContinue && (m_buffer.size() - headEnd) < facts.contentLength;
    return Step::Ready;
}

HttpRequestParser::Step HttpRequestParser::parseHead(qsizetype headEnd)
{
    const QByteArrayView head(m_buffer.constData() + m_pos, headEnd - m_pos);
    if (head.contains('\0')) {
        return fail(400, QStringLiteral("invalid_request"), QStringLiteral("The request contains a NUL byte."));
    }
    Request request;
    HeadFacts facts;
    m_error = Error{};
    qsizetype lineStart = 0;
    bool first = true;
    while (lineStart < head.size()) {
        const qsizetype lf = head.indexOf('\n', lineStart);
        QByteArrayView line = head.sliced(lineStart, lf - lineStart);
        lineStart = lf + 1;
        if (!line.isEmpty() && line.back() == '\r') {
            line.chop(1);
        }
        if (line.contains('\r')) {
            return fail(400, QStringLiteral("invalid_request"), QStringLiteral("A bare CR is not a line ending."));
        }
        if (first) {
            first = false;
            if (parseRequestLine(line, request) == Step::Failed) {
                return Step::Failed;
            }
            continue;
        }
        if (line.isEmpty()) {
            break; // the blank line that ends the head
        }
        if (parseHeaderLine(line, request, facts) == Step::Failed) {
            return Step::Failed;
        }
    }
    return finishHead(std::move(request), facts, headEnd);
}

} // namespace authscope::http
