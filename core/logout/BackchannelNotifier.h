#pragma once

#include "core/common/Error.h"
#include "core/logout/BackchannelDelivery.h"
#include "core/logout/BackchannelSettings.h"
#include "core/logout/EndedSessionRepository.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>

namespace authscope {
class ChangeDetector;
class Database;
class KeyStore;
} // namespace authscope

namespace authscope::logout {

class BackchannelTrace;

// The provider side of OpenID Connect Back-Channel Logout 1.0: notices every session that ends, in this process or
// another (B-FEED), and POSTs each relying party a signed logout token (B-TOKEN), retrying with backoff (B-RETRY) and
// recording each attempt in the trace (B-TRACE). Lives in a thread of its own (BackchannelService makes it), so a
// slow or dead RP never holds a request of the server (B-ASYNC).
class BackchannelNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackchannelNotifier)

public:
    BackchannelNotifier(Database& database, const KeyStore* keys, BackchannelSettings settings,
                        std::shared_ptr<BackchannelTrace> trace, QObject* parent = nullptr);
    ~BackchannelNotifier() override;

    // In the notifier's thread: opens the change detector, takes the feed's newest row as the starting point and
    // starts polling. Sessions that ended before this call are not announced.
    Result<void> start();
    // In the notifier's thread: reads the feed now (the timer calls it too).
    void pollNow();

private:
    struct Delivery
    {
        QString uri;
        QByteArray token;
        EndedSession session;
        QString jti;
        int attempt = 1;
    };

    void announce(const EndedSession& session);
    void send(const Delivery& delivery);
    void finished(const Delivery& delivery, int status, const QString& error);
    void record(const Delivery& delivery, int status, const QString& reason, BackchannelDelivery::Outcome outcome);

    Database& m_db;
    const KeyStore* m_keys;
    BackchannelSettings m_settings;
    std::shared_ptr<BackchannelTrace> m_trace;
    EndedSessionRepository m_repository;
    std::unique_ptr<ChangeDetector> m_changes;
    QNetworkAccessManager* m_net = nullptr;
    QTimer* m_timer = nullptr;
    qint64 m_seq = 0;
    int m_pending = 0;
    // Sessions already announced, newest last: two feed rows may name the same ended session. Bounded.
    QSet<qint64> m_announced;
    std::deque<qint64> m_announcedOrder;
};

} // namespace authscope::logout
