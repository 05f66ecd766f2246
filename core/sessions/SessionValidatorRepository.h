#pragma once

#include "core/common/Error.h"
#include "core/sessions/NewSessionRow.h"
#include "core/sessions/SessionCache.h"
#include "core/sessions/SessionChangeScope.h"
#include "core/sessions/SessionKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace authscope {

class ChangeDetector;
class Database;
class Transaction;

// The SQL of session validation's hot path: one instance per thread, on a connection of its own, with its
// statements prepared once. The SessionValidator's logic (cache, verdicts, slides) talks only to this interface.
//
// SqliteSessionValidatorRepository implements it on the SQLite C API (a lookup is one step of a prepared
// statement, no allocation). Where PostgreSQL plugs in: a QPSQL (or libpq) implementation with prepared
// statements and the LISTEN/NOTIFY ChangeDetector, returned by open() when the Database's backend is PostgreSQL.
class SessionValidatorRepository
{
public:
    // A slid last-seen time waiting to be written (at most one per session and throttle window).
    struct Slide
    {
        qint64 lastSeenMs = 0;
        qint64 idleExpiresMs = 0;
    };
    using Slides = QHash<qint64, Slide>; // by session id

    struct UserRow
    {
        QString name;
        bool disabled = false;
    };

    // A new session's row.
    struct NewRow : NewSessionRow
    {
        QString ip;
        QByteArray ipKey;
        int method = 0;
    };

    // Receives the change feed's rows in order.
    class ChangeSink
    {
    public:
        virtual void changed(qint64 seq, SessionChangeScope scope, qint64 target, QByteArrayView idHash) = 0;

    protected:
        ~ChangeSink() = default;
    };

    // A repository for this thread, on the database's backend.
    static Result<std::unique_ptr<SessionValidatorRepository>> open(Database& database);

    SessionValidatorRepository() = default;
    virtual ~SessionValidatorRepository() = default;
    SessionValidatorRepository(const SessionValidatorRepository&) = delete;
    SessionValidatorRepository& operator=(const SessionValidatorRepository&) = delete;

    // The change detector of this thread's connection.
    virtual ChangeDetector& changes() = 0;
    // The newest row of the change feed (0 when it is empty).
    virtual Result<qint64> lastChangeSeq() = 0;
    virtual Result<void> readChanges(qint64 afterSeq, ChangeSink& sink) = 0;
    virtual Result<std::optional<SessionCache::Entry>> lookup(const SessionKey& key) = 0;
    virtual Result<std::optional<UserRow>> user(qint64 userId) = 0;
    // Writes the slides in one transaction (a session revoked meanwhile stays revoked, times never go back).
    virtual Result<void> writeSlides(const Slides& slides) = 0;
    // Live sessions (not revoked, not expired at `nowMs`), at most `max`, for warming the cache.
    virtual Result<void> loadLive(qint64 nowMs, qint64 max,
                                  const std::function<void(const SessionKey&, const SessionCache::Entry&)>& each) = 0;

    // BEGIN IMMEDIATE ... COMMIT around `work` on this connection; `work` writes its audit row through the
    // Transaction. Rolls back when `work` fails.
    virtual Result<void> writeTransaction(const std::function<Result<void>(Transaction&)>& work) = 0;
    // Inside writeTransaction: the id of a user agent string, inserted with its label when new.
    virtual Result<qint64> userAgentId(const QString& text, const QString& label) = 0;
    // Inside writeTransaction: inserts the session and returns its id.
    virtual Result<qint64> insertSession(const NewRow& row) = 0;
};

} // namespace authscope
