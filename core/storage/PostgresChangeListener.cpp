#include "core/storage/PostgresChangeListener.h"

#include "core/storage/Database.h"
#include "core/storage/PostgresBackend.h"
#include "core/storage/PostgresMigrations.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <libpq-fe.h>

namespace authscope {

namespace {

constexpr int kTickMs = 1000;

PGconn* handleOf(const QSqlDatabase& db)
{
    return PostgresBackend::nativeHandle(db);
}

} // namespace

PostgresChangeListener::PostgresChangeListener(Database& database) : m_database(database)
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("authscope-pg-listener"));
    moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(this, [this] {
        m_timer = new QTimer(this);
        m_timer->setInterval(kTickMs);
        connect(m_timer, &QTimer::timeout, this, &PostgresChangeListener::tick);
        m_timer->start();
        connectNow();
    });
}

PostgresChangeListener::~PostgresChangeListener()
{
    // The connection, notifier and timer belong to the listener's thread: take them down there.
    QMetaObject::invokeMethod(
        this, [this] { shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void PostgresChangeListener::shutdown()
{
    dropConnection();
    delete m_timer;
    m_timer = nullptr;
}

void PostgresChangeListener::connectNow()
{
    if (!m_connectionName.isEmpty()) {
        return;
    }
    PGconn* conn = nullptr;
    {
        auto db = m_database.openDedicatedConnection(QStringLiteral("listener"));
        if (!db) {
            return; // the next tick tries again
        }
        m_connectionName = db->connectionName();
        conn = handleOf(*db);
        QSqlQuery q(*db);
        if (conn == nullptr || !q.exec(QStringLiteral("LISTEN ") + PostgresMigrations::channel())) {
            conn = nullptr;
        }
    }
    if (conn == nullptr) {
        dropConnection();
        return;
    }
    // Our own notifier on libpq's socket rather than QSqlDriver::subscribeToNotification: Qt 6.4's handler does not
    // notice a connection that went away, so the node would go on trusting its caches with nobody telling it of
    // changes. Here a dead socket turns healthy() false at once.
    m_notifier = new QSocketNotifier(PQsocket(conn), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PostgresChangeListener::readNotifications);
    if (!catchUp()) {
        dropConnection();
        return;
    }
    m_healthy.store(true, std::memory_order_release);
}

void PostgresChangeListener::dropConnection()
{
    m_healthy.store(false, std::memory_order_release);
    delete m_notifier;
    m_notifier = nullptr;
    if (!m_connectionName.isEmpty()) {
        Database::closeDedicatedConnection(m_connectionName);
        m_connectionName.clear();
    }
}

void PostgresChangeListener::readNotifications()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    PGconn* conn = handleOf(QSqlDatabase::database(m_connectionName, false));
    if (conn == nullptr || PQconsumeInput(conn) == 0 || PQstatus(conn) == CONNECTION_BAD) {
        dropConnection();
        m_reconnects.fetch_add(1, std::memory_order_relaxed);
        QTimer::singleShot(50, this, &PostgresChangeListener::connectNow);
        return;
    }
    qint64 newest = m_seq.load(std::memory_order_relaxed);
    bool any = false;
    while (PGnotify* n = PQnotifies(conn)) {
        const QByteArray payload(n->extra);
        PQfreemem(n);
        const qsizetype colon = payload.lastIndexOf(':');
        bool ok = false;
        const qint64 seq = payload.mid(colon + 1).toLongLong(&ok);
        // A payload we cannot read still says "something changed": move past everything we know.
        newest = ok ? std::max(newest, seq) : newest + 1;
        any = true;
    }
    if (any) {
        m_notifications.fetch_add(1, std::memory_order_relaxed);
        m_lastNotifyMs = QDateTime::currentMSecsSinceEpoch();
        m_seq.store(newest, std::memory_order_release);
    }
}

bool PostgresChangeListener::catchUp()
{
    const qint64 last = m_seq.load(std::memory_order_relaxed);
    qint64 seq = 0;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.setForwardOnly(true);
        // Literal, not bound: a statement prepared on the server would be lost with the connection anyway.
        if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log WHERE seq > %1")
                        .arg(std::max<qint64>(last, 0))) ||
            !q.next()) {
            return false;
        }
        seq = q.value(0).toLongLong();
    }
    if (seq > last) {
        m_seq.store(seq, std::memory_order_release);
    } else if (last < 0) {
        m_seq.store(0, std::memory_order_release);
    }
    // A query also collects notifications into libpq's queue: read them now, not at the next socket event.
    readNotifications();
    return !m_connectionName.isEmpty();
}

void PostgresChangeListener::tick()
{
    if (m_connectionName.isEmpty()) {
        m_reconnects.fetch_add(1, std::memory_order_relaxed);
        connectNow();
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() - m_lastNotifyMs < kTickMs) {
        return; // notifications are arriving
    }
    const qint64 before = m_seq.load(std::memory_order_relaxed);
    const quint64 notifiedBefore = m_notifications.load(std::memory_order_relaxed);
    if (!catchUp()) {
        dropConnection();
        connectNow();
        return;
    }
    if (m_seq.load(std::memory_order_relaxed) > before &&
        m_notifications.load(std::memory_order_relaxed) == notifiedBefore) {
        m_polledChanges.fetch_add(1, std::memory_order_relaxed);
    }
}

} // namespace authscope
