#include "core/logout/BackchannelService.h"

#include "core/logout/BackchannelNotifier.h"
#include "core/logout/BackchannelTrace.h"

#include <QThread>

namespace authscope::logout {

BackchannelService::BackchannelService(const ServerContext& context, const KeyStore* keys,
                                       std::shared_ptr<BackchannelTrace> trace)
{
    if (context.config.backchannelLogoutUris.isEmpty()) {
        return;
    }
    BackchannelSettings settings;
    settings.uris = context.config.backchannelLogoutUris;
    settings.issuer = context.config.issuer;
    settings.retryBaseMs = context.config.backchannelRetryBaseMs;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("authscope-backchannel"));
    m_notifier = new BackchannelNotifier(context.database, keys, settings, std::move(trace));
    m_notifier->moveToThread(m_thread);
    m_thread->start();
    // B-FEED: the starting row is read before the server answers anything, so no logout it serves is missed.
    Result<void> started;
    QMetaObject::invokeMethod(
        m_notifier, [notifier = m_notifier, &started] { started = notifier->start(); }, Qt::BlockingQueuedConnection);
    if (!started) {
        qWarning("authscope: back-channel logout is off: %s", qPrintable(started.error().message));
    }
}

BackchannelService::~BackchannelService()
{
    if (m_thread == nullptr) {
        return;
    }
    // The notifier and its network replies belong to its thread: they end there.
    QMetaObject::invokeMethod(
        m_notifier, [notifier = m_notifier] { delete notifier; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void BackchannelService::registerRoutes(http::HttpRouter&) {}

TestServer::RouteFactory BackchannelService::factory(const KeyStore* keys, std::shared_ptr<BackchannelTrace> trace)
{
    return [keys, trace](const ServerContext& context) {
        std::vector<std::unique_ptr<RouteGroup>> groups;
        groups.push_back(std::make_unique<BackchannelService>(context, keys, trace));
        return groups;
    };
}

} // namespace authscope::logout
