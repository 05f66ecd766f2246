#include "core/jose/TokenValidator.h"

#include "core/common/TimeFormat.h"
#include "core/jose/JoseError.h"
#include "core/jose/Jws.h"
#include "core/jose/RegisteredHeaders.h"

#include <QJsonArray>

namespace authscope::jose {

namespace {

// typ is a media type: case-insensitive, and "application/" may be left out (RFC 7515 §4.1.9).
QStringView typCore(QStringView typ)
{
    return typ.startsWith(u"application/", Qt::CaseInsensitive) ? typ.sliced(12) : typ;
}

bool sameTyp(QStringView a, QStringView b)
{
    return typCore(a).compare(typCore(b), Qt::CaseInsensitive) == 0;
}

QString algList(const QList<JwsAlgorithm>& algs)
{
    QStringList names;
    for (JwsAlgorithm a : algs) {
        names.append(JwsAlgorithms::name(a));
    }
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

QString keyLabel(const Jwk& key)
{
    return key.kid().isEmpty() ? QStringLiteral("the key") : QStringLiteral("key '%1'").arg(key.kid());
}

void addUnique(QList<Error>& issues, Error e)
{
    for (const Error& existing : issues) {
        if (existing.code == e.code && existing.message == e.message) {
            return;
        }
    }
    issues.append(std::move(e));
}

} // namespace

TokenValidator::TokenValidator(JwkSet keys, ValidationPolicy policy, const Clock& clock)
    : m_keys(std::move(keys)), m_policy(std::move(policy)), m_clock(&clock)
{}

Result<void> TokenValidator::checkPolicy() const
{
    if (m_policy.leewaySecs < 0 || m_policy.leewaySecs > ValidationPolicy::MaxLeewaySecs) {
        return JoseError::fail(JoseErrc::Policy, QStringLiteral("leeway must be 0 to %1 seconds (got %2)")
                                                     .arg(ValidationPolicy::MaxLeewaySecs)
                                                     .arg(m_policy.leewaySecs));
    }
    if (m_policy.limits.maxTokenBytes <= 0 || m_policy.limits.maxDepth <= 0) {
        return JoseError::fail(JoseErrc::Policy, QStringLiteral("size and depth limits must be positive"));
    }
    return {};
}

ValidationResult TokenValidator::validate(QByteArrayView token) const
{
    ValidationResult result;
    if (auto ok = checkPolicy(); !ok) {
        result.issues.append(ok.error());
        return result; // fail closed: a misconfigured verifier accepts nothing
    }
    auto jws = Jws::parse(token, m_policy.limits);
    if (!jws) {
        result.issues.append(jws.error());
        return result;
    }
    const JwsHeader& header = jws->header();
    result.header = header.json;
    result.payload = jws->payload();
    result.algorithm = header.algorithm;
    checkHeader(*jws, result.issues);
    if (header.algorithm) {
        checkSignature(*jws, result);
    }
    if (m_policy.jwt) {
        checkClaims(result);
    }
    result.valid = result.issues.isEmpty();
    return result;
}

void TokenValidator::checkHeader(const Jws& jws, QList<Error>& issues) const
{
    const JwsHeader& header = jws.header();
    const QJsonObject& h = header.json;
    // The common case (a known alg, nothing odd) skips the member-by-member checks below.
    const bool plain = header.algorithm && !header.badTypes && !header.hasCrit && !header.hasB64;
    if (plain) {
        checkTyp(header, issues);
        return;
    }
    if (!h.contains(QLatin1StringView("alg"))) {
        issues.append(JoseError::make(JoseErrc::AlgUnsupported, QStringLiteral("the header has no alg")));
    } else if (!h.value(QLatin1StringView("alg")).isString()) {
        issues.append(JoseError::make(JoseErrc::AlgUnsupported, QStringLiteral("the header's alg is not a string")));
    } else if (header.algName.compare(u"none", Qt::CaseInsensitive) == 0) {
        issues.append(JoseError::make(JoseErrc::AlgNone,
                                      QStringLiteral("alg '%1' means the token is not signed; unsigned tokens are "
                                                     "always refused")
                                          .arg(header.algName)));
    } else if (!header.algorithm) {
        issues.append(JoseError::make(JoseErrc::AlgUnsupported,
                                      QStringLiteral("alg '%1' is not a supported JWS algorithm").arg(header.algName)));
    }
    for (const char* name : {"kid", "typ", "cty"}) {
        const QJsonValue v = h.value(QLatin1StringView(name));
        if (!v.isUndefined() && !v.isString()) {
            issues.append(JoseError::make(
                JoseErrc::Json, QStringLiteral("header member '%1' must be a string").arg(QLatin1StringView(name))));
        }
    }

    // crit (RFC 7515 §4.1.11, T-CRIT).
    QStringList understood = m_policy.understoodCrit;
    if (!m_policy.jwt) {
        understood.append(QStringLiteral("b64"));
    }
    QStringList crit;
    if (h.contains(QLatin1StringView("crit"))) {
        const QJsonValue c = h.value(QLatin1StringView("crit"));
        if (!c.isArray()) {
            issues.append(JoseError::make(JoseErrc::Crit, QStringLiteral("crit must be an array of header names")));
        } else if (c.toArray().isEmpty()) {
            issues.append(JoseError::make(JoseErrc::Crit, QStringLiteral("crit must not be empty")));
        } else {
            for (const QJsonValue& v : c.toArray()) {
                if (!v.isString()) {
                    issues.append(JoseError::make(JoseErrc::Crit, QStringLiteral("crit must list names (strings)")));
                    continue;
                }
                const QString name = v.toString();
                if (crit.contains(name)) {
                    issues.append(
                        JoseError::make(JoseErrc::Crit, QStringLiteral("crit lists '%1' more than once").arg(name)));
                    continue;
                }
                crit.append(name);
                if (RegisteredHeaders::contains(name)) {
                    issues.append(JoseError::make(
                        JoseErrc::Crit,
                        QStringLiteral("crit lists '%1', a standard header parameter that must not be listed")
                            .arg(name)));
                } else if (!h.contains(name)) {
                    issues.append(JoseError::make(
                        JoseErrc::Crit, QStringLiteral("crit lists '%1', but the header does not carry it").arg(name)));
                } else if (!understood.contains(name)) {
                    issues.append(JoseError::make(
                        JoseErrc::Crit,
                        QStringLiteral("crit lists '%1', an extension this verifier does not process").arg(name)));
                }
            }
        }
    }

    // b64 (RFC 7797): never in a JWT; in a plain JWS only when listed in crit.
    if (h.contains(QLatin1StringView("b64"))) {
        if (!h.value(QLatin1StringView("b64")).isBool()) {
            issues.append(JoseError::make(JoseErrc::Json, QStringLiteral("header member 'b64' must be true or false")));
        } else if (m_policy.jwt && !header.b64) {
            issues.append(JoseError::make(JoseErrc::B64False,
                                          QStringLiteral("b64 is false (unencoded payload, RFC 7797): not allowed in "
                                                         "a JWT")));
        } else if (!crit.contains(QStringLiteral("b64"))) {
            issues.append(JoseError::make(JoseErrc::Crit, QStringLiteral("the header sets b64 without listing it in "
                                                                         "crit (RFC 7797 §6)")));
        }
    }

    checkTyp(header, issues);
}

void TokenValidator::checkTyp(const JwsHeader& header, QList<Error>& issues) const
{
    if (m_policy.typ.isEmpty()) {
        return;
    }
    if (!header.json.contains(QLatin1StringView("typ"))) {
        issues.append(JoseError::make(JoseErrc::TypMismatch,
                                      QStringLiteral("the header has no typ; expected '%1'").arg(m_policy.typ)));
    } else if (!sameTyp(header.typ, m_policy.typ)) {
        issues.append(JoseError::make(JoseErrc::TypMismatch,
                                      QStringLiteral("typ is '%1'; expected '%2'").arg(header.typ, m_policy.typ)));
    }
}

void TokenValidator::checkSignature(const Jws& jws, ValidationResult& result) const
{
    const JwsHeader& header = jws.header();
    const JwsAlgorithm alg = *header.algorithm;
    const QString algName = JwsAlgorithms::name(alg);

    // Keys come only from our set; kid is an exact-match lookup and nothing else (rule 7).
    QList<const Jwk*> candidates;
    if (header.hasKid) {
        for (const Jwk& key : m_keys.keys()) {
            if (key.kid() == header.kid) {
                candidates.append(&key);
            }
        }
        if (candidates.isEmpty()) {
            // A key without a kid (a PEM file or raw secret handed over by the user) is not named by any kid, so it
            // is tried for a token whose kid matches nothing else.
            for (const Jwk& key : m_keys.keys()) {
                if (key.kid().isEmpty() && candidates.size() < m_policy.maxCandidateKeys) {
                    candidates.append(&key);
                }
            }
        }
        if (candidates.isEmpty()) {
            QStringList known;
            for (const Jwk& key : m_keys.keys()) {
                if (!key.kid().isEmpty()) {
                    known.append(u'\'' + key.kid() + u'\'');
                }
            }
            result.issues.append(JoseError::make(
                JoseErrc::KidUnknown,
                QStringLiteral("signature does not match: the token was signed by another key; kid '%1' is not in "
                               "this %2%3")
                    .arg(header.kid, m_keys.size() > 1 ? QStringLiteral("JWKS") : QStringLiteral("key set"),
                         known.isEmpty() ? QString() : QStringLiteral(" (known: %1)").arg(known.join(u", ")))));
            return;
        }
    } else {
        for (const Jwk& key : m_keys.keys()) {
            if (candidates.size() >= m_policy.maxCandidateKeys) {
                break;
            }
            candidates.append(&key);
        }
    }
    if (candidates.isEmpty()) {
        result.issues.append(JoseError::make(JoseErrc::NoKey, QStringLiteral("no key to check the signature with")));
        return;
    }

    QList<Error> reasons;
    for (const Jwk* key : candidates) {
        // Rule 1: the verifier pins the algorithm; the token's alg only selects among what is pinned.
        const bool allowed =
            m_policy.allowedAlgorithms.isEmpty() ? key->isPinned(alg) : m_policy.allowedAlgorithms.contains(alg);
        if (!allowed) {
            const QList<JwsAlgorithm> pinned =
                m_policy.allowedAlgorithms.isEmpty() ? key->pinnedAlgorithms() : m_policy.allowedAlgorithms;
            QString why = QStringLiteral("alg %1 is not allowed for %2 (allowed: %3)")
                              .arg(algName, keyLabel(*key), algList(pinned));
            if (JwsAlgorithms::family(alg) == JwsFamily::Hmac && !key->isSymmetric()) {
                why += QStringLiteral("; a public key is never used as an HMAC secret");
            } else if (m_policy.allowedAlgorithms.isEmpty() && !key->alg().isEmpty()) {
                why += QStringLiteral("; the key declares alg '%1'").arg(key->alg());
            }
            reasons.append(JoseError::make(JoseErrc::AlgNotAllowed, why));
            continue;
        }
        auto verified = key->verify(alg, jws.signingInput(), jws.signature());
        if (verified) {
            result.keyId = key->kid();
            return;
        }
        reasons.append(verified.error());
    }
    if (candidates.size() > 1) {
        bool anyMismatch = false;
        for (const Error& e : reasons) {
            anyMismatch = anyMismatch || e.code == JoseError::code(JoseErrc::SignatureMismatch);
        }
        if (anyMismatch) {
            result.issues.append(JoseError::make(
                JoseErrc::SignatureMismatch,
                QStringLiteral("signature does not match any of the %1 keys tried (the token has no kid)")
                    .arg(candidates.size())));
            return;
        }
    }
    for (Error& e : reasons) {
        addUnique(result.issues, std::move(e));
    }
}

namespace {

// exp, nbf and iat: well-formed NumericDates, and now within them give or take the leeway.
void checkTimes(const ClaimSet& c, qint64 now, qint64 leeway, QList<Error>& issues)
{
    const auto exp = c.numericDate(QStringLiteral("exp"));
    const auto nbf = c.numericDate(QStringLiteral("nbf"));
    const auto iat = c.numericDate(QStringLiteral("iat"));
    for (const auto* date : {&exp, &nbf, &iat}) {
        if (!*date) {
            issues.append(date->error());
        }
    }
    if (exp && exp->has_value() && now >= **exp + leeway) {
        issues.append(JoseError::make(JoseErrc::Expired,
                                      QStringLiteral("expired %1 ago (exp %2)")
                                          .arg(TimeFormat::duration(now - **exp), TimeFormat::utcSecs(**exp))));
    }
    if (nbf && nbf->has_value() && now + leeway < **nbf) {
        issues.append(JoseError::make(JoseErrc::NotYetValid,
                                      QStringLiteral("not valid for another %1 (nbf %2)")
                                          .arg(TimeFormat::duration(**nbf - now), TimeFormat::utcSecs(**nbf))));
    }
    if (iat && iat->has_value() && **iat > now + leeway) {
        issues.append(JoseError::make(JoseErrc::IssuedInFuture,
                                      QStringLiteral("issued in the future: iat %1 is %2 ahead of this clock")
                                          .arg(TimeFormat::utcSecs(**iat), TimeFormat::duration(**iat - now))));
    }
}

// aud: a string or an array of strings, naming `expected`; without an expected audience, none may be present
// (RFC 7519 §4.1.3).
void checkAudience(const ClaimSet& c, const QString& expected, QList<Error>& issues)
{
    const QJsonValue aud = c.json().value(QLatin1StringView("aud"));
    bool audOk = true;
    if (!aud.isUndefined()) {
        if (aud.isArray()) {
            for (const QJsonValue& v : aud.toArray()) {
                audOk = audOk && v.isString();
            }
        } else {
            audOk = aud.isString();
        }
        if (!audOk) {
            issues.append(JoseError::make(JoseErrc::ClaimType,
                                          QStringLiteral("claim 'aud' must be a string or an array of strings")));
        }
    }
    if (audOk) {
        const QStringList audiences = aud.isUndefined() ? QStringList() : c.audience();
        const auto shown = [&audiences] {
            return audiences.isEmpty() ? QStringLiteral("(empty)") : audiences.join(QStringLiteral("', '"));
        };
        if (!expected.isEmpty()) {
            if (aud.isUndefined()) {
                issues.append(JoseError::make(JoseErrc::AudienceMismatch,
                                              QStringLiteral("the token has no aud; expected '%1'").arg(expected)));
            } else if (!audiences.contains(expected)) {
                issues.append(
                    JoseError::make(JoseErrc::AudienceMismatch,
                                    QStringLiteral("the token is for audience '%1', not '%2'").arg(shown(), expected)));
            }
        } else if (!aud.isUndefined()) {
            // RFC 7519 §4.1.3: a recipient that does not identify itself with a value in aud must reject.
            issues.append(JoseError::make(JoseErrc::AudienceMismatch,
                                          QStringLiteral("the token is for audience '%1' but no audience to "
                                                         "check was given (--aud)")
                                              .arg(shown())));
        }
    }
}

} // namespace

void TokenValidator::checkClaims(ValidationResult& result) const
{
    auto claims = ClaimSet::parse(result.payload, m_policy.limits.maxDepth);
    if (!claims) {
        const Error& e = claims.error();
        const bool structural = e.code == JoseError::code(JoseErrc::DuplicateMember) ||
                                e.code == JoseError::code(JoseErrc::JsonDepth) ||
                                e.code == JoseError::code(JoseErrc::Utf8);
        result.issues.append(
            structural ? e
                       : JoseError::make(JoseErrc::NotJwt, QStringLiteral("the payload is not a JWT claims set (a JSON "
                                                                          "object): ") +
                                                               e.message));
        return;
    }
    result.claims = *claims;
    const ClaimSet& c = result.claims;

    for (const QString& name : m_policy.requiredClaims) {
        if (!c.contains(name)) {
            QString why;
            if (name == u"exp") {
                why = QStringLiteral(": a token without expiry stays valid forever");
            }
            result.issues.append(
                JoseError::make(JoseErrc::ClaimMissing, QStringLiteral("claim '%1' is missing%2").arg(name, why)));
        }
    }
    if (m_policy.profile == ValidationPolicy::Profile::AccessTokenRfc9068) {
        // RFC 9068 §2.2: sub, client_id and jti are strings that name something (a sub or jti that is not a
        // string at all is reported by the type checks below).
        for (const char* name : {"sub", "client_id", "jti"}) {
            const QJsonValue v = c.json().value(QLatin1StringView(name));
            const bool typeChecked = qstrcmp(name, "client_id") != 0;
            if (!v.isUndefined() && ((!v.isString() && !typeChecked) || (v.isString() && v.toString().isEmpty()))) {
                result.issues.append(JoseError::make(
                    JoseErrc::ClaimType,
                    QStringLiteral("claim '%1' must be a non-empty string (RFC 9068)").arg(QLatin1StringView(name))));
            }
        }
    }

    checkTimes(c, m_clock->nowSecs(), m_policy.leewaySecs, result.issues);

    for (const char* name : {"iss", "sub", "jti"}) {
        const QJsonValue v = c.json().value(QLatin1StringView(name));
        if (!v.isUndefined() && !v.isString()) {
            result.issues.append(JoseError::make(
                JoseErrc::ClaimType, QStringLiteral("claim '%1' must be a string").arg(QLatin1StringView(name))));
        }
    }
    if (!m_policy.issuer.isEmpty()) {
        const QJsonValue iss = c.json().value(QLatin1StringView("iss"));
        if (iss.isUndefined()) {
            result.issues.append(JoseError::make(
                JoseErrc::IssuerMismatch, QStringLiteral("the token has no iss; expected '%1'").arg(m_policy.issuer)));
        } else if (iss.isString() && iss.toString() != m_policy.issuer) {
            result.issues.append(
                JoseError::make(JoseErrc::IssuerMismatch,
                                QStringLiteral("issuer is '%1'; expected '%2'").arg(iss.toString(), m_policy.issuer)));
        }
    }

    checkAudience(c, m_policy.audience, result.issues);
}

} // namespace authscope::jose
