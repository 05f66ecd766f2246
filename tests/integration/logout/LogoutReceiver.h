#pragma once

#include "core/http/HttpRequest.h"
#include "core/server/RouteGroup.h"
#include "core/server/TestServer.h"

#include <QList>
#include <QMutex>

#include <memory>

namespace authscope::test {

// A relying party's back-channel logout endpoint for tests: POST /rp on a real TestServer (127.0.0.1, the project's
// own HTTP server), which records every request and answers with the statuses queued for it (200 when none is).
class LogoutReceiver final
{
public:
    struct Received
    {
        QByteArray contentType;
        QByteArray body;
        QByteArray logoutToken; // the form field, decoded
    };

    LogoutReceiver(Database& database, AuditLog& audit);
    ~LogoutReceiver();
    Q_DISABLE_COPY_MOVE(LogoutReceiver)

    void start();
    [[nodiscard]] QString url() const; // http://127.0.0.1:PORT/rp
    void queueStatuses(const QList<int>& statuses);
    [[nodiscard]] QList<Received> received() const;
    [[nodiscard]] qsizetype count() const;

private:
    struct State
    {
        mutable QMutex mutex;
        QList<Received> received;
        QList<int> statuses;
    };

    std::shared_ptr<State> m_state = std::make_shared<State>();
    TestServer m_server;
};

} // namespace authscope::test
