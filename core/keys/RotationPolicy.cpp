#include "core/keys/RotationPolicy.h"

#include "core/jose/JweAlgorithm.h"
#include "core/jose/JwsAlgorithm.h"
#include "core/keys/EncryptionKeys.h"

#include <QRegularExpression>

#include <algorithm>

namespace authscope {

RotationPolicy RotationPolicy::defaultsFor(const QString& purpose)
{
    RotationPolicy p;
    p.purpose = purpose;
    if (EncryptionKeys::isEncryptionPurpose(purpose)) {
        p.alg = EncryptionKeys::defaultPolicyAlg();
    }
    return p;
}

Result<void> RotationPolicy::validate() const
{
    static const QRegularExpression purposePattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,31}$"));
    if (!purposePattern.match(purpose).hasMatch()) {
        return fail(QStringLiteral("keys.policy"),
                    QStringLiteral("the purpose '%1' must be 1 to 32 lower-case letters, digits, '.', '_' or '-'")
                        .arg(purpose));
    }
    if (rotateEveryDays < 0 || rotateEveryDays > MaxRotateEveryDays) {
        return fail(QStringLiteral("keys.policy"),
                    QStringLiteral("rotate every %1 days: use 0 (by hand only) to %2 days")
                        .arg(rotateEveryDays)
                        .arg(MaxRotateEveryDays));
    }
    if (tokenLifetimeSecs < MinTokenLifetimeSecs || tokenLifetimeSecs > MaxTokenLifetimeSecs) {
        return fail(
            QStringLiteral("keys.policy"),
            QStringLiteral("a token lifetime of %1 s is out of range (1 s to 366 days)").arg(tokenLifetimeSecs));
    }
    if (leewaySecs < 0 || leewaySecs > MaxLeewaySecs) {
        return fail(QStringLiteral("keys.policy"),
                    QStringLiteral("a leeway of %1 s is out of range (0 to %2 s)").arg(leewaySecs).arg(MaxLeewaySecs));
    }
    if (jwksMaxAgeSecs < 0 || jwksMaxAgeSecs > MaxJwksMaxAgeSecs) {
        return fail(QStringLiteral("keys.policy"),
                    QStringLiteral("a JWKS cache time of %1 s is out of range (0 to 7 days)").arg(jwksMaxAgeSecs));
    }
    if (isScheduled() && qint64(jwksMaxAgeSecs) >= qint64(rotateEveryDays) * 86400) {
        return fail(QStringLiteral("keys.policy"),
                    QStringLiteral("relying parties may cache the JWKS for %1 s, longer than the rotation period: a "
                                   "new key would sign before they know it")
                        .arg(jwksMaxAgeSecs));
    }
    if (EncryptionKeys::isEncryptionPurpose(purpose)) {
        // K-ENC-PURPOSE: keys of this purpose are generated for a JWE alg (RSA1_5 and PBES2 are never stored).
        const auto encAlg = jose::JweAlgorithms::fromName(alg);
        if (!encAlg || *encAlg == jose::JweAlgorithm::Rsa1_5 ||
            jose::JweAlgorithms::family(*encAlg) == jose::JweKeyFamily::Pbes2) {
            return fail(QStringLiteral("keys.policy"),
                        QStringLiteral("'%1' is no key management algorithm for stored encryption keys").arg(alg));
        }
        return {};
    }
    const auto algorithm = jose::JwsAlgorithms::fromName(alg);
    if (!algorithm) {
        return fail(QStringLiteral("keys.policy"), QStringLiteral("unknown algorithm '%1'").arg(alg));
    }
    return {};
}

qint64 RotationPolicy::retireAfterMs(qint64 rotatedMs, qint64 lifetimeSecs) const
{
    return rotatedMs + (std::max(lifetimeSecs, tokenLifetimeSecs) + leewaySecs) * 1000;
}

QJsonObject RotationPolicy::toJson() const
{
    return QJsonObject{
        {QStringLiteral("purpose"), purpose},
        {QStringLiteral("rotate_every_days"), rotateEveryDays},
        {QStringLiteral("pre_generate_next"), preGenerateNext},
        {QStringLiteral("token_lifetime_s"), tokenLifetimeSecs},
        {QStringLiteral("leeway_s"), leewaySecs},
        {QStringLiteral("jwks_max_age_s"), jwksMaxAgeSecs},
        {QStringLiteral("alg"), alg},
    };
}

} // namespace authscope
