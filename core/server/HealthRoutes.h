#pragma once

#include "core/server/RouteGroup.h"

#include <QElapsedTimer>

namespace authscope {

class Database;

// GET /healthz: the server answers; GET /healthz?deep=1: and it can read its database.
class HealthRoutes final : public RouteGroup
{
public:
    explicit HealthRoutes(Database* database);
    void registerRoutes(http::HttpRouter& router) override;

private:
    Database* m_db;
    QElapsedTimer m_uptime;
};

} // namespace authscope
