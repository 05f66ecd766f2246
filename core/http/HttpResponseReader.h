#pragma once

#include "core/http/HttpClientResponse.h"

#include <QByteArrayView>
#include <QString>

namespace authscope::http {

// Reads one HTTP/1.1 response (RFC 9112) off the front of the bytes a client received: the status line, the
// header fields (names lower-cased, values trimmed) and a body framed by chunked transfer coding, Content-Length
// or the end of the connection (none for HEAD, 1xx, 204 and 304). The only response parser of the project: the
// client, the Lab's load generator and the tests all read answers with it.
//
// Lenient where a client may be (a line without a colon is skipped, a reason phrase may be anything), strict where
// a wrong guess would misframe the next response (conflicting Content-Length values, a chunk not followed by CR LF),
// and bounded everywhere.
class HttpResponseReader final
{
public:
    HttpResponseReader() = delete;

    enum class Step
    {
        NeedMore, // the bytes do not hold a complete response yet
        Ready,    // a response was read; Outcome::consumed says how many bytes it took
        Failed    // not a response a client can use; Outcome::problem says why
    };

    enum class Keep
    {
        Everything, // status, headers and body
        StatusOnly  // status and closeAfter, without copying headers or body (the load generator's hot loop)
    };

    struct Options
    {
        bool headRequest = false; // the answer to a HEAD: no body, whatever Content-Length says
        bool closed = false;      // the server has closed: a body without a length ends here, a cut response fails
        Keep keep = Keep::Everything;
        qsizetype maxHeadBytes = 64 * 1024;
        qint64 maxBodyBytes = 4 * 1024 * 1024;
    };

    struct Outcome
    {
        Step step = Step::NeedMore;
        qsizetype consumed = 0; // Ready: the response's bytes at the front of `data`
        QString problem;        // Failed: what is wrong ("not an HTTP/1.x response"), never the bytes themselves
    };

    // Reads the response at the front of `data` into `response`, which is left alone unless the step is Ready.
    [[nodiscard]] static Outcome read(QByteArrayView data, HttpClientResponse& response, const Options& options);
};

} // namespace authscope::http
