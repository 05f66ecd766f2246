#include "core/jose/ClaimSet.h"

#include "core/jose/JoseError.h"
#include "core/jose/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace authscope::jose {

Result<ClaimSet> ClaimSet::parse(QByteArrayView json, int maxDepth)
{
    auto object = StrictJson::parseObject(json, maxDepth, u"claims");
    if (!object) {
        return std::unexpected(object.error());
    }
    return ClaimSet(std::move(*object));
}

QString ClaimSet::issuer() const
{
    return m_json.value(QLatin1StringView("iss")).toString();
}

QString ClaimSet::subject() const
{
    return m_json.value(QLatin1StringView("sub")).toString();
}

QString ClaimSet::jwtId() const
{
    return m_json.value(QLatin1StringView("jti")).toString();
}

QStringList ClaimSet::audience() const
{
    const QJsonValue aud = m_json.value(QLatin1StringView("aud"));
    if (aud.isString()) {
        return {aud.toString()};
    }
    QStringList out;
    for (const QJsonValue& v : aud.toArray()) {
        if (v.isString()) {
            out.append(v.toString());
        }
    }
    return out;
}

Result<std::optional<qint64>> ClaimSet::numericDate(const QString& name) const
{
    const QJsonValue v = m_json.value(name);
    if (v.isUndefined()) {
        return std::optional<qint64>();
    }
    if (!v.isDouble()) {
        return JoseError::fail(
            JoseErrc::ClaimType,
            QStringLiteral("claim '%1' must be a NumericDate (seconds since 1970 as a JSON number)").arg(name));
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > static_cast<double>(MaxNumericDate)) {
        return JoseError::fail(JoseErrc::ClaimType,
                               QStringLiteral("claim '%1' is out of range (0 to year 9999)").arg(name));
    }
    return std::optional<qint64>(static_cast<qint64>(std::floor(d)));
}

std::optional<qint64> ClaimSet::validDate(const QString& name) const
{
    auto d = numericDate(name);
    return d ? *d : std::nullopt;
}

QByteArray ClaimSet::toJson() const
{
    return QJsonDocument(m_json).toJson(QJsonDocument::Compact);
}

} // namespace authscope::jose
