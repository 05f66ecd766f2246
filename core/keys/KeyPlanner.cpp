#include "core/keys/KeyPlanner.h"

#include "core/common/TimeFormat.h"
#include "core/crypto/Random.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JwkSet.h"
#include "core/keys/EncryptionKeys.h"
#include "core/keys/JwksPublisher.h"
#include "core/keys/KeyLifecycle.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace authscope {

namespace {

using jose::Jwk;
using jose::JwsAlgorithm;
using jose::JwsAlgorithms;
using jose::KeyType;

constexpr int MaxReasonLength = 500;

QString utc(qint64 ms)
{
    return TimeFormat::utcMs(ms);
}

QString duration(qint64 ms)
{
    return TimeFormat::durationToMinute(ms);
}

QString cacheTime(const RotationPolicy& policy)
{
    return duration(qint64(policy.jwksMaxAgeSecs) * 1000);
}

bool validKid(const QString& kid)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\x21-\\x7e]{1,128}$"));
    return pattern.match(kid).hasMatch();
}

Result<void> checkPurpose(const QString& purpose)
{
    return RotationPolicy::defaultsFor(purpose).validate();
}

QString defaultAlg(const Jwk& key)
{
    switch (key.type()) {
    case KeyType::Rsa:
        return QStringLiteral("RS256");
    case KeyType::Ec:
        return JwsAlgorithms::name(key.algorithmsForType().value(0, JwsAlgorithm::ES256));
    case KeyType::Okp:
        return QStringLiteral("EdDSA");
    case KeyType::Oct:
        break;
    }
    const int bytes = key.bits() / 8;
    return bytes >= 64 ? QStringLiteral("HS512") : bytes >= 48 ? QStringLiteral("HS384") : QStringLiteral("HS256");
}

Result<QString> randomKid()
{
    auto bytes = crypto::Random::bytes(16);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    return QString::fromLatin1(jose::Base64Url::encode(*bytes));
}

QStringList publishedKids(const QJsonObject& jwks)
{
    QStringList kids;
    for (const QJsonValue& v : jwks.value(QLatin1StringView("keys")).toArray()) {
        kids << v.toObject().value(QLatin1StringView("kid")).toString();
    }
    return kids;
}

KeyRecord recordFor(const Jwk& key, const QString& origin, const QString& purpose, qint64 nowMs)
{
    KeyRecord r;
    r.kid = key.kid();
    r.purpose = purpose;
    r.kty = key.typeName();
    r.curve = key.curve();
    r.bits = key.bits();
    r.alg = key.alg();
    r.use = key.use();
    r.state = KeyState::Next;
    r.origin = origin;
    if (!key.isSymmetric()) {
        auto thumb = key.thumbprintBase64Url();
        r.thumbprint = thumb ? *thumb : QString();
    }
    r.publicJwk = JwksPublisher::publicJwk(key);
    r.hasPrivate = key.isPrivate();
    r.createdMs = nowMs;
    return r;
}

// Applies one state change to a record the way KeyStore::apply() writes it.
void project(KeyRecord& r, KeyState to, qint64 nowMs, const RotationPolicy& policy, const QString& reason)
{
    switch (to) {
    case KeyState::Active:
        r.activatedMs = nowMs;
        r.maxTokenLifetimeSecs = std::max(r.maxTokenLifetimeSecs, policy.tokenLifetimeSecs);
        break;
    case KeyState::Retiring:
        r.rotatedOutMs = nowMs;
        r.retireAfterMs = policy.retireAfterMs(nowMs, r.maxTokenLifetimeSecs);
        break;
    case KeyState::Retired:
        r.retiredMs = nowMs;
        break;
    case KeyState::Revoked:
        if (r.state == KeyState::Active) {
            r.rotatedOutMs = nowMs;
        }
        r.revokedMs = nowMs;
        r.revokeReason = reason;
        break;
    case KeyState::Next:
        break;
    }
    r.state = to;
}

} // namespace

KeyPlanner::KeyPlanner(const KeySnapshot& snapshot) : m_snapshot(snapshot) {}

Result<KeyChangePlan> KeyPlanner::startPlan(KeyChangePlan::Action action, const QString& purpose) const
{
    if (auto ok = checkPurpose(purpose); !ok) {
        return std::unexpected(ok.error());
    }
    KeyChangePlan plan;
    plan.action = action;
    plan.purpose = purpose;
    plan.plannedAtMs = m_snapshot.nowMs;
    plan.policy = m_snapshot.policyFor(purpose);
    plan.before = m_snapshot.keys;
    plan.jwksBefore = JwksPublisher::jwksOf(plan.before, plan.plannedAtMs);
    return plan;
}

void KeyPlanner::finishPlan(KeyChangePlan& plan)
{
    const qint64 now = plan.plannedAtMs;
    plan.after = plan.before;
    for (const KeyChangePlan::Change& c : std::as_const(plan.changes)) {
        for (KeyRecord& r : plan.after) {
            if (r.kid == c.kid) {
                project(r, c.to, now, plan.policy, plan.reason);
            }
        }
    }
    for (const KeyChangePlan::NewKey& k : std::as_const(plan.newKeys)) {
        KeyRecord r = recordFor(k.key, k.origin, plan.purpose, now);
        if (k.state == KeyState::Active) {
            project(r, KeyState::Active, now, plan.policy, {});
        } else if (k.state == KeyState::Retiring) {
            r.state = KeyState::Retiring;
            r.retireAfterMs = now + plan.policy.graceMs();
        }
        plan.after.prepend(r);
    }
    plan.jwksAfter = JwksPublisher::jwksOf(plan.after, now);
    const QStringList before = publishedKids(plan.jwksBefore);
    const QStringList after = publishedKids(plan.jwksAfter);
    for (const QString& kid : after) {
        if (!before.contains(kid)) {
            plan.published << kid;
        }
    }
    for (const QString& kid : before) {
        if (!after.contains(kid)) {
            plan.unpublished << kid;
        }
    }
}

Result<Jwk> KeyPlanner::prepareNewKey(const KeyGenerateRequest& request)
{
    if (!request.kid.isEmpty() && !validKid(request.kid)) {
        return fail(QStringLiteral("keys.bad-request"),
                    QStringLiteral("a kid is 1 to 128 printable ASCII characters without spaces"));
    }
    if (EncryptionKeys::isEncryptionPurpose(request.purpose)) {
        return EncryptionKeys::generate(request); // K-ENC-PURPOSE: use "enc" and a JWE alg, never a signing key
    }
    const auto type = Jwk::typeFromName(request.kty);
    if (!type) {
        return fail(QStringLiteral("keys.bad-request"),
                    QStringLiteral("unknown key type '%1' (RSA, EC, OKP or oct)").arg(request.kty));
    }
    Jwk::GenerateOptions options;
    options.type = *type;
    options.bits = request.bits;
    options.curve = request.curve;
    options.alg = request.alg;
    options.use = QStringLiteral("sig");
    options.kid = request.kid;
    if (*type == KeyType::Oct && options.kid.isEmpty()) {
        // The thumbprint of a secret is a hash of the secret: a guessable secret would be checkable offline.
        auto kid = randomKid();
        if (!kid) {
            return std::unexpected(kid.error());
        }
        options.kid = *kid;
    }
    auto key = Jwk::generate(options);
    if (!key) {
        return key;
    }
    if (key->alg().isEmpty()) {
        key->setAlg(defaultAlg(*key));
    }
    const auto alg = JwsAlgorithms::fromName(key->alg());
    if (!alg) {
        return fail(QStringLiteral("keys.bad-request"), QStringLiteral("unknown algorithm '%1'").arg(key->alg()));
    }
    if (auto ok = key->checkUsable(*alg, Jwk::Operation::Sign); !ok) {
        return std::unexpected(ok.error());
    }
    return key;
}

Result<KeyChangePlan> KeyPlanner::planGenerate(const KeyGenerateRequest& request) const
{
    auto plan = startPlan(KeyChangePlan::Action::Generate, request.purpose);
    if (!plan) {
        return plan;
    }
    const KeyRecord* active = m_snapshot.inState(request.purpose, KeyState::Active);
    const KeyRecord* next = m_snapshot.inState(request.purpose, KeyState::Next);
    KeyState state = KeyState::Next;
    if (request.state) {
        state = *request.state;
        if (state != KeyState::Next && state != KeyState::Active) {
            return fail(QStringLiteral("keys.bad-request"),
                        QStringLiteral("a new key starts as next or active, not %1").arg(KeyStates::name(state)));
        }
    } else {
        state = active == nullptr ? KeyState::Active : KeyState::Next;
    }
    if (state == KeyState::Active && active != nullptr) {
        return fail(QStringLiteral("keys.active-exists"),
                    QStringLiteral("%1 is already the active key of '%2'; generate a next key and rotate to it (or "
                                   "run rotate, which does both)")
                        .arg(active->kid, request.purpose));
    }
    if (state == KeyState::Next && next != nullptr) {
        return fail(QStringLiteral("keys.next-exists"),
                    QStringLiteral("%1 is already the next key of '%2'; rotate to it or retire it first")
                        .arg(next->kid, request.purpose));
    }
    auto key = prepareNewKey(request);
    if (!key) {
        return std::unexpected(key.error());
    }
    if (m_snapshot.find(key->kid()) != nullptr) {
        return fail(QStringLiteral("keys.duplicate"),
                    QStringLiteral("a key with kid '%1' is already in the store").arg(key->kid()));
    }
    plan->newKeys.append({*key, state, QStringLiteral("generated")});
    if (state == KeyState::Active) {
        plan->warnings.append({key->kid(), false, 0,
                               QStringLiteral("the key signs at once, but relying parties have never seen it: those "
                                              "that cache the JWKS (up to %1) may fail to verify its tokens until "
                                              "they fetch it again")
                                   .arg(cacheTime(plan->policy))});
    }
    finishPlan(*plan);
    return plan;
}

Result<QList<Jwk>> KeyPlanner::readKeyFile(QByteArrayView contents, const KeyImportOptions& options)
{
    const bool encrypted =
        contents.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || contents.contains("Proc-Type: 4,ENCRYPTED");
    if (encrypted && options.filePassphrase.isEmpty()) {
        return fail(QStringLiteral("keys.file-passphrase"),
                    QStringLiteral("the PEM file is encrypted: give the passphrase it was encrypted with"));
    }
    auto set = jose::JwkSet::fromKeyFile(contents, options.filePassphrase);
    if (!set) {
        return std::unexpected(set.error());
    }
    if (set->isEmpty()) {
        return fail(QStringLiteral("keys.bad-request"), QStringLiteral("the file holds no key"));
    }
    if (options.state && *options.state != KeyState::Next && *options.state != KeyState::Active &&
        *options.state != KeyState::Retiring) {
        return fail(QStringLiteral("keys.bad-request"), QStringLiteral("an imported key starts as next, active or "
                                                                       "retiring"));
    }
    return set->keys();
}

namespace {

// A signing key from a file: use "sig" (or none), a JWS alg that fits it.
Result<void> prepareSigningImport(Jwk& key, const KeyImportOptions& options, const QString& which)
{
    if (key.isKeyAgreementOnly()) {
        return fail(QStringLiteral("keys.not-signing"),
                    which + QStringLiteral("an %1 key agrees on keys (ECDH-ES) and never signs: only signing keys "
                                           "belong in the key store")
                                .arg(key.curve()));
    }
    if (!key.use().isEmpty() && key.use() != QStringLiteral("sig")) {
        return fail(QStringLiteral("keys.not-signing"),
                    which + QStringLiteral("the key is marked use '%1': only signing keys (use 'sig') belong in "
                                           "the key store")
                                .arg(key.use()));
    }
    QString algName = key.alg().isEmpty() ? options.alg : key.alg();
    if (algName.isEmpty()) {
        algName = defaultAlg(key);
    }
    const auto alg = JwsAlgorithms::fromName(algName);
    if (!alg) {
        return fail(QStringLiteral("keys.bad-request"), which + QStringLiteral("unknown algorithm '%1'").arg(algName));
    }
    // The store decides what a key may do through its state; key_ops from elsewhere do not carry over.
    key.setKeyOps({});
    key.setUse(QStringLiteral("sig"));
    key.setAlg(algName);
    if (auto ok = key.checkUsable(*alg, Jwk::Operation::Verify); !ok) {
        return fail(ok.error().code, which + ok.error().message);
    }
    return {};
}

} // namespace

Result<QString> KeyPlanner::prepareImportedKey(Jwk& key, const KeyImportOptions& options, const QString& which,
                                               const ImportState& seen)
{
    // K-ENC-PURPOSE: the purpose decides whether the file must hold signing or encryption keys.
    auto prepared = EncryptionKeys::isEncryptionPurpose(options.purpose)
                        ? EncryptionKeys::prepareImported(key, options.alg, which)
                        : prepareSigningImport(key, options, which);
    if (!prepared) {
        return std::unexpected(prepared.error());
    }
    if (key.isSymmetric() && !key.isPrivate()) {
        return fail(QStringLiteral("keys.bad-request"), which + QStringLiteral("an HMAC key without its secret"));
    }
    QString thumb;
    if (!key.isSymmetric()) {
        auto t = key.thumbprintBase64Url();
        if (!t) {
            return std::unexpected(t.error());
        }
        thumb = *t;
    }
    if (key.kid().isEmpty()) {
        auto kid = key.isSymmetric() ? randomKid() : Result<QString>(thumb);
        if (!kid) {
            return std::unexpected(kid.error());
        }
        key.setKid(*kid);
    } else if (!validKid(key.kid())) {
        return fail(QStringLiteral("keys.bad-request"),
                    which + QStringLiteral("its kid is not 1 to 128 printable ASCII characters without spaces"));
    }
    if (seen.kids.contains(key.kid())) {
        return fail(QStringLiteral("keys.duplicate"),
                    which + QStringLiteral("a key with kid '%1' is already in the store").arg(key.kid()));
    }
    if (!thumb.isEmpty() && seen.thumbprints.contains(thumb)) {
        return fail(QStringLiteral("keys.duplicate"),
                    which + QStringLiteral("this key is already in the store (thumbprint %1)").arg(thumb));
    }
    return thumb;
}

Result<KeyState> KeyPlanner::importedState(const Jwk& key, const KeyImportOptions& options, const QString& which,
                                           ImportState& seen)
{
    KeyState state = KeyState::Retiring;
    if (options.state) {
        state = *options.state;
    } else if (key.isPrivate()) {
        state = !seen.hasActive ? KeyState::Active : !seen.hasNext ? KeyState::Next : KeyState::Retiring;
        if (state == KeyState::Retiring) {
            return fail(QStringLiteral("keys.next-exists"),
                        which + QStringLiteral("'%1' already has an active and a next key: say which state the "
                                               "imported key takes (retiring keeps old tokens valid)")
                                    .arg(options.purpose));
        }
    }
    if (auto ok = KeyLifecycle::checkInitial(state, key.isPrivate()); !ok) {
        return fail(ok.error().code, which + ok.error().message);
    }
    if (state == KeyState::Active) {
        if (seen.hasActive) {
            return fail(
                QStringLiteral("keys.active-exists"),
                which +
                    QStringLiteral("'%1' already has an active key; import as next and rotate").arg(options.purpose));
        }
        seen.hasActive = true;
    } else if (state == KeyState::Next) {
        if (seen.hasNext) {
            return fail(
                QStringLiteral("keys.next-exists"),
                which + QStringLiteral("'%1' already has a next key (at most one per purpose)").arg(options.purpose));
        }
        seen.hasNext = true;
    }
    return state;
}

Result<KeyChangePlan> KeyPlanner::planImport(QByteArrayView contents, const KeyImportOptions& options) const
{
    auto plan = startPlan(KeyChangePlan::Action::Import, options.purpose);
    if (!plan) {
        return plan;
    }
    auto keys = readKeyFile(contents, options);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    ImportState seen;
    for (const KeyRecord& r : std::as_const(plan->before)) {
        seen.hasActive = seen.hasActive || (r.purpose == options.purpose && r.state == KeyState::Active);
        seen.hasNext = seen.hasNext || (r.purpose == options.purpose && r.state == KeyState::Next);
        seen.kids << r.kid;
        if (!r.thumbprint.isEmpty()) {
            seen.thumbprints << r.thumbprint;
        }
    }
    int index = 0;
    for (Jwk key : std::as_const(*keys)) {
        ++index;
        const QString which = keys->size() > 1 ? QStringLiteral("key #%1: ").arg(index) : QString();
        auto thumb = prepareImportedKey(key, options, which, seen);
        if (!thumb) {
            return std::unexpected(thumb.error());
        }
        seen.kids << key.kid();
        if (!thumb->isEmpty()) {
            seen.thumbprints << *thumb;
        }
        auto state = importedState(key, options, which, seen);
        if (!state) {
            return std::unexpected(state.error());
        }
        plan->newKeys.append({key, *state, QStringLiteral("imported")});
        if (*state == KeyState::Retiring) {
            plan->warnings.append(
                {key.kid(), false, 0,
                 QStringLiteral("%1 will verify tokens only, and leave the JWKS after %2 (token lifetime + leeway)")
                     .arg(key.kid(), duration(plan->policy.graceMs()))});
        }
    }
    finishPlan(*plan);
    return plan;
}

KeyGenerateRequest KeyPlanner::rotationModel(const KeyChangePlan& plan, const KeyRotateOptions& options,
                                             const KeyRecord* active, const KeyRecord* next)
{
    KeyGenerateRequest like;
    like.purpose = options.purpose;
    const KeyRecord* model = active != nullptr ? active : next;
    if (model != nullptr) {
        like.kty = model->kty;
        like.alg = model->alg;
        like.curve = model->curve;
        like.bits = model->bits;
        return like;
    }
    if (EncryptionKeys::isEncryptionPurpose(options.purpose)) {
        const auto encAlg = jose::JweAlgorithms::fromName(plan.policy.alg);
        like.alg = encAlg ? plan.policy.alg : EncryptionKeys::defaultPolicyAlg();
        like.kty = EncryptionKeys::keyTypeFor(encAlg.value_or(jose::JweAlgorithm::EcdhEsA256KW));
        return like;
    }
    const auto alg = JwsAlgorithms::fromName(plan.policy.alg).value_or(JwsAlgorithm::ES256);
    like.alg = plan.policy.alg;
    switch (JwsAlgorithms::family(alg)) {
    case jose::JwsFamily::Hmac:
        like.kty = QStringLiteral("oct");
        break;
    case jose::JwsFamily::RsaPkcs1:
    case jose::JwsFamily::RsaPss:
        like.kty = QStringLiteral("RSA");
        break;
    case jose::JwsFamily::Ecdsa:
        like.kty = QStringLiteral("EC");
        break;
    case jose::JwsFamily::EdDsa:
        like.kty = QStringLiteral("OKP");
        break;
    }
    return like;
}

void KeyPlanner::warnAboutRotatedOut(KeyChangePlan& plan, const KeyRecord& active, bool revoked)
{
    const qint64 now = plan.plannedAtMs;
    if (revoked) {
        const qint64 until = now + plan.policy.graceMs();
        plan.warnings.append(
            {active.kid, true, until,
             QStringLiteral("%1 is revoked at once: every token it signed fails from now on, although some would be "
                            "valid until %2. Relying parties that cached the JWKS may trust it for up to %3 more")
                 .arg(active.kid, utc(until), cacheTime(plan.policy))});
        return;
    }
    const qint64 until = plan.policy.retireAfterMs(now, active.maxTokenLifetimeSecs);
    plan.warnings.append({active.kid, false, 0,
                          QStringLiteral("%1 stops signing and keeps verifying until %2, when every token it "
                                         "signed has expired")
                              .arg(active.kid, utc(until))});
}

Result<KeyChangePlan> KeyPlanner::planRotate(const KeyRotateOptions& options) const
{
    auto plan = startPlan(KeyChangePlan::Action::Rotate, options.purpose);
    if (!plan) {
        return plan;
    }
    const QString reason = options.reason.trimmed();
    if (options.revokeOld && reason.isEmpty()) {
        return fail(QStringLiteral("keys.reason-required"),
                    QStringLiteral("rotate & revoke needs the reason for revoking the old key"));
    }
    if (reason.size() > MaxReasonLength) {
        return fail(QStringLiteral("keys.bad-request"), QStringLiteral("the reason is longer than 500 characters"));
    }
    plan->reason = reason;
    const KeyRecord* active = m_snapshot.inState(options.purpose, KeyState::Active);
    const KeyRecord* next = m_snapshot.inState(options.purpose, KeyState::Next);
    if (options.revokeOld && active == nullptr) {
        return fail(QStringLiteral("keys.no-active"),
                    QStringLiteral("'%1' has no active key to revoke").arg(options.purpose));
    }
    const qint64 now = plan->plannedAtMs;
    if (active != nullptr) {
        plan->changes.append(
            {active->kid, KeyState::Active, options.revokeOld ? KeyState::Revoked : KeyState::Retiring});
    }
    const KeyGenerateRequest like = rotationModel(*plan, options, active, next);
    if (next != nullptr) {
        plan->changes.append({next->kid, KeyState::Next, KeyState::Active});
        const qint64 publishedFor = now - next->createdMs;
        if (publishedFor < qint64(plan->policy.jwksMaxAgeSecs) * 1000) {
            plan->warnings.append(
                {next->kid, false, 0,
                 QStringLiteral("%1 has been published for only %2; relying parties that cached the JWKS earlier (up "
                                "to %3) may not know it yet and refetch when they meet its kid")
                     .arg(next->kid, duration(publishedFor), cacheTime(plan->policy))});
        }
    } else {
        auto key = prepareNewKey(like);
        if (!key) {
            return std::unexpected(key.error());
        }
        plan->newKeys.append({*key, KeyState::Active, QStringLiteral("generated")});
        plan->warnings.append(
            {key->kid(), false, 0,
             QStringLiteral("there was no pre-published next key: the new key %1 signs at once, and relying parties "
                            "that cached the JWKS (up to %2) refetch it when they meet its kid")
                 .arg(key->kid(), cacheTime(plan->policy))});
    }
    if (options.preGenerateNext.value_or(plan->policy.preGenerateNext)) {
        // The following next key copies the key that signs from now on.
        const KeyGenerateRequest followingLike = next != nullptr ? rotationModel(*plan, options, next, nullptr) : like;
        auto following = prepareNewKey(followingLike);
        if (!following) {
            return std::unexpected(following.error());
        }
        plan->newKeys.append({*following, KeyState::Next, QStringLiteral("generated")});
    }
    if (active != nullptr) {
        warnAboutRotatedOut(*plan, *active, options.revokeOld);
    }
    finishPlan(*plan);
    return plan;
}

Result<KeyChangePlan> KeyPlanner::startKeyPlan(KeyChangePlan::Action action, const QString& kid, KeyState target,
                                               KeyRecord& key) const
{
    const KeyRecord* found = m_snapshot.find(kid);
    if (found == nullptr) {
        return fail(QStringLiteral("keys.not-found"), QStringLiteral("there is no key with kid '%1'").arg(kid));
    }
    key = *found;
    auto plan = startPlan(action, key.purpose);
    if (!plan) {
        return plan;
    }
    if (auto ok = KeyLifecycle::check(key.state, target); !ok) {
        return std::unexpected(ok.error());
    }
    return plan;
}

void KeyPlanner::finishKeyPlan(KeyChangePlan& plan, const KeyRecord& key, KeyState target)
{
    plan.changes.append({key.kid, key.state, target});
    finishPlan(plan);
}

Result<KeyChangePlan> KeyPlanner::planRetire(const QString& kid, bool force) const
{
    KeyRecord key;
    auto plan = startKeyPlan(KeyChangePlan::Action::Retire, kid, KeyState::Retired, key);
    if (!plan) {
        return plan;
    }
    const qint64 now = plan->plannedAtMs;
    if (key.state == KeyState::Retiring && now < key.retireAfterMs) {
        if (!force) {
            return fail(QStringLiteral("keys.tokens-still-valid"),
                        QStringLiteral("%1 still verifies tokens that stay valid until %2 (in %3); retiring it now "
                                       "makes them fail. Wait until then, or force it")
                            .arg(kid, utc(key.retireAfterMs), duration(key.retireAfterMs - now)));
        }
        plan->warnings.append({kid, true, key.retireAfterMs,
                               QStringLiteral("tokens signed by %1 stay valid until %2; they fail as soon as it is "
                                              "retired")
                                   .arg(kid, utc(key.retireAfterMs))});
    } else if (key.state == KeyState::Next) {
        plan->warnings.append(
            {kid, false, 0, QStringLiteral("%1 never signed: withdrawing it breaks no token").arg(kid)});
    }
    finishKeyPlan(*plan, key, KeyState::Retired);
    return plan;
}

Result<KeyChangePlan> KeyPlanner::planRevoke(const QString& kid, const QString& reason) const
{
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return fail(QStringLiteral("keys.reason-required"), QStringLiteral("revoking a key needs a reason"));
    }
    if (why.size() > MaxReasonLength) {
        return fail(QStringLiteral("keys.bad-request"), QStringLiteral("the reason is longer than 500 characters"));
    }
    KeyRecord key;
    auto plan = startKeyPlan(KeyChangePlan::Action::Revoke, kid, KeyState::Revoked, key);
    if (!plan) {
        return plan;
    }
    plan->reason = why;
    if (key.state == KeyState::Active) {
        return fail(QStringLiteral("keys.active-needs-replacement"),
                    QStringLiteral("%1 is the active signing key of '%2': revoking it alone would leave nothing to "
                                   "sign with. Rotate & revoke instead (keys rotate --revoke-old --reason ...)")
                        .arg(kid, key.purpose));
    }
    const qint64 now = plan->plannedAtMs;
    if (key.state == KeyState::Retiring && now < key.retireAfterMs) {
        plan->warnings.append({kid, true, key.retireAfterMs,
                               QStringLiteral("tokens signed by %1 would be valid until %2; they fail from now on. "
                                              "Relying parties that cached the JWKS may trust it for up to %3 more")
                                   .arg(kid, utc(key.retireAfterMs), cacheTime(plan->policy))});
    } else if (key.state == KeyState::Next) {
        plan->warnings.append({kid, false, 0, QStringLiteral("%1 never signed; it leaves the JWKS").arg(kid)});
    } else if (key.state == KeyState::Retired) {
        plan->warnings.append(
            {kid, false, 0, QStringLiteral("%1 is already unpublished; the revocation is recorded").arg(kid)});
    }
    finishKeyPlan(*plan, key, KeyState::Revoked);
    return plan;
}

} // namespace authscope
