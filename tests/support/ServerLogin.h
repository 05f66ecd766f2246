#pragma once

#include "tests/support/HttpClient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace authscope::test {

// Logins at the real test server on 127.0.0.1, as a client does them, for the tests that need a credential before
// the part they check.

// A JSON object as compact bytes (a request body).
[[nodiscard]] QByteArray compactJson(const QJsonObject& object);

// The value of the cookie a response sets ("sid=VALUE; ..." gives VALUE); empty when it sets none.
[[nodiscard]] QByteArray setCookieValue(const RawHttpResponse& r);

// POST /login as JSON (username, password, mode): the server's answer as it came.
[[nodiscard]] RawHttpResponse postJsonLogin(quint16 port, const QString& user, const QByteArray& password,
                                            const QString& mode);

// POST /login as JSON with mode "jwt": the access token (and the refresh token into `refresh`); empty, with a
// warning, when the login is refused.
[[nodiscard]] QByteArray loginJwt(quint16 port, const QString& user, const QByteArray& password,
                                  QByteArray* refresh = nullptr);

// POST /login as a form with mode "session": the session cookie's value; empty when the login is refused.
[[nodiscard]] QByteArray loginCookie(quint16 port, const QString& user, const QByteArray& password);

// GET /api/me with the session cookie `sid` and the bearer token `bearer` (each only when not empty): the status.
[[nodiscard]] int meStatus(quint16 port, const QByteArray& sid, const QByteArray& bearer = {});

} // namespace authscope::test
