#include "LogoutReceiver.h"

#include "core/http/HttpRouter.h"

#include <QUrlQuery>

namespace authscope::test {

LogoutReceiver::LogoutReceiver(Database& database, AuditLog& audit) : m_server(database, audit)
{
    m_server.addRouteFactory([state = m_state](const ServerContext&) {
        class Routes final : public RouteGroup
        {
        public:
            explicit Routes(std::shared_ptr<State> state) : m_state(std::move(state)) {}
            void registerRoutes(http::HttpRouter& router) override
            {
                router.add(QByteArrayLiteral("POST"), QStringLiteral("/rp"),
                           [state = m_state](const http::HttpRequest& r) {
                               QMutexLocker lock(&state->mutex);
                               Received got;
                               got.contentType = r.contentType();
                               got.body = r.body;
                               const QUrlQuery form(QString::fromLatin1(r.body));
                               got.logoutToken =
                                   form.queryItemValue(QStringLiteral("logout_token"), QUrl::FullyDecoded).toLatin1();
                               state->received.append(got);
                               const int status = state->statuses.isEmpty() ? 200 : state->statuses.takeFirst();
                               return http::HttpResponse::json(status, {});
                           });
            }

        private:
            std::shared_ptr<State> m_state;
        };
        std::vector<std::unique_ptr<RouteGroup>> groups;
        groups.push_back(std::make_unique<Routes>(state));
        return groups;
    });
}

LogoutReceiver::~LogoutReceiver() = default;

void LogoutReceiver::start()
{
    ServerConfig config;
    config.port = 0;
    if (auto port = m_server.start(config); !port) {
        qFatal("the logout receiver did not start: %s", qPrintable(port.error().message));
    }
}

QString LogoutReceiver::url() const
{
    return m_server.baseUrl() + QStringLiteral("/rp");
}

void LogoutReceiver::queueStatuses(const QList<int>& statuses)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->statuses += statuses;
}

QList<LogoutReceiver::Received> LogoutReceiver::received() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->received;
}

qsizetype LogoutReceiver::count() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->received.size();
}

} // namespace authscope::test
