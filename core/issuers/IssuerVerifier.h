#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/jose/TokenValidator.h"
#include "core/jose/ValidationPolicy.h"
#include "core/jose/ValidationResult.h"

#include <QHash>

#include <memory>

namespace authscope::issuers {

class RemoteKeyCache;
class RemoteKeySet;

// Verifies tokens with an issuer's remote keys: the one key select() picks from the cached set (a kid miss asks the
// cache for one refetch, R-KID-COOLDOWN), and `iss` pinned to the issuer's URL (R-ISS-PIN) whatever the caller's
// policy says. One TokenValidator per key is built once per key set, so a stream of tokens costs what a local key
// costs plus one clock read and a lookup of the header's text (R-JWKS-PARSE-ONCE).
class IssuerVerifier final
{
public:
    IssuerVerifier(RemoteKeyCache& cache, jose::ValidationPolicy policy, const Clock& clock = Clock::system());

    // An error when no verdict is possible: the token cannot be taken apart, or no key set could be had (fetch
    // failures name the URL). Otherwise the verdict, whose issues include a key selection failure.
    [[nodiscard]] Result<jose::ValidationResult> verify(QByteArrayView token);

private:
    [[nodiscard]] const jose::TokenValidator& validatorFor(const jose::Jwk& key);

    RemoteKeyCache& m_cache;
    jose::ValidationPolicy m_policy;
    const Clock& m_clock;
    std::shared_ptr<const RemoteKeySet> m_validatorsFor;
    QHash<const jose::Jwk*, std::shared_ptr<jose::TokenValidator>> m_validators;
    // The key chosen for a protected header, by its base64url text: tokens of one issuer share a few headers, so the
    // common case skips parsing the token twice. Dropped with the key set; bounded.
    QHash<QByteArray, const jose::Jwk*> m_keyForHeader;
};

} // namespace authscope::issuers
