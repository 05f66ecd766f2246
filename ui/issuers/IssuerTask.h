#pragma once

#include "core/common/Error.h"

#include <QJsonObject>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace authscope::issuers {
class HttpFetcher;
}

namespace authscope {

// One call to an issuer at a time, off the window's thread: the work runs in a worker thread with a fetcher of its
// own (its QNetworkAccessManager lives there), so the window keeps painting and answering while a provider is slow,
// and never runs a nested event loop in which another click could start a second call half-way through the first.
// cancel() aborts the request in flight; the work's result (or its error, which names the URL, R-FETCH-LIMITS)
// comes back on the window's thread. The work may use the database: each thread gets its own connection.
class IssuerTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuerTask)

public:
    using Work = std::function<Result<QJsonObject>(issuers::HttpFetcher& fetcher)>;
    using Done = std::function<void(const Result<QJsonObject>& result, bool cancelled)>;

    explicit IssuerTask(QObject* parent = nullptr);
    ~IssuerTask() override; // cancels and waits for the worker (at most one fetch timeout)

    // False when a call is still running. `description` says what runs ("Refreshing corp from https://..."); `done`
    // runs on this object's thread once the work has returned.
    bool start(const QString& description, bool allowHttp, Work work, Done done);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void runningChanged(bool running, const QString& description);

private:
    void finish();

    QThread* m_thread = nullptr;
    Done m_done;
    std::shared_ptr<std::optional<Result<QJsonObject>>> m_result;
    QMutex m_mutex; // guards m_fetcher and m_cancelled against the worker
    issuers::HttpFetcher* m_fetcher = nullptr;
    bool m_cancelled = false;
};

} // namespace authscope
