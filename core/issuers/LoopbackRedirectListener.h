#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QTcpServer>

namespace authscope::issuers {

// The redirect target of the authorization code flow for a native app (R-NATIVE-SIGNIN): a listener on 127.0.0.1 on
// a free port that takes exactly one GET /callback, checks its state (CSRF) and, when present, its iss against the
// issuer (mix-up), answers the browser with a short page and hands over the code.
class LoopbackRedirectListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirectListener)

public:
    explicit LoopbackRedirectListener(QObject* parent = nullptr);

    // Listens on 127.0.0.1:0; the error says why not.
    [[nodiscard]] Result<void> listen();
    [[nodiscard]] QString redirectUri() const; // http://127.0.0.1:PORT/callback

    // Runs an event loop until the callback came or `timeoutMs` passed. issuers.denied when the provider sent an
    // error, issuers.state when state (or iss) does not match, issuers.timeout when nothing came.
    [[nodiscard]] Result<QByteArray> waitForCode(const QByteArray& state, const QString& issuer, int timeoutMs);

    // Without an event loop of its own (a window): answered() says the callback came, code() reads it with the same
    // checks as waitForCode (issuers.timeout while nothing came).
    [[nodiscard]] bool hasAnswer() const { return !m_target.isEmpty(); }
    [[nodiscard]] Result<QByteArray> code(const QByteArray& state, const QString& issuer) const;
    // Stops listening: a late callback finds nobody (the browser shows that the connection was refused).
    void close();

Q_SIGNALS:
    void answered();

private:
    void readRequest(QTcpSocket* socket);

    QTcpServer m_server;
    QByteArray m_target; // the request target of the callback, once it came
};

} // namespace authscope::issuers
