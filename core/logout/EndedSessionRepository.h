#pragma once

#include "core/common/Error.h"

#include <QList>
#include <QString>

namespace authscope {
class Database;
}

namespace authscope::logout {

// A session that an administrator, a logout, a user-wide or global revocation or a refresh token reuse ended.
struct EndedSession
{
    qint64 sessionId = 0;
    QString username;
    QString reason;
    qint64 revokedMs = 0;
};

// Reads which sessions ended, from the change feed (session_changes) that every revocation writes in its own
// transaction, whatever process made it (B-FEED). A feed row names one session, one user or everyone; the sessions
// it ended are those whose revoked_ms equals the row's time, because every revocation stamps both with the same
// clock reading. Rows that end nothing (an ID rotation, an extension) match no revoked session. Plain SQL that
// PostgreSQL reads the same way.
class EndedSessionRepository final
{
public:
    struct Batch
    {
        qint64 lastSeq = 0; // the newest feed row read; the next call starts after it
        int rows = 0;       // feed rows read (maxRows: there may be more)
        QList<EndedSession> sessions;
    };

    explicit EndedSessionRepository(Database& database);

    // The newest row of the feed (0 when empty): a notifier starts there, so sessions that ended before it ran are
    // not announced.
    [[nodiscard]] Result<qint64> latestSeq();
    // The sessions ended by the feed rows after `afterSeq`, at most `maxRows` rows at a time.
    [[nodiscard]] Result<Batch> endedAfter(qint64 afterSeq, int maxRows = 200);

private:
    Database& m_db;
};

} // namespace authscope::logout
