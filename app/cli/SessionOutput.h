#pragma once

#include "core/audit/AuditLog.h"
#include "core/sessions/IssuedTokenRegistry.h"
#include "core/sessions/Session.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace authscope::cli {

// How the sessions commands print a session: as JSON, in the list's table, and in full for `sessions show`.

[[nodiscard]] QJsonObject sessionJson(const Session& s, qint64 nowMs);
// The table of `sessions list`.
[[nodiscard]] QString sessionTable(const QList<Session>& sessions, qint64 nowMs);
// `sessions show`: the record, its JWTs and its audit trail.
[[nodiscard]] QString sessionDetail(const Session& s, const QList<IssuedToken>& tokens, const QList<AuditEntry>& trail,
                                    qint64 nowMs);
[[nodiscard]] QJsonObject sessionDetailJson(const Session& s, const QList<IssuedToken>& tokens,
                                            const QList<AuditEntry>& trail, qint64 nowMs);

} // namespace authscope::cli
