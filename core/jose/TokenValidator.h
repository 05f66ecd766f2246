#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/jose/JwkSet.h"
#include "core/jose/ValidationPolicy.h"
#include "core/jose/ValidationResult.h"

namespace authscope::jose {

class Jws;
struct JwsHeader;

// Verifies compact JWS/JWT tokens against a fixed set of trusted keys and a policy (the token and key rules of
// docs/security.md, T-ALG-PIN to K-USE). Keys come only from the set given here; jku/x5u/jwk/x5c in a header are never
// used. Thread-safe for concurrent validate() calls once constructed.
class TokenValidator final
{
public:
    explicit TokenValidator(JwkSet keys, ValidationPolicy policy = {}, const Clock& clock = Clock::system());

    [[nodiscard]] ValidationResult validate(QByteArrayView token) const;
    // The policy's own sanity (leeway range ...); validate() reports these as jose.policy issues too.
    [[nodiscard]] Result<void> checkPolicy() const;

    void setPolicy(ValidationPolicy policy) { m_policy = std::move(policy); }
    [[nodiscard]] const ValidationPolicy& policy() const { return m_policy; }
    [[nodiscard]] const JwkSet& keys() const { return m_keys; }

private:
    void checkHeader(const Jws& jws, QList<Error>& issues) const;
    void checkTyp(const JwsHeader& header, QList<Error>& issues) const;
    void checkSignature(const Jws& jws, ValidationResult& result) const;
    void checkClaims(ValidationResult& result) const;

    JwkSet m_keys;
    ValidationPolicy m_policy;
    const Clock* m_clock;
};

} // namespace authscope::jose
