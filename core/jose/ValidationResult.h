#pragma once

#include "core/common/Error.h"
#include "core/jose/ClaimSet.h"
#include "core/jose/JoseError.h"
#include "core/jose/JwsAlgorithm.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace authscope::jose {

// The verdict and the diagnosis. `valid` is true only when `issues` is empty; every problem found is listed,
// not just the first (e.g. both "expired" and "signature does not match").
struct ValidationResult
{
    bool valid = false;
    QList<Error> issues;
    QJsonObject header;
    QByteArray payload;
    ClaimSet claims; // empty unless the payload is a claims set
    std::optional<JwsAlgorithm> algorithm;
    QString keyId; // kid of the key that verified the signature (empty if none did or it has no kid)

    [[nodiscard]] bool has(JoseErrc errc) const;
    [[nodiscard]] QStringList codes() const;
};

} // namespace authscope::jose
