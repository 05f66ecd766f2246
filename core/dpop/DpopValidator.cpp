#include "core/dpop/DpopValidator.h"

#include "core/dpop/DpopNonceSource.h"
#include "core/dpop/DpopProof.h"
#include "core/dpop/DpopProofBuilder.h"
#include "core/dpop/DpopReplayCache.h"
#include "core/dpop/DpopUrl.h"
#include "core/jose/Jwk.h"

#include <openssl/crypto.h>

#include <cmath>

namespace authscope::dpop {

namespace {

constexpr qsizetype kMaxJtiChars = 256; // RFC 9449 §4.2 asks for 96 bits or more; nobody needs more than this
constexpr qsizetype kMaxNonceChars = 512;

void add(DpopResult& result, DpopErrc errc, QString message)
{
    result.issues.append(DpopError::make(errc, std::move(message)));
}

// typ is a media type: case-insensitive, "application/" may be left out (RFC 7515 §4.1.9).
bool isDpopTyp(const QString& typ)
{
    QStringView core(typ);
    if (core.startsWith(u"application/", Qt::CaseInsensitive)) {
        core = core.sliced(12);
    }
    return core.compare(u"dpop+jwt", Qt::CaseInsensitive) == 0;
}

bool equalConstantTime(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

// DP-JWK-PUBLIC: the members that make a JWK private (RFC 7518 §6.2.2, §6.3.2, §6.4; RFC 8037 §2).
const QStringList& privateMembers()
{
    static const QStringList names{QStringLiteral("d"),   QStringLiteral("p"),  QStringLiteral("q"),
                                   QStringLiteral("dp"),  QStringLiteral("dq"), QStringLiteral("qi"),
                                   QStringLiteral("oth"), QStringLiteral("k")};
    return names;
}

} // namespace

DpopValidator::DpopValidator(DpopPolicy policy, const Clock& clock, DpopReplayCache* replayCache,
                             DpopNonceSource* nonces)
    : m_policy(std::move(policy)), m_clock(clock), m_replay(replayCache), m_nonces(nonces)
{}

Result<void> DpopValidator::checkPolicy() const
{
    if (m_policy.iatWindowSecs < 1 || m_policy.iatWindowSecs > DpopPolicy::MaxWindowSecs) {
        return fail(QStringLiteral("dpop.policy"),
                    QStringLiteral("the iat window must be 1 to %1 seconds").arg(DpopPolicy::MaxWindowSecs));
    }
    for (const jose::JwsAlgorithm alg : m_policy.allowedAlgorithms) {
        if (jose::JwsAlgorithms::family(alg) == jose::JwsFamily::Hmac) {
            return fail(
                QStringLiteral("dpop.policy"),
                QStringLiteral("%1 is symmetric and can never sign a proof").arg(jose::JwsAlgorithms::name(alg)));
        }
    }
    if (m_policy.allowedAlgorithms.isEmpty() || m_policy.maxProofBytes <= 0) {
        return fail(QStringLiteral("dpop.policy"), QStringLiteral("no algorithm allowed, or no size allowed"));
    }
    return {};
}

DpopResult DpopValidator::validate(QByteArrayView proofText, const DpopRequest& request) const
{
    DpopResult result;
    if (auto ok = checkPolicy(); !ok) {
        result.issues.append(ok.error()); // fail closed: a misconfigured verifier accepts nothing
        return result;
    }
    auto proof = DpopProof::parse(proofText, m_policy.maxProofBytes);
    if (!proof) {
        result.issues.append(proof.error());
        return result;
    }
    result.header = proof->header();
    result.claims = proof->claims();
    checkHeader(*proof, result);
    checkRequest(proof->claims(), request, result);
    checkToken(proof->claims(), request, result);
    checkNonce(proof->claims(), request, result);
    // DP-REPLAY: only a proof that passed everything else is remembered, so that refused proofs cannot fill the
    // cache, and a proof refused for its nonce can be sent again with the new one.
    if (result.issues.isEmpty() && m_replay != nullptr) {
        const QByteArray key =
            result.jkt.toLatin1() + '\n' + proof->claims().value(QLatin1StringView("jti")).toString().toUtf8();
        switch (m_replay->remember(key, m_clock.nowMs())) {
        case DpopReplayCache::Verdict::Fresh:
            break;
        case DpopReplayCache::Verdict::Replayed:
            add(result, DpopErrc::Replay,
                QStringLiteral("this proof's jti was already used within the last %1 s: a proof works once")
                    .arg(2 * m_replay->windowSecs()));
            break;
        case DpopReplayCache::Verdict::Full:
            add(result, DpopErrc::ReplayCacheFull,
                QStringLiteral("the server remembers %1 live proofs already; try again shortly")
                    .arg(m_replay->capacity()));
            break;
        }
    }
    result.valid = result.issues.isEmpty();
    return result;
}

void DpopValidator::checkHeader(const DpopProof& proof, DpopResult& result) const
{
    const jose::JwsHeader& header = proof.jws().header();
    const QJsonObject& h = header.json;
    // §4.3 check 4: typ.
    const QJsonValue typ = h.value(QLatin1StringView("typ"));
    if (!typ.isString() || !isDpopTyp(typ.toString())) {
        add(result, DpopErrc::Typ,
            typ.isUndefined() ? QStringLiteral("the header has no typ; a proof says typ \"dpop+jwt\"")
                              : QStringLiteral("typ must be \"dpop+jwt\" (got %1)")
                                    .arg(typ.isString() ? QStringLiteral("\"%1\"").arg(typ.toString().left(64))
                                                        : QStringLiteral("a non-string")));
    }
    // §4.3 check 5: alg asymmetric, not none, allowed (DP-ALG).
    bool algOk = false;
    if (!h.value(QLatin1StringView("alg")).isString()) {
        add(result, DpopErrc::Alg, QStringLiteral("the header has no alg string"));
    } else if (header.algName.compare(u"none", Qt::CaseInsensitive) == 0) {
        add(result, DpopErrc::Alg, QStringLiteral("alg \"%1\": an unsigned proof proves nothing").arg(header.algName));
    } else if (!header.algorithm) {
        add(result, DpopErrc::Alg,
            QStringLiteral("alg \"%1\" is not a supported JWS algorithm").arg(header.algName.left(32)));
    } else if (jose::JwsAlgorithms::family(*header.algorithm) == jose::JwsFamily::Hmac) {
        add(result, DpopErrc::Alg,
            QStringLiteral("alg %1 is symmetric: a proof must be signed with a private key").arg(header.algName));
    } else if (!m_policy.allowedAlgorithms.contains(*header.algorithm)) {
        add(result, DpopErrc::Alg, QStringLiteral("alg %1 is not allowed for proofs here").arg(header.algName));
    } else {
        algOk = true;
    }
    // §4.3 check 6: jwk present, a public key (DP-JWK-PUBLIC).
    const QJsonValue jwkValue = h.value(QLatin1StringView("jwk"));
    if (!jwkValue.isObject()) {
        add(result, DpopErrc::JwkMissing,
            jwkValue.isUndefined() ? QStringLiteral("the header has no jwk: a proof carries its public key")
                                   : QStringLiteral("the header's jwk is not a JSON object"));
        return;
    }
    std::optional<KnownKey> known = knownKey(header.raw);
    if (!known) {
        auto imported = importKey(jwkValue.toObject(), result);
        if (!imported) {
            return;
        }
        known = KnownKey{*imported, result.jkt};
        rememberKey(header.raw, *known);
    }
    const jose::Jwk& key = known->key;
    result.jkt = known->jkt;
    if (!algOk) {
        return;
    }
    if (!key.fitsType(*header.algorithm)) {
        add(result, DpopErrc::Alg,
            QStringLiteral("alg %1 does not fit the jwk (a %2 key)").arg(header.algName, key.typeName()));
        return;
    }
    // §4.3 check 7: the signature, with the key in the header.
    if (auto verified = key.verify(*header.algorithm, proof.jws().signingInput(), proof.jws().signature()); !verified) {
        add(result, DpopErrc::Signature,
            QStringLiteral("the signature does not verify with the proof's jwk (%1)").arg(verified.error().message));
    }
}

std::optional<DpopValidator::KnownKey> DpopValidator::knownKey(const QByteArray& header) const
{
    QMutexLocker lock(&m_keysMutex);
    const auto it = m_keys.constFind(header);
    return it == m_keys.constEnd() ? std::nullopt : std::optional<KnownKey>(*it);
}

void DpopValidator::rememberKey(const QByteArray& header, const KnownKey& key) const
{
    QMutexLocker lock(&m_keysMutex);
    if (m_keys.size() >= MaxKnownKeys) {
        m_keys.clear(); // bounded: a flood of made-up keys costs imports, never memory
    }
    m_keys.insert(header, key);
}

std::optional<jose::Jwk> DpopValidator::importKey(const QJsonObject& jwkJson, DpopResult& result) const
{
    QStringList present;
    for (const QString& name : privateMembers()) {
        if (jwkJson.contains(name)) {
            present.append(name);
        }
    }
    if (!present.isEmpty()) {
        add(result, DpopErrc::JwkPrivate,
            QStringLiteral("the jwk carries private or secret members (%1): a proof's key must be public only")
                .arg(present.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    auto jwk = jose::Jwk::fromJson(jwkJson);
    if (!jwk || jwk->isSymmetric() || jwk->isKeyAgreementOnly()) {
        add(result, DpopErrc::JwkInvalid,
            jwk ? QStringLiteral("the jwk is not a signature key (kty %1, crv %2)").arg(jwk->typeName(), jwk->curve())
                : QStringLiteral("the jwk cannot be imported: %1").arg(jwk.error().message));
        return std::nullopt;
    }
    auto thumbprint = jwk->thumbprintBase64Url();
    if (!thumbprint) {
        add(result, DpopErrc::JwkInvalid, QStringLiteral("no thumbprint: %1").arg(thumbprint.error().message));
        return std::nullopt;
    }
    result.jkt = *thumbprint;
    return *jwk;
}

void DpopValidator::checkRequest(const QJsonObject& claims, const DpopRequest& request, DpopResult& result) const
{
    // §4.3 check 8: htm.
    const QJsonValue htm = claims.value(QLatin1StringView("htm"));
    if (!htm.isString()) {
        add(result, DpopErrc::Htm, QStringLiteral("the proof has no htm string"));
    } else if (htm.toString() != QString::fromLatin1(request.method)) {
        add(result, DpopErrc::Htm,
            QStringLiteral("htm is \"%1\" but the request is a %2")
                .arg(htm.toString().left(32), QString::fromLatin1(request.method.left(32))));
    }
    // §4.3 check 9: htu, without query and fragment, after normalisation.
    const QJsonValue htu = claims.value(QLatin1StringView("htu"));
    if (!htu.isString()) {
        add(result, DpopErrc::Htu, QStringLiteral("the proof has no htu string"));
    } else if (auto proofUrl = DpopUrl::normalise(htu.toString()); !proofUrl) {
        add(result, DpopErrc::Htu, QStringLiteral("htu: %1").arg(proofUrl.error().message));
    } else if (auto requestUrl = DpopUrl::normalise(request.url); !requestUrl || *requestUrl != *proofUrl) {
        add(result, DpopErrc::Htu,
            QStringLiteral("htu is %1 but the request went to %2")
                .arg(proofUrl->left(256), requestUrl ? requestUrl->left(256) : request.url.left(256)));
    }
    // §4.3 check 11: iat within the window (DP-IAT-WINDOW).
    const QJsonValue iat = claims.value(QLatin1StringView("iat"));
    const double iatValue = iat.toDouble();
    if (!iat.isDouble() || !std::isfinite(iatValue) || iatValue < 0 || iatValue > 253402300799.0) {
        add(result, DpopErrc::Iat,
            iat.isUndefined() ? QStringLiteral("the proof has no iat") : QStringLiteral("iat is not a NumericDate"));
    } else {
        const qint64 skew = static_cast<qint64>(iatValue) - m_clock.nowSecs();
        if (std::abs(skew) > m_policy.iatWindowSecs) {
            add(result, DpopErrc::Iat,
                QStringLiteral("iat is %1 s in the %2; proofs are accepted within %3 s of now")
                    .arg(std::abs(skew))
                    .arg(skew < 0 ? QStringLiteral("past") : QStringLiteral("future"))
                    .arg(m_policy.iatWindowSecs));
        }
    }
    // §4.2: jti, the replay cache's key.
    const QJsonValue jti = claims.value(QLatin1StringView("jti"));
    if (!jti.isString() || jti.toString().isEmpty() || jti.toString().size() > kMaxJtiChars) {
        add(result, DpopErrc::Jti,
            QStringLiteral("the proof needs a jti string of 1 to %1 characters").arg(kMaxJtiChars));
    }
}

void DpopValidator::checkToken(const QJsonObject& claims, const DpopRequest& request, DpopResult& result) const
{
    if (request.accessToken.isEmpty()) {
        return;
    }
    // §4.3 check 12 (with §7.1): ath is the hash of the access token presented with the proof.
    const QJsonValue ath = claims.value(QLatin1StringView("ath"));
    if (ath.isUndefined()) {
        add(result, DpopErrc::AthMissing,
            QStringLiteral("an access token is presented but the proof has no ath (its hash)"));
    } else if (!ath.isString() ||
               !equalConstantTime(ath.toString().toLatin1(),
                                  DpopProofBuilder::accessTokenHash(request.accessToken).toLatin1())) {
        add(result, DpopErrc::AthMismatch,
            QStringLiteral("ath is not the SHA-256 of the access token presented: the proof was made for another "
                           "token"));
    }
    // §4.3 check 12: the token's cnf.jkt is the thumbprint of the proof's key (DP-BIND).
    if (request.boundJkt.isEmpty()) {
        add(result, DpopErrc::JktMissing,
            QStringLiteral("the access token carries no cnf.jkt: it is not bound to a DPoP key"));
    } else if (!result.jkt.isEmpty() && !equalConstantTime(request.boundJkt.toLatin1(), result.jkt.toLatin1())) {
        add(result, DpopErrc::JktMismatch,
            QStringLiteral("the token is bound to key %1 but the proof was signed by key %2")
                .arg(request.boundJkt.left(64), result.jkt));
    }
}

void DpopValidator::checkNonce(const QJsonObject& claims, const DpopRequest& request, DpopResult& result) const
{
    // §4.3 check 10 (DP-NONCE): only when the server demands nonces.
    if (request.expectedNonce.isEmpty() && m_nonces == nullptr) {
        return;
    }
    const QJsonValue nonce = claims.value(QLatin1StringView("nonce"));
    if (!nonce.isString() || nonce.toString().isEmpty()) {
        add(result, DpopErrc::NonceMissing, QStringLiteral("the server demands a nonce and the proof has none"));
        return;
    }
    const QString value = nonce.toString();
    const bool ok = value.size() <= kMaxNonceChars &&
                    (!request.expectedNonce.isEmpty() ? value == request.expectedNonce : m_nonces->accepts(value));
    if (!ok) {
        add(result, DpopErrc::NonceMismatch,
            QStringLiteral("the nonce is not the server's current one (stale or never issued)"));
    }
}

} // namespace authscope::dpop
