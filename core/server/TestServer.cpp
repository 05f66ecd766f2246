#include "core/server/TestServer.h"

#include "core/audit/AuditLog.h"
#include "core/common/WorkerThread.h"
#include "core/crypto/SelfSignedCertificate.h"
#include "core/http/GuardedTcpServer.h"
#include "core/http/HttpEngine.h"
#include "core/http/QtHttpFrontend.h"
#include "core/server/HealthRoutes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaObject>
#include <QPointer>

namespace authscope {

namespace {

using http::GuardedTcpServer;
using http::HttpEngine;
using http::QtHttpFrontend;

// Owns everything that lives in the server thread: the engine, the listening socket, the route groups.
class ServerWorker final : public QObject
{
public:
    ServerWorker(TestServer* owner, ServerContext context, std::vector<TestServer::RouteFactory> factories)
        : m_owner(owner), m_context(std::move(context)), m_factories(std::move(factories))
    {}

    Result<quint16> listen()
    {
        m_engine = new HttpEngine(m_context.config, this);
        QObject::connect(
            m_engine, &HttpEngine::requestServed, m_owner,
            [owner = m_owner](const http::HttpRequest& request, const http::HttpResponse& response,
                              qint64 totalMicros) {
                Q_EMIT owner->requestServed(
                    RequestLogEntry::fromExchange(request, response, totalMicros, owner->recordsDetails()));
            },
            Qt::DirectConnection);
        m_tcp = new GuardedTcpServer(m_context.config, m_engine, this);
        if (QString why; !m_tcp->prepareTls(&why)) {
            return fail(QStringLiteral("server.tls"), why);
        }
        // Requests refused before any route saw them belong in the request log too.
        QObject::connect(
            m_tcp, &GuardedTcpServer::connectionRejected, m_owner,
            [owner = m_owner](int status, const QString& code, const QString& remote, const QByteArray& method,
                              const QString& path) {
                RequestLogEntry entry;
                entry.timeMs = QDateTime::currentMSecsSinceEpoch();
                entry.method = method.isEmpty() ? QByteArrayLiteral("-") : method.left(16);
                entry.path = path.isEmpty() ? QStringLiteral("-") : path;
                entry.totalMicros = -1; // no handler ran
                entry.status = status;
                entry.remote = remote;
                entry.note = code;
                Q_EMIT owner->requestServed(entry);
            },
            Qt::DirectConnection);
        if (!m_tcp->listen(m_context.config.address, m_context.config.port)) {
            return fail(QStringLiteral("server.listen"), QStringLiteral("Cannot listen on %1:%2: %3")
                                                             .arg(m_context.config.address.toString())
                                                             .arg(m_context.config.port)
                                                             .arg(m_tcp->errorString()));
        }
        const quint16 port = m_tcp->serverPort();
        m_engine->setListeningPort(port);
        m_context.baseUrl = QStringLiteral("%1://%2:%3")
                                .arg(m_context.config.tls ? QStringLiteral("https") : QStringLiteral("http"),
                                     m_context.config.address.protocol() == QAbstractSocket::IPv6Protocol
                                         ? u'[' + m_context.config.address.toString() + u']'
                                         : m_context.config.address.toString())
                                .arg(port);
        if (m_context.config.issuer.isEmpty()) {
            m_context.config.issuer = m_context.baseUrl;
        }
        m_groups.push_back(std::make_unique<HealthRoutes>(&m_context.database, m_context.config.nodeName));
        for (const auto& factory : m_factories) {
            for (auto& group : factory(m_context)) {
                m_groups.push_back(std::move(group));
            }
        }
        for (const auto& group : m_groups) {
            group->registerRoutes(m_engine->router());
        }
        if (m_context.config.httpParser == ServerConfig::HttpParser::Qt) {
            m_frontend = new QtHttpFrontend(m_engine, this);
            m_frontend->bind(m_tcp);
        }
        return port;
    }

    void shutdown()
    {
        if (m_tcp != nullptr) {
            m_tcp->close();
        }
        delete m_frontend; // closes the connections Qt's parser took (and the listening server bind() adopted)
        m_frontend = nullptr;
        delete m_tcp.data(); // closes the others (their sockets are its children)
        m_tcp = nullptr;
        m_groups.clear();
        delete m_engine;
        m_engine = nullptr;
    }

    QString baseUrl() const { return m_context.baseUrl; }
    void updateConfig(const ServerConfig& config)
    {
        m_context.config.denyListEnabled = config.denyListEnabled;
        for (const auto& group : m_groups) {
            group->configChanged(m_context.config);
        }
    }
    QStringList paths() const { return m_engine != nullptr ? m_engine->router().paths() : QStringList(); }

private:
    TestServer* m_owner;
    ServerContext m_context;
    std::vector<TestServer::RouteFactory> m_factories;
    std::vector<std::unique_ptr<RouteGroup>> m_groups;
    HttpEngine* m_engine = nullptr;
    QtHttpFrontend* m_frontend = nullptr;
    QPointer<GuardedTcpServer> m_tcp; // QAbstractHttpServer::bind() takes ownership of it
};

} // namespace

TestServer::TestServer(Database& database, AuditLog& audit, QObject* parent)
    : QObject(parent), m_db(database), m_audit(audit)
{
    qRegisterMetaType<authscope::RequestLogEntry>();
}

TestServer::~TestServer()
{
    stop();
}

void TestServer::addRouteFactory(RouteFactory factory)
{
    m_factories.push_back(std::move(factory));
}

QString TestServer::baseUrl() const
{
    if (m_worker == nullptr) {
        return {};
    }
    return static_cast<ServerWorker*>(m_worker)->baseUrl();
}

Result<quint16> TestServer::start(const ServerConfig& config)
{
    if (isRunning()) {
        return fail(QStringLiteral("server.running"),
                    QStringLiteral("The server is already running on port %1.").arg(m_port));
    }
    m_config = config;
    m_tlsFingerprint.clear();
    if (m_config.tls && m_config.tlsCertificatePem.isEmpty()) {
        auto certificate = crypto::SelfSignedCertificate::generate();
        if (!certificate) {
            return std::unexpected(certificate.error());
        }
        m_config.tlsCertificatePem = certificate->certificatePem;
        m_config.tlsPrivateKeyPem = certificate->privateKeyPem;
        m_tlsFingerprint = certificate->sha256Fingerprint;
    }
    auto* worker = new ServerWorker(this, ServerContext{m_db, m_audit, m_config, {}}, m_factories);
    m_thread = WorkerThread::start(worker, QStringLiteral("authscope-server"));
    m_worker = worker;
    Result<quint16> result = fail(QStringLiteral("server.start"), QStringLiteral("The server thread did not start."));
    QMetaObject::invokeMethod(
        worker, [worker, &result] { result = worker->listen(); }, Qt::BlockingQueuedConnection);
    if (!result) {
        stop();
        return result;
    }
    m_port = *result;
    m_config.port = m_port;
    m_paths = worker->paths();
    // Starting and stopping change nothing in the database, so their rows stand alone. A local test server is
    // not refused for want of its row: the failure is logged, once per event.
    if (auto audited = m_audit.append(QStringLiteral("server.start"), baseUrl(),
                                      QJsonObject{{QStringLiteral("address"), config.address.toString()},
                                                  {QStringLiteral("port"), m_port},
                                                  {QStringLiteral("tls"), config.tls},
                                                  {QStringLiteral("tls_sha256"), m_tlsFingerprint},
                                                  {QStringLiteral("deny_list"), config.denyListEnabled}});
        !audited) {
        qWarning("authscope: the server start was not audited: %s", qPrintable(audited.error().message));
    }
    Q_EMIT started(m_port);
    return m_port;
}

void TestServer::setDenyListEnabled(bool enabled)
{
    m_config.denyListEnabled = enabled;
    if (m_worker == nullptr) {
        return;
    }
    auto* worker = static_cast<ServerWorker*>(m_worker);
    const ServerConfig config = m_config;
    QMetaObject::invokeMethod(
        worker, [worker, config] { worker->updateConfig(config); }, Qt::BlockingQueuedConnection);
    // A setting of the running server, not of the database: the row stands alone and a failure is logged.
    if (auto audited = m_audit.append(QStringLiteral("server.deny-list"), baseUrl(),
                                      QJsonObject{{QStringLiteral("enabled"), enabled}});
        !audited) {
        qWarning("authscope: the deny-list switch was not audited: %s", qPrintable(audited.error().message));
    }
}

void TestServer::stop()
{
    if (m_thread == nullptr) {
        return;
    }
    const QString url = baseUrl();
    auto* worker = static_cast<ServerWorker*>(m_worker);
    // The worker and everything it made belong to the server thread: they end there.
    WorkerThread::stop(m_thread, worker, [worker] {
        worker->shutdown();
        delete worker;
    });
    m_worker = nullptr;
    const bool wasRunning = m_port != 0;
    m_port = 0;
    m_paths.clear();
    if (wasRunning) {
        if (auto audited = m_audit.append(QStringLiteral("server.stop"), url); !audited) {
            qWarning("authscope: the server stop was not audited: %s", qPrintable(audited.error().message));
        }
        Q_EMIT stopped();
    }
}

} // namespace authscope
