#pragma once

#include "core/http/HttpFwd.h"

#include <QtGlobal>

namespace authscope {

struct ServerConfig;

// One group of endpoints (health, login, token, JWKS, introspection ...). Each group registers its routes on
// the router; groups are made in the server's own thread, so they may hold per-thread resources.
class RouteGroup
{
public:
    virtual ~RouteGroup() = default;
    virtual void registerRoutes(http::HttpRouter& router) = 0;
    // Settings that may change while the server runs (the deny-list switch); called in the server thread.
    virtual void configChanged(const ServerConfig& config) { Q_UNUSED(config) }
};

} // namespace authscope
