#include "core/issuers/IssuerVerifier.h"

#include "core/issuers/RemoteKeyCache.h"
#include "core/issuers/RemoteKeySet.h"
#include "core/jose/Jws.h"

namespace authscope::issuers {

IssuerVerifier::IssuerVerifier(RemoteKeyCache& cache, jose::ValidationPolicy policy, const Clock& clock)
    : m_cache(cache), m_policy(std::move(policy)), m_clock(clock)
{
    if (!m_cache.issuer().url.isEmpty()) {
        m_policy.issuer = m_cache.issuer().url; // R-ISS-PIN
    }
}

const jose::TokenValidator& IssuerVerifier::validatorFor(const jose::Jwk& key)
{
    auto& slot = m_validators[&key];
    if (!slot) {
        slot = std::make_shared<jose::TokenValidator>(jose::JwkSet({key}), m_policy, m_clock);
    }
    return *slot;
}

Result<jose::ValidationResult> IssuerVerifier::verify(QByteArrayView token)
{
    constexpr qsizetype MaxRememberedHeaders = 64;
    const qsizetype dot = token.indexOf('.');
    const QByteArray headerText = dot > 0 && dot < 4096 ? token.first(dot).toByteArray() : QByteArray();
    if (!headerText.isEmpty() && m_validatorsFor) {
        auto current = m_cache.current();
        if (!current) {
            return std::unexpected(current.error());
        }
        if (*current == m_validatorsFor) {
            if (const jose::Jwk* known = m_keyForHeader.value(headerText)) {
                return validatorFor(*known).validate(token);
            }
        }
    }
    auto jws = jose::Jws::parse(token, m_policy.limits);
    if (!jws) {
        return std::unexpected(jws.error());
    }
    auto set = m_cache.current();
    if (!set) {
        return std::unexpected(set.error());
    }
    const jose::JwsHeader& header = jws->header();
    auto key = (*set)->select(header);
    if (!key && key.error().code == u"issuers.kid-unknown") {
        auto refetched = m_cache.afterKidMiss(header.kid);
        if (refetched) {
            set = refetched;
            key = (*set)->select(header);
        } else if (refetched.error().code == u"issuers.fetch" || refetched.error().code == u"issuers.jwks") {
            return std::unexpected(refetched.error());
        } else {
            key = std::unexpected(
                Error{key.error().code, key.error().message + QStringLiteral("; ") + refetched.error().message});
        }
    }
    if (!key) {
        jose::ValidationResult result;
        result.header = header.json;
        result.payload = jws->payload();
        result.algorithm = header.algorithm;
        result.issues.append(key.error());
        return result;
    }
    if (m_validatorsFor != *set) {
        m_validators.clear();
        m_keyForHeader.clear();
        m_validatorsFor = *set;
    }
    if (!headerText.isEmpty()) {
        if (m_keyForHeader.size() >= MaxRememberedHeaders) {
            m_keyForHeader.clear();
        }
        m_keyForHeader.insert(headerText, *key);
    }
    return validatorFor(**key).validate(token);
}

} // namespace authscope::issuers
