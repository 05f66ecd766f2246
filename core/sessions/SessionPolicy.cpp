#include "core/sessions/SessionPolicy.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"

#include <QSqlDatabase>

#include <utility>

namespace authscope {

namespace {

const QString kIdleKey = QStringLiteral("sessions.idle_timeout_s");
const QString kAbsoluteKey = QStringLiteral("sessions.absolute_timeout_s");
const QString kThrottleKey = QStringLiteral("sessions.slide_throttle_s");

constexpr int kMaxTimeoutSecs = 366 * 24 * 3600;

Result<int> readInt(Database& database, const QString& key, int fallback)
{
    auto value = database.metaValue(key);
    if (!value) {
        return std::unexpected(value.error());
    }
    if (value->isEmpty()) {
        return fallback;
    }
    bool ok = false;
    const int n = value->toInt(&ok);
    if (!ok) {
        return fail(QStringLiteral("sessions.bad-policy"),
                    QStringLiteral("The stored setting %1 = '%2' is not a number.").arg(key, *value));
    }
    return n;
}

} // namespace

Result<void> SessionPolicy::check() const
{
    if (idleTimeoutSecs < 1 || idleTimeoutSecs > kMaxTimeoutSecs) {
        return fail(QStringLiteral("sessions.bad-policy"),
                    QStringLiteral("The idle timeout must be between 1 second and 366 days."));
    }
    if (absoluteTimeoutSecs < idleTimeoutSecs || absoluteTimeoutSecs > kMaxTimeoutSecs) {
        return fail(QStringLiteral("sessions.bad-policy"),
                    QStringLiteral("The absolute timeout must be at least the idle timeout and at most 366 days."));
    }
    if (slideThrottleSecs < 0 || slideThrottleSecs >= idleTimeoutSecs) {
        return fail(QStringLiteral("sessions.bad-policy"),
                    QStringLiteral("The slide throttle must be shorter than the idle timeout, or a session could "
                                   "expire while its last use is still waiting to be written."));
    }
    if (slideFlushMs < 0 || slideBatchSize < 1 || cacheCapacity < 0) {
        return fail(QStringLiteral("sessions.bad-policy"),
                    QStringLiteral("The flush interval, batch size and cache capacity must not be negative."));
    }
    return {};
}

Result<SessionPolicy> SessionPolicy::load(Database& database)
{
    SessionPolicy policy;
    auto idle = readInt(database, kIdleKey, policy.idleTimeoutSecs);
    auto absolute = readInt(database, kAbsoluteKey, policy.absoluteTimeoutSecs);
    auto throttle = readInt(database, kThrottleKey, policy.slideThrottleSecs);
    for (const auto* r : {&idle, &absolute, &throttle}) {
        if (!*r) {
            return std::unexpected(r->error());
        }
    }
    policy.idleTimeoutSecs = *idle;
    policy.absoluteTimeoutSecs = *absolute;
    policy.slideThrottleSecs = *throttle;
    if (auto ok = policy.check(); !ok) {
        return std::unexpected(ok.error());
    }
    return policy;
}

Result<void> SessionPolicy::save(Database& database) const
{
    return save(database, nullptr, *this);
}

Result<void> SessionPolicy::save(Database& database, AuditLog& audit, const SessionPolicy& before) const
{
    return save(database, &audit, before);
}

Result<void> SessionPolicy::save(Database& database, AuditLog* audit, const SessionPolicy& before) const
{
    if (auto ok = check(); !ok) {
        return ok;
    }
    return database.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        const std::pair<const QString&, int> values[] = {
            {kIdleKey, idleTimeoutSecs}, {kAbsoluteKey, absoluteTimeoutSecs}, {kThrottleKey, slideThrottleSecs}};
        for (const auto& [key, value] : values) {
            if (auto ok = Database::setMetaValue(db, key, QString::number(value)); !ok) {
                return ok;
            }
        }
        if (audit == nullptr) {
            return {};
        }
        QJsonObject details = toJson();
        details.insert(QStringLiteral("before"), before.toJson());
        auto row = audit->append(db, QStringLiteral("session.policy"), QStringLiteral("*"), details);
        if (!row) {
            return std::unexpected(row.error());
        }
        return {};
    });
}

QJsonObject SessionPolicy::toJson() const
{
    return QJsonObject{{QStringLiteral("idle_timeout_s"), idleTimeoutSecs},
                       {QStringLiteral("absolute_timeout_s"), absoluteTimeoutSecs},
                       {QStringLiteral("slide_throttle_s"), slideThrottleSecs}};
}

} // namespace authscope
