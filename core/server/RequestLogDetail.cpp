#include "core/server/RequestLogDetail.h"

#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace authscope {

namespace {

// Field names whose values are credentials, in a query, a form or a JSON body.
const QString kSecretFields = QStringLiteral(
    "password|current_password|new_password|old_password|access_token|refresh_token|id_token|token|logout_token|"
    "client_secret|code|code_verifier|assertion|client_assertion|subject_token|actor_token|device_code");

// Masking shows the kind of value and its length, never a character of it.
QByteArray masked(qsizetype length)
{
    return QByteArrayLiteral("\u2022\u2022\u2022 (") + QByteArray::number(length) +
           QByteArrayLiteral(" bytes, masked)");
}

// At most `max` bytes of `value`; the detail records the whole size beside it.
QByteArray bounded(const QByteArray& value, qsizetype max)
{
    return value.size() <= max ? value : value.left(max);
}

QByteArray statusLineOf(const http::HttpRequest& request, int status)
{
    return QByteArrayLiteral("HTTP/1.") + QByteArray::number(request.minorVersion) + ' ' + QByteArray::number(status) +
           ' ' + http::HttpResponse::reasonPhrase(status);
}

QByteArray requestLineOf(const http::HttpRequest& request)
{
    QByteArray target = request.path.toUtf8();
    const QByteArray query = request.query.toString(QUrl::FullyEncoded).toUtf8();
    if (!query.isEmpty()) {
        target += '?' + RequestLogDetail::maskFields(query);
    }
    return bounded(request.method, 32) + ' ' + bounded(target, RequestLogDetail::MaxHeaderBytes) + " HTTP/1." +
           QByteArray::number(request.minorVersion);
}

// A body as shown: credentials masked in the whole (the server takes at most 64 KiB, H-LIMITS), then cut.
QByteArray shownBody(const QByteArray& body)
{
    return bounded(RequestLogDetail::maskFields(bounded(body, 64 * 1024)), RequestLogDetail::MaxBodyBytes);
}

// The tokens worth opening in the token inspector: what the request presented and what the response issued.
QList<RequestLogDetail::Token> tokensOf(const http::HttpRequest& request, const http::HttpResponse& response)
{
    QList<RequestLogDetail::Token> tokens;
    const auto keep = [&tokens](const QString& where, const QByteArray& value) {
        if (!value.isEmpty() && value.size() <= RequestLogDetail::MaxTokenBytes) {
            tokens.append({where, value});
        }
    };
    const QByteArray authorization = request.header("authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    if (space > 0) {
        const QByteArray scheme = authorization.left(space).toLower();
        if (scheme == "bearer" || scheme == "dpop") {
            keep(QStringLiteral("Authorization (%1)").arg(QString::fromLatin1(authorization.left(space))),
                 authorization.mid(space + 1).trimmed());
        }
    }
    keep(QStringLiteral("DPoP proof"), request.header("dpop").trimmed());
    if (request.contentType() == "application/x-www-form-urlencoded") {
        const QUrlQuery form(QString::fromUtf8(bounded(request.body, 64 * 1024)));
        for (const QString& name : {QStringLiteral("token"), QStringLiteral("logout_token")}) {
            keep(QStringLiteral("%1 in the request").arg(name), form.queryItemValue(name, QUrl::FullyDecoded).toUtf8());
        }
    }
    if (response.header("content-type").startsWith("application/json") && response.body.size() <= 64 * 1024) {
        const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
        for (const QString& name : {QStringLiteral("access_token"), QStringLiteral("id_token")}) {
            keep(QStringLiteral("%1 in the response").arg(name), answer.value(name).toString().toUtf8());
        }
    }
    return tokens;
}

// error and error_description of an OAuth-style error body, else of the WWW-Authenticate header, and the note.
QString refusalReason(const http::HttpResponse& response)
{
    if (response.status < 400) {
        return {};
    }
    const QJsonObject error = QJsonDocument::fromJson(bounded(response.body, 64 * 1024)).object();
    QString code = error.value(QLatin1StringView("error")).toString();
    QString description = error.value(QLatin1StringView("error_description")).toString();
    if (code.isEmpty()) {
        static const QRegularExpression param(QStringLiteral("(error|error_description)=\"([^\"]*)\""));
        auto it = param.globalMatch(QString::fromLatin1(response.header("www-authenticate")));
        while (it.hasNext()) {
            const auto m = it.next();
            (m.captured(1) == QStringLiteral("error") ? code : description) = m.captured(2);
        }
    }
    QStringList parts;
    if (!code.isEmpty()) {
        parts << code;
    }
    if (!description.isEmpty()) {
        parts << description;
    }
    if (!response.note.isEmpty() && response.note != code) {
        parts << QStringLiteral("(%1)").arg(response.note);
    }
    return parts.join(QStringLiteral(": "));
}

} // namespace

bool RequestLogDetail::isCredentialHeader(const QByteArray& lowerName)
{
    return lowerName == "authorization" || lowerName == "proxy-authorization" || lowerName == "cookie" ||
           lowerName == "set-cookie" || lowerName == "dpop" || lowerName == "x-api-key";
}

QByteArray RequestLogDetail::maskHeader(const QByteArray& lowerName, const QByteArray& value)
{
    if (!isCredentialHeader(lowerName)) {
        return bounded(value, MaxHeaderBytes);
    }
    if (lowerName == "authorization" || lowerName == "proxy-authorization") {
        const QByteArray trimmed = value.trimmed();
        const qsizetype space = trimmed.indexOf(' ');
        return space > 0 ? bounded(trimmed.left(space), 32) + ' ' + masked(trimmed.size() - space - 1)
                         : masked(trimmed.size());
    }
    if (lowerName == "cookie" || lowerName == "set-cookie") {
        // The names and the attributes say what happened; the values are the session.
        QList<QByteArray> parts = value.split(';');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QByteArray& part = parts[i];
            const qsizetype eq = part.indexOf('=');
            const bool isValue = lowerName == "cookie" || i == 0;
            if (eq > 0 && isValue) {
                part = bounded(part.left(eq), 128) + '=' + masked(part.size() - eq - 1);
            }
        }
        return bounded(parts.join(';'), MaxHeaderBytes);
    }
    return masked(value.size());
}

QByteArray RequestLogDetail::maskFields(const QByteArray& text)
{
    static const QRegularExpression json(
        QStringLiteral("(\"(?:%1)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\"|$)").arg(kSecretFields),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression form(QStringLiteral("((?:^|[&?])(?:%1)=)([^&\\s]*)").arg(kSecretFields),
                                         QRegularExpression::CaseInsensitiveOption);
    QString out = QString::fromUtf8(text);
    for (const QRegularExpression* pattern : {&json, &form}) {
        QString next;
        qsizetype last = 0;
        auto it = pattern->globalMatch(out);
        while (it.hasNext()) {
            const auto m = it.next();
            next += QStringView(out).mid(last, m.capturedStart(2) - last);
            next += QString::fromUtf8(masked(m.capturedLength(2)));
            last = m.capturedEnd(2);
        }
        next += QStringView(out).mid(last);
        out = next;
    }
    return out.toUtf8();
}

RequestLogDetail RequestLogDetail::capture(const http::HttpRequest& request, const http::HttpResponse& response)
{
    RequestLogDetail d;
    d.requestLine = requestLineOf(request);
    for (const auto& [name, value] : request.headers) {
        d.requestHeaders.append({bounded(name, 128), maskHeader(name, value)});
    }
    d.requestBody = shownBody(request.body);
    d.requestBodyBytes = request.body.size();
    d.statusLine = statusLineOf(request, response.status);
    for (const auto& [name, value] : response.headers) {
        d.responseHeaders.append({name, maskHeader(name.toLower(), value)});
    }
    d.responseBody = shownBody(response.body);
    d.responseBodyBytes = response.body.size();
    d.reason = refusalReason(response);
    d.tokens = tokensOf(request, response);
    return d;
}

} // namespace authscope
