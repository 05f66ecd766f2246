#pragma once

#include "core/server/RouteGroup.h"
#include "core/server/TestServer.h"

#include <memory>

class QThread;

namespace authscope {
class KeyStore;
}

namespace authscope::logout {

class BackchannelNotifier;
class BackchannelTrace;

// Runs the back-channel logout notifier while the test server runs: made by the server at start (it is one of its
// route groups, with no routes of its own), it starts the notifier in a thread of its own before the server answers
// its first request, and stops it with the server. Nothing runs when no RP URI is configured.
class BackchannelService final : public RouteGroup
{
public:
    BackchannelService(const ServerContext& context, const KeyStore* keys, std::shared_ptr<BackchannelTrace> trace);
    ~BackchannelService() override;
    Q_DISABLE_COPY_MOVE(BackchannelService)

    void registerRoutes(http::HttpRouter& router) override;

    // The factory to hand TestServer::addRouteFactory; `trace` receives every delivery (it may be shared with a
    // console page or a log).
    [[nodiscard]] static TestServer::RouteFactory factory(const KeyStore* keys,
                                                          std::shared_ptr<BackchannelTrace> trace);

private:
    QThread* m_thread = nullptr;
    BackchannelNotifier* m_notifier = nullptr;
};

} // namespace authscope::logout
