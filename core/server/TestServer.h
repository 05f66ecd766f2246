#pragma once

#include "core/common/Error.h"
#include "core/server/RequestLogEntry.h"
#include "core/server/RouteGroup.h"
#include "core/server/ServerConfig.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace authscope {

class AuditLog;
class Database;

// What route groups get: the shared database and audit log, the server's settings and its issuer URL.
struct ServerContext
{
    Database& database;
    AuditLog& audit;
    ServerConfig config;
    QString baseUrl; // "http://127.0.0.1:PORT"
};

// The local test server: a real HTTP server in its own thread, so the console never stalls and the server
// never waits for the console. Our interface in front of the HTTP layer (our own request parser by default, or
// Qt's QHttpServer, whose API changed between Qt 6.4 and 6.8). Starting and stopping are audited.
class TestServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestServer)

public:
    using RouteFactory = std::function<std::vector<std::unique_ptr<RouteGroup>>(const ServerContext&)>;

    TestServer(Database& database, AuditLog& audit, QObject* parent = nullptr);
    ~TestServer() override;

    // Route groups beyond /healthz; each factory runs in the server thread at every start.
    void addRouteFactory(RouteFactory factory);

    // Listens and returns the port (blocks until the server thread is listening or has failed).
    Result<quint16> start(const ServerConfig& config);
    void stop();
    // The console's request log shows each exchange in detail (masked, in memory only: RequestLogDetail); the
    // `serve` command's log does not, so its requests cost nothing more.
    void setRecordDetails(bool on) { m_recordDetails = on; }
    [[nodiscard]] bool recordsDetails() const { return m_recordDetails; }
    // Switches the JWT deny-list check of the running server (and of later starts).
    void setDenyListEnabled(bool enabled);

    [[nodiscard]] bool isRunning() const { return m_port != 0; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] const ServerConfig& config() const { return m_config; }
    // The paths the running server answers (empty when stopped).
    [[nodiscard]] QStringList paths() const { return m_paths; }
    // SHA-256 fingerprint of the self-signed certificate made at start (TLS only).
    [[nodiscard]] QString tlsFingerprint() const { return m_tlsFingerprint; }

Q_SIGNALS:
    void started(quint16 port);
    void stopped();
    // Emitted from the server thread; connect with a queued connection from widgets.
    void requestServed(const authscope::RequestLogEntry& entry);

private:
    Database& m_db;
    AuditLog& m_audit;
    std::vector<RouteFactory> m_factories;
    ServerConfig m_config;
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr;
    quint16 m_port = 0;
    QStringList m_paths;
    QString m_tlsFingerprint;
    std::atomic<bool> m_recordDetails{false};
};

} // namespace authscope
