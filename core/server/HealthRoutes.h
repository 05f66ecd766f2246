#pragma once

#include "core/server/RouteGroup.h"

#include <QElapsedTimer>
#include <QString>

namespace authscope {

class Database;

// GET /healthz: the server answers (and says which node it is: several may serve one database); GET
// /healthz?deep=1: and it can read its database.
class HealthRoutes final : public RouteGroup
{
public:
    HealthRoutes(Database* database, QString nodeName);
    // hostname-pid: the node name when none is given.
    [[nodiscard]] static QString defaultNodeName();
    void registerRoutes(http::HttpRouter& router) override;

private:
    Database* m_db;
    QString m_node;
    QElapsedTimer m_uptime;
};

} // namespace authscope
