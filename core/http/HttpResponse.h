#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace authscope::http {

// A response as our handlers build it. Besides what goes on the wire it carries what the request log shows
// (how the caller was recognised and how long that took), which is never sent.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // For the request log only.
    QString authMethod;     // "cookie", "bearer", "basic", "" (none)
    qint64 authMicros = -1; // time spent recognising the caller, -1 when no check ran
    QString note;           // short reason for a refusal ("expired", "revoked"), never a secret

    HttpResponse& setHeader(const QByteArray& name, const QByteArray& value);
    HttpResponse& addHeader(const QByteArray& name, const QByteArray& value);
    [[nodiscard]] QByteArray header(QByteArrayView name) const;

    [[nodiscard]] static HttpResponse json(int status, const QJsonObject& body);
    // {"error": code, "error_description": message} as OAuth 2.0 (RFC 6749 §5.2) shapes errors.
    [[nodiscard]] static HttpResponse error(int status, const QString& code, const QString& message);
    [[nodiscard]] static HttpResponse noContent();

    [[nodiscard]] static QByteArray reasonPhrase(int status);
    // A complete error response that closes the connection, for refusals before any handler runs.
    [[nodiscard]] static QByteArray closingErrorWire(int status, const QString& code, const QString& message);
};

} // namespace authscope::http
