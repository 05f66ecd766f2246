#pragma once

namespace authscope {

class HttpRouter;
struct ServerConfig;

// One group of endpoints (health, login, token, JWKS, introspection ...). Each group registers its routes on
// the router; groups are made in the server's own thread, so they may hold per-thread resources.
class RouteGroup
{
public:
    virtual ~RouteGroup() = default;
    virtual void registerRoutes(HttpRouter& router) = 0;
};

} // namespace authscope
