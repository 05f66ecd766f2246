#pragma once

#include "core/common/Error.h"

#include <QList>
#include <QString>

namespace authscope {
class Database;
}

namespace authscope::logout {

// The SQL of oidc_sessions: which local session a login through a remote issuer opened, under the provider's sub
// and sid, so that the provider's logout token finds it (B-RP-MATCH).
class OidcSessionRepository final
{
public:
    explicit OidcSessionRepository(Database& database) : m_db(database) {}

    Result<void> link(qint64 sessionId, const QString& issuerUrl, const QString& sub, const QString& sid, qint64 nowMs);
    // The local sessions still open for a logout token: by sid when it has one (and then sub too, when it has
    // both), else every session of sub.
    [[nodiscard]] Result<QList<qint64>> openSessions(const QString& issuerUrl, const QString& sid, const QString& sub);

private:
    Database& m_db;
};

} // namespace authscope::logout
