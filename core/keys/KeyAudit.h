#pragma once

#include "core/common/Error.h"

#include <QJsonObject>
#include <QString>

class QSqlDatabase;

namespace authscope {

class AuditLog;

// The audit rows of the key store and the vault. A change writes its row inside its own transaction: when the row
// cannot be written, the caller gets the error and rolls the change back. An event that changes nothing (a
// private export) is refused when it cannot be recorded.
class KeyAudit final
{
public:
    [[nodiscard]] static Result<void> record(AuditLog& audit, QSqlDatabase& transaction, const QString& action,
                                             const QString& target, const QJsonObject& details);
    [[nodiscard]] static Result<void> record(AuditLog& audit, const QString& action, const QString& target,
                                             const QJsonObject& details);
};

} // namespace authscope
