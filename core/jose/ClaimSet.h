#pragma once

#include "core/common/Error.h"
#include "core/jose/JsonLimits.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace authscope::jose {

// JWT claims (RFC 7519 §4). Reading is lenient (getters return empty on a wrong type); numericDate() reports
// type and range problems so the validator can name them.
class ClaimSet final
{
public:
    ClaimSet() = default;
    explicit ClaimSet(QJsonObject json) : m_json(std::move(json)) {}

    // Strict JSON; must be an object.
    [[nodiscard]] static Result<ClaimSet> parse(QByteArrayView json, int maxDepth = JsonLimits{}.maxDepth);

    [[nodiscard]] const QJsonObject& json() const { return m_json; }
    [[nodiscard]] bool contains(const QString& name) const { return m_json.contains(name); }

    [[nodiscard]] QString issuer() const;
    [[nodiscard]] QString subject() const;
    [[nodiscard]] QString jwtId() const;
    [[nodiscard]] QStringList audience() const; // a string is a one-element list
    [[nodiscard]] std::optional<qint64> expiresAt() const { return validDate(QStringLiteral("exp")); }
    [[nodiscard]] std::optional<qint64> notBefore() const { return validDate(QStringLiteral("nbf")); }
    [[nodiscard]] std::optional<qint64> issuedAt() const { return validDate(QStringLiteral("iat")); }

    // nullopt when absent; an error when present but not a number in [0, MaxNumericDate] (fractions floor).
    [[nodiscard]] Result<std::optional<qint64>> numericDate(const QString& name) const;

    void set(const QString& name, const QJsonValue& value) { m_json.insert(name, value); }
    [[nodiscard]] QByteArray toJson() const; // compact

    static constexpr qint64 MaxNumericDate = 253402300799; // 9999-12-31T23:59:59Z

private:
    [[nodiscard]] std::optional<qint64> validDate(const QString& name) const;
    QJsonObject m_json;
};

} // namespace authscope::jose
