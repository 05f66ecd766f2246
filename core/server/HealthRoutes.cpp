#include "core/server/HealthRoutes.h"

#include "core/common/Version.h"
#include "core/http/HttpRouter.h"
#include "core/storage/Database.h"
#include "core/storage/PostgresChangeListener.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonObject>

namespace authscope {

namespace {

// How this node hears of other nodes' commits (S-REVOKE-NOW), with the PostgreSQL listener's counters, so that the
// Lab (and an administrator) can tell which mechanism delivered a change.
QJsonObject changeFeed(Database& db)
{
    if (!db.isPostgres()) {
        return QJsonObject{{QStringLiteral("mechanism"), QStringLiteral("wal")}};
    }
    const PostgresChangeListener* listener = db.changeListener();
    if (listener == nullptr) {
        return QJsonObject{{QStringLiteral("mechanism"), QStringLiteral("none")}};
    }
    return QJsonObject{{QStringLiteral("mechanism"), QStringLiteral("notify")},
                       {QStringLiteral("healthy"), listener->healthy()},
                       {QStringLiteral("sequence"), listener->sequence()},
                       {QStringLiteral("notifications"), static_cast<qint64>(listener->notifications())},
                       {QStringLiteral("polled_changes"), static_cast<qint64>(listener->polledChanges())},
                       {QStringLiteral("reconnects"), static_cast<qint64>(listener->reconnects())}};
}

} // namespace

using http::HttpRequest;
using http::HttpResponse;

HealthRoutes::HealthRoutes(Database* database, QString nodeName)
    : m_db(database), m_node(nodeName.isEmpty() ? defaultNodeName() : std::move(nodeName))
{
    m_uptime.start();
}

QString HealthRoutes::defaultNodeName()
{
    return QHostInfo::localHostName() + u'-' + QString::number(QCoreApplication::applicationPid());
}

void HealthRoutes::registerRoutes(http::HttpRouter& router)
{
    // Liveness is answered without touching the database (it is the benchmarks' no-auth baseline);
    // ?deep=1 also checks that the database answers.
    router.add(QByteArrayLiteral("GET"), QStringLiteral("/healthz"), [this](const HttpRequest& request) {
        QJsonObject body{{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("version"), versionInfo().authscope},
                         {QStringLiteral("uptime_s"), m_uptime.elapsed() / 1000},
                         {QStringLiteral("node"), m_node}};
        if (m_db != nullptr) {
            body.insert(QStringLiteral("backend"),
                        m_db->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
        }
        if (m_db != nullptr) {
            body.insert(QStringLiteral("change_feed"), changeFeed(*m_db));
        }
        if (m_db != nullptr && request.query.queryItemValue(QStringLiteral("deep")) == QStringLiteral("1")) {
            const bool dbOk = m_db->ping().has_value();
            body.insert(QStringLiteral("database"), dbOk ? QStringLiteral("ok") : QStringLiteral("unavailable"));
            if (!dbOk) {
                body.insert(QStringLiteral("status"), QStringLiteral("degraded"));
                return HttpResponse::json(503, body);
            }
        }
        HttpResponse r = HttpResponse::json(200, body);
        r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return r;
    });
}

} // namespace authscope
