#pragma once

#include "core/http/HttpFwd.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace authscope {

// H-LOG-DETAIL: what the console's request log shows of one exchange, Burp-style: the request line, headers and body,
// the response status, headers and body, and the full refusal reason. Recorded only when the console asks for it
// (TestServer::setRecordDetails), kept in memory only (never written to a log, a file or the audit log), and
// bounded: bodies to MaxBodyBytes, headers to MaxHeaderBytes. Credentials are masked when recorded (D-NO-SECRET-
// OUTPUT): Authorization, Cookie, DPoP and Set-Cookie values, and password, token and secret fields in a query, a
// form or a JSON body. The tokens a request carried or a response issued are kept apart in `tokens`, for "Open in
// Tokens"; passwords and client secrets are never kept.
struct RequestLogDetail
{
    static constexpr qsizetype MaxBodyBytes = 8 * 1024;
    static constexpr qsizetype MaxHeaderBytes = 2 * 1024; // per header value
    static constexpr qsizetype MaxTokenBytes = 16 * 1024; // what the token inspector reads (T-STRICT-INPUT)

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Token
    {
        QString where; // "Authorization (Bearer)", "DPoP proof", "access_token in the response", ...
        QByteArray value;
    };

    QByteArray requestLine; // "POST /login?next=%2F HTTP/1.1", query credentials masked
    Headers requestHeaders;
    QByteArray requestBody;
    qint64 requestBodyBytes = 0; // the whole body, of which requestBody is the start
    QByteArray statusLine;       // "HTTP/1.1 401 Unauthorized"
    Headers responseHeaders;
    QByteArray responseBody;
    qint64 responseBodyBytes = 0;
    QString reason; // for a refusal: the error code and its whole description
    QList<Token> tokens;

    [[nodiscard]] static RequestLogDetail capture(const http::HttpRequest& request, const http::HttpResponse& response);

    // The masking, on its own for tests: a header value, and a query, form or JSON text.
    [[nodiscard]] static QByteArray maskHeader(const QByteArray& lowerName, const QByteArray& value);
    [[nodiscard]] static QByteArray maskFields(const QByteArray& text);
    [[nodiscard]] static bool isCredentialHeader(const QByteArray& lowerName);
};

} // namespace authscope
