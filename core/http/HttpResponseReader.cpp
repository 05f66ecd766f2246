#include "core/http/HttpResponseReader.h"

#include "core/http/HttpSyntax.h"

namespace authscope::http {

namespace {

using Outcome = HttpResponseReader::Outcome;
using Step = HttpResponseReader::Step;

// What the status line and the header fields say about the response's framing.
struct Head
{
    int status = 0;
    bool http10 = false;
    qsizetype fieldsStart = 0; // the first header line
    qsizetype bodyStart = 0;   // just past the blank line
    qint64 contentLength = -1; // -1: none sent
    bool chunked = false;
    bool connectionClose = false;
    bool connectionKeepAlive = false;
};

Outcome failed(QString problem)
{
    Outcome outcome;
    outcome.step = Step::Failed;
    outcome.problem = std::move(problem);
    return outcome;
}

// Incomplete: wait for more, unless the server has closed and nothing more will come.
Outcome needMore(bool closed, const char* cutProblem)
{
    return closed ? failed(QString::fromLatin1(cutProblem)) : Outcome{};
}

// "HTTP/1.x SP 3DIGIT [SP reason-phrase]" (RFC 9112 §4).
bool readStatusLine(QByteArrayView line, Head& head)
{
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line.at(7) < '0' || line.at(7) > '9' || line.at(8) != ' ' ||
        (line.size() > 12 && line.at(12) != ' ')) {
        return false;
    }
    const qint64 status = HttpSyntax::parseDecimal(line.sliced(9, 3));
    if (status < 100) {
        return false;
    }
    head.status = static_cast<int>(status);
    head.http10 = line.at(7) == '0';
    return true;
}

// Reads the header lines for what frames the body; copies them into `into` when it is given. False with `problem`
// when the framing cannot be trusted.
bool readFields(QByteArrayView fields, Head& head, HttpClientResponse* into, QString* problem)
{
    qsizetype pos = 0;
    while (pos < fields.size()) {
        qsizetype lf = fields.indexOf('\n', pos);
        if (lf < 0) {
            lf = fields.size();
        }
        QByteArrayView line = fields.sliced(pos, lf - pos);
        pos = lf + 1;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue; // not a field line; a client can do without it
        }
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (HttpSyntax::equalsIgnoringCase(name, "content-length")) {
            const qint64 length = HttpSyntax::parseContentLength(value);
            if (length < 0 || (head.contentLength >= 0 && length != head.contentLength)) {
                *problem = QStringLiteral("an unusable Content-Length");
                return false;
            }
            head.contentLength = length;
        } else if (HttpSyntax::equalsIgnoringCase(name, "transfer-encoding")) {
            head.chunked = head.chunked || HttpSyntax::listContains(value, "chunked");
        } else if (HttpSyntax::equalsIgnoringCase(name, "connection")) {
            head.connectionClose = head.connectionClose || HttpSyntax::listContains(value, "close");
            head.connectionKeepAlive = head.connectionKeepAlive || HttpSyntax::listContains(value, "keep-alive");
        }
        if (into != nullptr) {
            into->headers.append({name.toByteArray().toLower(), value.toByteArray()});
        }
    }
    return true;
}

// A chunked body (RFC 9112 §7.1) from `pos`; appends the data to `body` when given. Ready sets `end` just past the
// last chunk and its trailer section.
Outcome readChunked(QByteArrayView data, qsizetype pos, const HttpResponseReader::Options& options, QByteArray* body,
                    qsizetype* end)
{
    constexpr const char* cut = "the connection closed inside a chunked body";
    qint64 total = 0;
    while (true) {
        const qsizetype eol = data.indexOf("\r\n", pos);
        if (eol < 0) {
            return needMore(options.closed, cut);
        }
        QByteArrayView sizeText = data.sliced(pos, eol - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0) {
            sizeText = sizeText.first(semicolon); // chunk extensions are not needed
        }
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > options.maxBodyBytes - total) {
            return failed(QStringLiteral("a malformed chunked body"));
        }
        pos = eol + 2;
        if (size == 0) {
            // Trailer fields, if any, end with a blank line; none are needed.
            const qsizetype blank = data.sliced(pos).startsWith("\r\n") ? pos - 2 : data.indexOf("\r\n\r\n", pos);
            if (blank < 0) {
                if (!options.closed) {
                    return {};
                }
                *end = data.size();
            } else {
                *end = blank + 4;
            }
            Outcome outcome;
            outcome.step = Step::Ready;
            return outcome;
        }
        if (data.size() - pos < size + 2) {
            return needMore(options.closed, cut);
        }
        if (data.sliced(pos + size, 2) != QByteArrayView("\r\n")) {
            return failed(QStringLiteral("a malformed chunked body"));
        }
        if (body != nullptr) {
            body->append(data.sliced(pos, size));
        }
        total += size;
        pos += size + 2;
    }
}

// Where the body ends (and its bytes when `body` is given), once it has fully arrived.
Outcome readBody(QByteArrayView data, Head& head, const HttpResponseReader::Options& options, QByteArray* body,
                 qsizetype* end)
{
    if (options.headRequest || head.status < 200 || head.status == 204 || head.status == 304) {
        *end = head.bodyStart;
        return Outcome{Step::Ready, 0, {}};
    }
    if (head.chunked) {
        return readChunked(data, head.bodyStart, options, body, end);
    }
    const qsizetype available = data.size() - head.bodyStart;
    if (head.contentLength >= 0) {
        if (head.contentLength > options.maxBodyBytes) {
            return failed(QStringLiteral("an unusable Content-Length"));
        }
        if (available < head.contentLength) {
            return needMore(options.closed, "the connection closed inside the body");
        }
        *end = head.bodyStart + static_cast<qsizetype>(head.contentLength);
    } else {
        // No length: the body runs to the end of the connection.
        if (available > options.maxBodyBytes) {
            return failed(QStringLiteral("a body over %1 bytes").arg(options.maxBodyBytes));
        }
        if (!options.closed) {
            return {};
        }
        *end = data.size();
        head.connectionClose = true;
    }
    if (body != nullptr) {
        *body = data.sliced(head.bodyStart, *end - head.bodyStart).toByteArray();
    }
    return Outcome{Step::Ready, 0, {}};
}

} // namespace

HttpResponseReader::Outcome HttpResponseReader::read(QByteArrayView data, HttpClientResponse& response,
                                                     const Options& options)
{
    const qsizetype blank = data.indexOf("\r\n\r\n");
    if (blank < 0 || blank + 4 > options.maxHeadBytes) {
        if (blank >= 0 || data.size() > options.maxHeadBytes) {
            return failed(QStringLiteral("response headers over %1 bytes").arg(options.maxHeadBytes));
        }
        return data.isEmpty() ? Outcome{}
                              : needMore(options.closed, "the connection closed inside the response headers");
    }
    Head head;
    const qsizetype statusEnd = data.indexOf('\n'); // found: the blank line is after it
    head.fieldsStart = statusEnd + 1;
    head.bodyStart = blank + 4;
    QByteArrayView statusLine = data.first(statusEnd);
    if (!statusLine.isEmpty() && statusLine.back() == '\r') {
        statusLine.chop(1);
    }
    if (!readStatusLine(statusLine, head)) {
        return failed(QStringLiteral("not an HTTP/1.x response"));
    }
    // The field lines, each with its line end; empty when the status line is followed by the blank line.
    const QByteArrayView fields = data.sliced(head.fieldsStart, std::max<qsizetype>(0, blank + 2 - head.fieldsStart));
    QString problem;
    if (!readFields(fields, head, nullptr, &problem)) {
        return failed(problem);
    }
    const bool everything = options.keep == Keep::Everything;
    QByteArray body;
    qsizetype end = 0;
    Outcome outcome = readBody(data, head, options, everything ? &body : nullptr, &end);
    if (outcome.step != Step::Ready) {
        return outcome;
    }
    response.status = head.status;
    response.closeAfter = head.connectionClose || (head.http10 && !head.connectionKeepAlive);
    response.headers.clear();
    response.body = std::move(body);
    if (everything) {
        // Only now that the response is complete: an incomplete one is read again when more has arrived.
        Head again;
        (void)readFields(fields, again, &response, &problem);
    }
    outcome.consumed = end;
    return outcome;
}

} // namespace authscope::http
