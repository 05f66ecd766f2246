#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/sessions/SessionAdmin.h"
#include "core/sessions/SessionPolicy.h"
#include "core/sessions/SessionValidator.h"

#include <QByteArrayView>

namespace authscope {

class AuditLog;
class Database;

// The sessions of the test server's users, both sides in one object: the validator (the test server's side: see
// SessionValidator) and the administrator's side (see SessionAdmin), sharing one validation cache so that an
// administrator's revocation in this process empties it at once. A thin facade kept because the console, the
// CLI, the Lab and the tests use both sides through one store; code that needs only one side can use that class.
class SessionStore final
{
public:
    using PurgeReport = SessionAdmin::PurgeReport;

    SessionStore(Database& database, AuditLog& audit, const Clock& clock = Clock::system(),
                 const SessionPolicy& policy = {});
    Q_DISABLE_COPY_MOVE(SessionStore)

    [[nodiscard]] SessionValidator& validator() { return m_validator; }
    [[nodiscard]] SessionAdmin& admin() { return m_admin; }
    [[nodiscard]] const SessionPolicy& policy() const { return m_validator.policy(); }

    // --- The test server's side ---
    Result<CreatedSession> create(const NewSession& spec) { return m_validator.create(spec); }
    Result<SessionValidation> validate(QByteArrayView token) { return m_validator.validate(token); }
    Result<bool> logout(QByteArrayView token) { return m_validator.logout(token); }
    Result<CreatedSession> rotate(QByteArrayView token) { return m_validator.rotate(token); }
    Result<void> flushSlides() { return m_validator.flushSlides(); }
    Result<qint64> warmCache() { return m_validator.warmCache(); }
    [[nodiscard]] SessionStoreStats stats() const { return m_validator.stats(); }

    // --- The administrator's side ---
    Result<Session> find(qint64 id) { return m_admin.find(id); }
    Result<SessionPage> list(const SessionFilter& filter, const SessionSort& sort = {}, int limit = 100,
                             const SessionCursor& after = {})
    {
        return m_admin.list(filter, sort, limit, after);
    }
    Result<QList<Session>> fetch(const QList<qint64>& ids) { return m_admin.fetch(ids); }
    Result<qint64> count(const SessionFilter& filter, qint64 cap = -1) { return m_admin.count(filter, cap); }
    Result<SessionCounters> counters(qint64 revokedSinceMs, qint64 expiringWindowMs = 3600 * 1000)
    {
        return m_admin.counters(revokedSinceMs, expiringWindowMs);
    }
    Result<bool> revoke(qint64 id, const QString& reason) { return m_admin.revoke(id, reason); }
    Result<qint64> revoke(const QList<qint64>& ids, const QString& reason) { return m_admin.revoke(ids, reason); }
    Result<qint64> revokeUser(qint64 userId, const QString& reason) { return m_admin.revokeUser(userId, reason); }
    Result<qint64> revokeAll(const QString& reason) { return m_admin.revokeAll(reason); }
    Result<Session> extend(qint64 id, qint64 bySecs) { return m_admin.extend(id, bySecs); }
    Result<PurgeReport> purge(qint64 endedBeforeMs) { return m_admin.purge(endedBeforeMs); }
    Result<qint64> changeStamp() { return m_admin.changeStamp(); }

private:
    SessionValidator m_validator; // declared first: the admin side holds a pointer to its cache
    SessionAdmin m_admin;
};

} // namespace authscope
