#include "core/keys/KeyAudit.h"

#include "core/audit/AuditLog.h"

namespace authscope {

namespace {

Result<void> refused(const Result<qint64>& appended, const QString& action, const QString& consequence)
{
    if (appended) {
        return {};
    }
    return fail(appended.error().code, QStringLiteral("the audit log could not record %1, so %2: %3")
                                           .arg(action, consequence, appended.error().message));
}

} // namespace

Result<void> KeyAudit::record(AuditLog& audit, QSqlDatabase& transaction, const QString& action, const QString& target,
                              const QJsonObject& details)
{
    return refused(audit.append(transaction, action, target, details), action, QStringLiteral("nothing was changed"));
}

Result<void> KeyAudit::record(AuditLog& audit, const QString& action, const QString& target, const QJsonObject& details)
{
    return refused(audit.append(action, target, details), action, QStringLiteral("it was refused"));
}

} // namespace authscope
