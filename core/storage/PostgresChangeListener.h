#pragma once

#include "core/storage/PostgresUrl.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QSocketNotifier;
class QThread;
class QTimer;

namespace authscope {

class Database;

// One per PostgreSQL Database: a thread with a connection of its own that LISTENs on the change feed's channel and
// keeps the newest change sequence it knows of in an atomic, which every thread's PostgresChangeDetector reads
// without a query or a system call. Each NOTIFY payload is "area:seq". When no notification came for a second it
// reads the sequence itself (notifications can be lost behind a pooler); when its connection drops it says so at
// once (healthy() turns false, and the detectors report "changed" so no cache is trusted), reconnects every second
// and catches up with WHERE seq > last_seen before it is healthy again.
class PostgresChangeListener final : public QObject
{
    Q_OBJECT

public:
    explicit PostgresChangeListener(Database& database);
    ~PostgresChangeListener() override;
    Q_DISABLE_COPY_MOVE(PostgresChangeListener)

    // The newest change sequence seen (-1 before the first look).
    [[nodiscard]] qint64 sequence() const { return m_seq.load(std::memory_order_acquire); }
    // True while the listening connection is up and caught up.
    [[nodiscard]] bool healthy() const { return m_healthy.load(std::memory_order_acquire); }
    // How many notifications and catch-up reads it has had (for tests and the health page).
    [[nodiscard]] quint64 notifications() const { return m_notifications.load(std::memory_order_relaxed); }
    [[nodiscard]] quint64 reconnects() const { return m_reconnects.load(std::memory_order_relaxed); }
    // How often the once-a-second read of the sequence found a change no notification had brought (the Lab's
    // revocation-across-nodes experiment names what delivered a revocation).
    [[nodiscard]] quint64 polledChanges() const { return m_polledChanges.load(std::memory_order_relaxed); }

    // Writes committed by this process: seen by its own detectors at once, as SQLite's WAL index shows them,
    // without waiting for the notification to come back from the server.
    static void noteLocalCommit() { s_localCommits.fetch_add(1, std::memory_order_release); }
    [[nodiscard]] static quint64 localCommits() { return s_localCommits.load(std::memory_order_acquire); }

private:
    void connectNow();
    void dropConnection();
    void readNotifications();
    bool catchUp();
    void tick();
    void shutdown();

    Database& m_database;
    QThread* m_thread = nullptr;
    QString m_connectionName;
    QSocketNotifier* m_notifier = nullptr;
    QTimer* m_timer = nullptr;
    qint64 m_lastNotifyMs = 0;
    std::atomic<qint64> m_seq{-1};
    std::atomic<bool> m_healthy{false};
    std::atomic<quint64> m_notifications{0};
    std::atomic<quint64> m_reconnects{0};
    std::atomic<quint64> m_polledChanges{0};
    static inline std::atomic<quint64> s_localCommits{0};
};

} // namespace authscope
