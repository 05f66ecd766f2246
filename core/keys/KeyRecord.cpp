#include "core/keys/KeyRecord.h"
#include "core/common/TimeFormat.h"

namespace authscope {

namespace {

QJsonValue timeValue(qint64 ms)
{
    if (ms <= 0) {
        return QJsonValue::Null;
    }
    return TimeFormat::isoUtc(ms, false);
}

} // namespace

KeyState KeyRecord::effectiveState(qint64 nowMs) const
{
    if (state == KeyState::Retiring && retireAfterMs > 0 && nowMs >= retireAfterMs) {
        return KeyState::Retired;
    }
    return state;
}

bool KeyRecord::isPublished(qint64 nowMs) const
{
    return !isSymmetric() && KeyStates::isPublished(effectiveState(nowMs));
}

QString KeyRecord::description() const
{
    if (kty == QStringLiteral("RSA")) {
        return QStringLiteral("%1 · RSA-%2").arg(alg).arg(bits);
    }
    if (kty == QStringLiteral("oct")) {
        return QStringLiteral("%1 · %2-bit secret").arg(alg).arg(bits);
    }
    return QStringLiteral("%1 · %2").arg(alg, curve);
}

QJsonObject KeyRecord::toJson(qint64 nowMs) const
{
    QJsonObject o{
        {QStringLiteral("kid"), kid},
        {QStringLiteral("purpose"), purpose},
        {QStringLiteral("kty"), kty},
        {QStringLiteral("alg"), alg},
        {QStringLiteral("use"), use},
        {QStringLiteral("bits"), bits},
        {QStringLiteral("state"), KeyStates::name(effectiveState(nowMs))},
        {QStringLiteral("stored_state"), KeyStates::name(state)},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("has_private"), hasPrivate},
        {QStringLiteral("published"), isPublished(nowMs)},
        {QStringLiteral("created"), timeValue(createdMs)},
        {QStringLiteral("activated"), timeValue(activatedMs)},
        {QStringLiteral("rotated_out"), timeValue(rotatedOutMs)},
        {QStringLiteral("retire_after"), timeValue(retireAfterMs)},
        {QStringLiteral("retired"), timeValue(retiredMs)},
        {QStringLiteral("revoked"), timeValue(revokedMs)},
        {QStringLiteral("max_token_lifetime_s"), maxTokenLifetimeSecs},
    };
    if (!curve.isEmpty()) {
        o.insert(QStringLiteral("crv"), curve);
    }
    if (!thumbprint.isEmpty()) {
        o.insert(QStringLiteral("thumbprint"), thumbprint);
    }
    if (state == KeyState::Revoked) {
        o.insert(QStringLiteral("revoke_reason"), revokeReason);
    }
    return o;
}

} // namespace authscope
