#include "core/lab/BaitJwksServer.h"

#include "core/common/WorkerThread.h"
#include "core/http/GuardedTcpServer.h"
#include "core/http/HttpEngine.h"

#include <QPointer>
#include <QThread>

#include <functional>

namespace authscope::lab {

namespace {

using http::HttpRequest;
using http::HttpResponse;

HttpResponse document(const QByteArray& body, const QByteArray& contentType)
{
    HttpResponse r;
    r.body = body;
    r.setHeader(QByteArrayLiteral("Content-Type"), contentType);
    return r;
}

// Everything of the bait server that lives in its thread: the engine and the listening socket.
class BaitWorker final : public QObject
{
public:
    BaitWorker() = default;
    Q_DISABLE_COPY_MOVE(BaitWorker)

    using Recorder = std::function<void(const QByteArray& method, const QString& path)>;

    // Listens on 127.0.0.1, any free port; the error text when that fails.
    QString listen(const QByteArray& jwks, const QByteArray& certificate, const Recorder& record)
    {
        const http::HttpServerConfig config; // loopback, the default limits
        m_engine = new http::HttpEngine(config, this);
        m_engine->router().add(QByteArrayLiteral("GET"), QStringLiteral("/jwks.json"), [jwks](const HttpRequest&) {
            return document(jwks, QByteArrayLiteral("application/jwk-set+json"));
        });
        m_engine->router().add(QByteArrayLiteral("GET"), QStringLiteral("/cert.pem"),
                               [certificate](const HttpRequest&) {
                                   return document(certificate, QByteArrayLiteral("application/pem-certificate-chain"));
                               });
        // Every request counts, answered or refused: a fetch is already the finding.
        connect(
            m_engine, &http::HttpEngine::requestServed, this,
            [record](const HttpRequest& request, const HttpResponse&, qint64) { record(request.method, request.path); },
            Qt::DirectConnection);
        m_tcp = new http::GuardedTcpServer(config, m_engine, this);
        connect(m_tcp, &http::GuardedTcpServer::connectionRejected, this,
                [record](int, const QString&, const QString&, const QByteArray& method, const QString& path) {
                    record(method, path);
                });
        if (!m_tcp->listen(config.address, 0)) {
            return m_tcp->errorString();
        }
        m_port = m_tcp->serverPort();
        return {};
    }

    void shutdown()
    {
        delete m_tcp.data(); // closes the connections (their sockets are its children) before the engine goes
        delete m_engine;
        m_engine = nullptr;
    }

    [[nodiscard]] quint16 port() const { return m_port; }

private:
    http::HttpEngine* m_engine = nullptr;
    QPointer<http::GuardedTcpServer> m_tcp;
    quint16 m_port = 0;
};

} // namespace

BaitJwksServer::BaitJwksServer() = default;

BaitJwksServer::~BaitJwksServer()
{
    stop();
}

Result<void> BaitJwksServer::start(const QByteArray& jwksJson, const QByteArray& certificatePem)
{
    stop();
    auto* worker = new BaitWorker;
    m_thread = WorkerThread::start(worker, QStringLiteral("authscope-attack-bait"));
    m_worker = worker;
    QString error;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, &error, &jwksJson, &certificatePem] {
            error = worker->listen(jwksJson, certificatePem,
                                   [this](const QByteArray& method, const QString& path) { record(method, path); });
        },
        Qt::BlockingQueuedConnection);
    if (!error.isEmpty()) {
        stop();
        return fail(QStringLiteral("lab.bait-failed"),
                    QStringLiteral("Cannot listen on 127.0.0.1 for the jku/x5u bait server: %1").arg(error));
    }
    m_port = worker->port();
    return {};
}

void BaitJwksServer::stop()
{
    if (m_thread == nullptr) {
        return;
    }
    auto* worker = static_cast<BaitWorker*>(m_worker);
    // The worker and what it made belong to the bait thread: they end there.
    WorkerThread::stop(m_thread, worker, [worker] {
        worker->shutdown();
        delete worker;
    });
    m_worker = nullptr;
    m_port = 0;
}

QString BaitJwksServer::url(const QString& path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void BaitJwksServer::record(const QByteArray& method, const QString& path)
{
    const QString line = QString::fromLatin1(method.isEmpty() ? QByteArrayLiteral("-") : method.left(16)) + u' ' +
                         (path.isEmpty() ? QStringLiteral("-") : path.left(200));
    QMutexLocker lock(&m_mutex);
    m_requests.append(line);
}

QStringList BaitJwksServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int BaitJwksServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_requests.size());
}

} // namespace authscope::lab
