#pragma once

#include "core/common/Error.h"
#include "core/jose/JwkSet.h"

#include <QStringList>

namespace authscope::jose {
struct JwsHeader;
}

namespace authscope::issuers {

// An issuer's JWKS, parsed once (R-JWKS-PARSE-ONCE) and kept for every token verified against it. Keys it cannot use
// are skipped with a note, as RFC 7517 §5 asks: unknown kty, oct keys (a published secret verifies nothing), keys for
// encryption only. A key published with private members is kept as its public half (the lint reports it).
// select() picks the one key for a token (R-KEY-SELECT): by kid, then alg/kty/use; none or several is an error that
// names the candidates. Nothing in the token but kid and alg is looked at: jku/x5u/x5c/jwk never supply a key
// (K-SOURCE, R-NO-JKU).
class RemoteKeySet final
{
public:
    static constexpr qsizetype MaxKeys = 100;

    [[nodiscard]] static Result<RemoteKeySet> parse(QByteArrayView jwksText);

    [[nodiscard]] const jose::JwkSet& keys() const { return m_keys; }
    [[nodiscard]] const QStringList& skipped() const { return m_skipped; }
    [[nodiscard]] bool hasKid(const QString& kid) const;

    // issuers.kid-unknown: the token's kid is not in the set (a refetch may help); issuers.no-key /
    // issuers.ambiguous-key: no key or several fit.
    [[nodiscard]] Result<const jose::Jwk*> select(const jose::JwsHeader& header) const;

private:
    jose::JwkSet m_keys;
    QStringList m_skipped;
};

} // namespace authscope::issuers
