#pragma once

#include "core/common/Error.h"
#include "core/jose/JwsAlgorithm.h"

#include <QJsonObject>
#include <QList>

namespace authscope::lab {

// One row of the remote JWKS comparison in `bench jose`: the same token verified with the key loaded locally
// (TokenValidator on a one-key set) and through an issuer's cached remote JWKS (IssuerVerifier: key selection by kid
// in the set parsed once, iss pinned), alternating in short slices. The target is remote/local >= 0.9.
struct RemoteJwksBenchRow
{
    jose::JwsAlgorithm algorithm = jose::JwsAlgorithm::ES256;
    int keysInSet = 0;
    double localPerSec = 0;
    double remotePerSec = 0;
    [[nodiscard]] double ratio() const { return localPerSec > 0 ? remotePerSec / localPerSec : 0; }
};

class RemoteJwksBenchmark final
{
public:
    // `keysInSet`: the issuer's set holds the signing key among this many keys (a provider publishes several).
    [[nodiscard]] static Result<RemoteJwksBenchRow> run(jose::JwsAlgorithm algorithm, double seconds,
                                                        int keysInSet = 4);
    [[nodiscard]] static QJsonObject toJson(const QList<RemoteJwksBenchRow>& rows);
};

} // namespace authscope::lab
