#include "core/keys/KeyStore.h"

#include "core/keys/JwksPublisher.h"
#include "core/keys/KeyAudit.h"
#include "core/keys/KeyLifecycle.h"
#include "core/keys/KeyMaterial.h"
#include "core/keys/KeyPlanner.h"
#include "core/keys/KeyRepository.h"
#include "core/keys/KeyVault.h"
#include "core/storage/Database.h"

#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace authscope {

namespace {

QJsonObject newKeyDetails(const KeyChangePlan& plan, const KeyChangePlan::NewKey& k)
{
    return QJsonObject{{QStringLiteral("kty"), k.key.typeName()},
                       {QStringLiteral("alg"), k.key.alg()},
                       {QStringLiteral("state"), KeyStates::name(k.state)},
                       {QStringLiteral("purpose"), plan.purpose},
                       {QStringLiteral("use"), k.key.use()},
                       {QStringLiteral("private"), k.key.isPrivate()}};
}

// KeyStore::apply() of a plan that could be made; else the planning's error.
Result<QList<KeyRecord>> applyIfPlanned(KeyStore& store, const Result<KeyChangePlan>& plan)
{
    if (!plan) {
        return std::unexpected(plan.error());
    }
    return store.apply(*plan);
}

} // namespace

// The rows of a plan's new keys, sealed before the transaction starts (sealing needs no database).
struct KeyStore::NewRows
{
    QList<KeyRepository::NewKeyRow> rows;
};

KeyStore::KeyStore(Database& database, AuditLog& audit, KeyVault& vault, const Clock& clock, QObject* parent)
    : QObject(parent), m_db(database), m_audit(audit), m_vault(vault), m_clock(clock),
      m_repository(std::make_unique<KeyRepository>(database, clock)),
      m_material(std::make_unique<KeyMaterial>(*m_repository, vault))
{
    // Opened private keys live only as long as the vault is unlocked. Direct: whichever thread locks the vault,
    // the cache is empty before lock() returns.
    connect(
        &m_vault, &KeyVault::locked, this, [this] { m_material->clear(); }, Qt::DirectConnection);
}

KeyStore::~KeyStore() = default;

Result<QList<KeyRecord>> KeyStore::list() const
{
    return m_repository->keys();
}

Result<std::optional<KeyRecord>> KeyStore::find(const QString& kid) const
{
    return m_repository->byKid(kid);
}

Result<std::optional<KeyRecord>> KeyStore::activeKey(const QString& purpose) const
{
    return m_repository->inState(purpose, KeyState::Active);
}

Result<std::optional<KeyRecord>> KeyStore::nextKey(const QString& purpose) const
{
    return m_repository->inState(purpose, KeyState::Next);
}

Result<QStringList> KeyStore::purposes() const
{
    auto stored = m_repository->purposes();
    if (!stored) {
        return std::unexpected(stored.error());
    }
    QStringList out{DefaultPurpose};
    for (const QString& purpose : std::as_const(*stored)) {
        if (!out.contains(purpose)) {
            out << purpose;
        }
    }
    return out;
}

Result<RotationPolicy> KeyStore::policy(const QString& purpose) const
{
    return m_repository->policy(purpose);
}

Result<qint64> KeyStore::revision() const
{
    return m_repository->revision();
}

Result<qint64> KeyStore::nextRotationMs(const QString& purpose) const
{
    auto p = policy(purpose);
    if (!p) {
        return std::unexpected(p.error());
    }
    auto active = activeKey(purpose);
    if (!active) {
        return std::unexpected(active.error());
    }
    if (!p->isScheduled() || !active->has_value()) {
        return 0;
    }
    qint64 due = (*active)->activatedMs + p->rotationPeriodMs();
    auto next = nextKey(purpose);
    if (next && next->has_value()) {
        // A scheduled rotation waits until relying parties have had the time to cache the next key.
        due = std::max(due, (*next)->createdMs + qint64(p->jwksMaxAgeSecs) * 1000);
    }
    return due;
}

Result<jose::JwkSet> KeyStore::publishedKeys() const
{
    auto rows = list();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    return jose::JwkSet::fromJson(JwksPublisher::jwksOf(*rows, m_clock.nowMs()));
}

Result<jose::JwkSet> KeyStore::verificationKeys() const
{
    auto rows = list();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    // K-USE: the published encryption keys (use "enc") never verify a signature.
    QList<KeyRecord> signing;
    for (const KeyRecord& r : std::as_const(*rows)) {
        if (!r.isEncryption()) {
            signing.append(r);
        }
    }
    auto set = jose::JwkSet::fromJson(JwksPublisher::jwksOf(signing, m_clock.nowMs()));
    if (!set) {
        return set;
    }
    if (!m_vault.isUnlocked()) {
        return set;
    }
    for (const KeyRecord& r : std::as_const(*rows)) {
        // K-USE: an encryption secret (A*KW, dir) is never an HMAC key.
        if (r.isSymmetric() && !r.isEncryption() && (r.state == KeyState::Active || r.state == KeyState::Retiring)) {
            auto key = privateKey(r.kid);
            if (key) {
                set->add(*key);
            }
        }
    }
    return set;
}

Result<jose::JwkSet> KeyStore::decryptionKeys() const
{
    auto rows = list();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    const qint64 now = m_clock.nowMs();
    jose::JwkSet set;
    for (const KeyRecord& r : std::as_const(*rows)) {
        const KeyState state = r.effectiveState(now);
        if (!r.isEncryption() || !r.hasPrivate || !KeyStates::isPublished(state)) {
            continue;
        }
        auto key = privateKey(r.kid);
        if (!key) {
            return std::unexpected(key.error());
        }
        set.add(*key);
    }
    return set;
}

Result<jose::Jwk> KeyStore::encryptionKey(const QString& kid) const
{
    auto found = find(kid);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!found->has_value()) {
        return fail(QStringLiteral("keys.not-found"), QStringLiteral("there is no key with kid '%1'").arg(kid));
    }
    const KeyRecord& r = **found;
    if (!r.isEncryption()) {
        return fail(QStringLiteral("keys.not-encryption"),
                    QStringLiteral("%1 is a signing key; nothing is encrypted to it (K-USE)").arg(kid));
    }
    const KeyState state = r.effectiveState(m_clock.nowMs());
    if (state != KeyState::Active && state != KeyState::Next) {
        return fail(
            QStringLiteral("keys.not-usable"),
            QStringLiteral("%1 is %2: only a next or active key is encrypted to").arg(kid, KeyStates::name(state)));
    }
    if (r.isSymmetric()) {
        return privateKey(kid);
    }
    return jose::Jwk::fromJson(r.publicJwk);
}

namespace {

Result<KeyChangePlan> planOnSnapshot(const KeyRepository& repository,
                                     const std::function<Result<KeyChangePlan>(const KeyPlanner&)>& work)
{
    auto snapshot = repository.snapshot();
    if (!snapshot) {
        return std::unexpected(snapshot.error());
    }
    return work(KeyPlanner(*snapshot));
}

} // namespace

Result<KeyChangePlan> KeyStore::planGenerate(const GenerateRequest& request) const
{
    return planOnSnapshot(*m_repository, [&](const KeyPlanner& p) { return p.planGenerate(request); });
}

Result<KeyChangePlan> KeyStore::planImport(QByteArrayView contents, const ImportOptions& options) const
{
    return planOnSnapshot(*m_repository, [&](const KeyPlanner& p) { return p.planImport(contents, options); });
}

Result<KeyChangePlan> KeyStore::planRotate(const RotateOptions& options) const
{
    return planOnSnapshot(*m_repository, [&](const KeyPlanner& p) { return p.planRotate(options); });
}

Result<KeyChangePlan> KeyStore::planRetire(const QString& kid, bool force) const
{
    return planOnSnapshot(*m_repository, [&](const KeyPlanner& p) { return p.planRetire(kid, force); });
}

Result<KeyChangePlan> KeyStore::planRevoke(const QString& kid, const QString& reason) const
{
    return planOnSnapshot(*m_repository, [&](const KeyPlanner& p) { return p.planRevoke(kid, reason); });
}

Result<KeyStore::NewRows> KeyStore::sealNewKeys(const KeyChangePlan& plan) const
{
    NewRows out;
    for (const KeyChangePlan::NewKey& k : plan.newKeys) {
        const jose::Jwk& key = k.key;
        KeyRepository::NewKeyRow row;
        row.kid = key.kid();
        row.purpose = plan.purpose;
        row.kty = key.typeName();
        row.curve = key.curve();
        row.bits = key.bits();
        row.alg = key.alg();
        row.use = key.use();
        row.state = k.state;
        row.origin = k.origin;
        auto sealed = m_material->seal(key);
        if (!sealed) {
            return std::unexpected(sealed.error());
        }
        row.sealedPrivate = *sealed;
        const QJsonObject pub = JwksPublisher::publicJwk(key);
        if (!pub.isEmpty()) {
            row.publicJwk = QString::fromUtf8(QJsonDocument(pub).toJson(QJsonDocument::Compact));
        }
        if (!key.isSymmetric()) {
            auto t = key.thumbprintBase64Url();
            if (!t) {
                return std::unexpected(t.error());
            }
            row.thumbprint = *t;
        }
        out.rows.append(row);
    }
    return out;
}

Result<QStringList> KeyStore::retireDue(QSqlDatabase& transaction, qint64 nowMs)
{
    auto due = m_repository->retireDue(transaction, nowMs);
    if (!due) {
        return due;
    }
    for (const QString& kid : std::as_const(*due)) {
        if (auto ok = KeyAudit::record(m_audit, transaction, QStringLiteral("key.retire"), kid,
                                       QJsonObject{{QStringLiteral("automatic"), true},
                                                   {QStringLiteral("reason"), QStringLiteral("retire-after reached")}});
            !ok) {
            return std::unexpected(ok.error());
        }
    }
    return due;
}

Result<void> KeyStore::writeChange(QSqlDatabase& transaction, const KeyChangePlan::Change& change,
                                   const RotationPolicy& policy, const QString& reason, qint64 nowMs)
{
    auto stored = m_repository->storedState(transaction, change.kid);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (!stored->has_value()) {
        return fail(QStringLiteral("keys.changed"),
                    QStringLiteral("key %1 is no longer in the store; look again").arg(change.kid));
    }
    const auto state = KeyStates::fromName((*stored)->name);
    if (!state || *state != change.from) {
        return fail(QStringLiteral("keys.changed"),
                    QStringLiteral("key %1 is %2 now, not %3 as when this was planned: the keys changed "
                                   "meanwhile; look again")
                        .arg(change.kid, (*stored)->name, KeyStates::name(change.from)));
    }
    if (auto ok = KeyLifecycle::check(change.from, change.to); !ok) {
        return ok;
    }
    switch (change.to) {
    case KeyState::Active:
        return m_repository->activate(transaction, change.kid, nowMs, policy.tokenLifetimeSecs);
    case KeyState::Retiring:
        return m_repository->startRetiring(transaction, change.kid, nowMs,
                                           policy.retireAfterMs(nowMs, (*stored)->maxTokenLifetimeSecs));
    case KeyState::Retired:
        return m_repository->retire(transaction, change.kid, nowMs);
    case KeyState::Revoked:
        return m_repository->revoke(transaction, change.kid, nowMs, reason);
    case KeyState::Next:
        break;
    }
    return fail(QStringLiteral("keys.illegal-transition"), QStringLiteral("no key goes back to next"));
}

Result<void> KeyStore::writePlan(QSqlDatabase& transaction, const KeyChangePlan& plan, NewRows& rows, qint64 nowMs)
{
    // The policy as it is now, not as it was when the plan was made.
    auto policy = m_repository->policy(transaction, plan.purpose);
    if (!policy) {
        return std::unexpected(policy.error());
    }
    for (const KeyChangePlan::Change& c : plan.changes) {
        if (auto ok = writeChange(transaction, c, *policy, plan.reason, nowMs); !ok) {
            return ok;
        }
    }
    for (KeyRepository::NewKeyRow& row : rows.rows) {
        const bool active = row.state == KeyState::Active;
        row.createdMs = nowMs;
        row.activatedMs = active ? nowMs : 0;
        row.retireAfterMs = row.state == KeyState::Retiring ? nowMs + policy->graceMs() : 0;
        row.maxTokenLifetimeSecs = active ? policy->tokenLifetimeSecs : 0;
        if (auto ok = m_repository->insert(transaction, row); !ok) {
            return ok;
        }
    }
    if (auto ok = auditPlan(transaction, plan); !ok) {
        return ok;
    }
    return m_repository->bumpRevision(transaction);
}

Result<void> KeyStore::auditPlan(QSqlDatabase& transaction, const KeyChangePlan& plan)
{
    auto record = [&](const QString& action, const QString& target, const QJsonObject& details) {
        return KeyAudit::record(m_audit, transaction, action, target, details);
    };
    for (const KeyChangePlan::NewKey& k : plan.newKeys) {
        const QString action =
            k.origin == QStringLiteral("imported") ? QStringLiteral("key.import") : QStringLiteral("key.generate");
        if (auto ok = record(action, k.key.kid(), newKeyDetails(plan, k)); !ok) {
            return ok;
        }
    }
    if (plan.action == KeyChangePlan::Action::Rotate) {
        const QJsonObject details{{QStringLiteral("purpose"), plan.purpose},
                                  {QStringLiteral("from"), plan.oldActiveKid()},
                                  {QStringLiteral("to"), plan.newActiveKid()},
                                  {QStringLiteral("revoke_old"), !plan.reason.isEmpty()}};
        if (auto ok = record(QStringLiteral("key.rotate"), plan.newActiveKid(), details); !ok) {
            return ok;
        }
    }
    if (plan.action == KeyChangePlan::Action::Retire) {
        for (const KeyChangePlan::Change& c : plan.changes) {
            if (auto ok = record(QStringLiteral("key.retire"), c.kid,
                                 QJsonObject{{QStringLiteral("from"), KeyStates::name(c.from)},
                                             {QStringLiteral("forced"), plan.breaksValidTokens()}});
                !ok) {
                return ok;
            }
        }
    }
    for (const KeyChangePlan::Change& c : plan.changes) {
        if (c.to != KeyState::Revoked) {
            continue;
        }
        if (auto ok = record(QStringLiteral("key.revoke"), c.kid,
                             QJsonObject{{QStringLiteral("from"), KeyStates::name(c.from)},
                                         {QStringLiteral("reason"), plan.reason}});
            !ok) {
            return ok;
        }
    }
    return {};
}

Result<QList<KeyRecord>> KeyStore::apply(const KeyChangePlan& plan)
{
    if (plan.needsVault() && !m_vault.isUnlocked()) {
        return fail(QStringLiteral("keys.locked"),
                    QStringLiteral("the key store is locked: unlock it with the administrator passphrase to %1 keys")
                        .arg(KeyChangePlan::actionName(plan.action)));
    }
    auto rows = sealNewKeys(plan);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    const qint64 now = m_clock.nowMs();
    QStringList unusable;
    auto done = m_db.writeTransaction([&](QSqlDatabase& transaction) -> Result<void> {
        auto due = retireDue(transaction, now);
        if (!due) {
            return std::unexpected(due.error());
        }
        unusable = *due;
        return writePlan(transaction, plan, *rows, now);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    for (const KeyChangePlan::Change& c : plan.changes) {
        if (c.to == KeyState::Revoked || c.to == KeyState::Retired) {
            unusable << c.kid;
        }
    }
    m_material->forget(unusable);
    Q_EMIT keysChanged();
    if (plan.action == KeyChangePlan::Action::Rotate) {
        Q_EMIT keyRotated(plan.oldActiveKid(), plan.newActiveKid());
    }
    return list();
}

Result<KeyRecord> KeyStore::generate(const GenerateRequest& request)
{
    auto plan = planGenerate(request);
    if (auto after = applyIfPlanned(*this, plan); !after) {
        return std::unexpected(after.error());
    }
    auto found = find(plan->newKeys.constFirst().key.kid());
    if (!found || !found->has_value()) {
        return fail(QStringLiteral("keys.changed"), QStringLiteral("the new key vanished"));
    }
    return **found;
}

Result<QList<KeyRecord>> KeyStore::importKeys(QByteArrayView contents, const ImportOptions& options)
{
    auto plan = planImport(contents, options);
    auto after = applyIfPlanned(*this, plan);
    if (!after) {
        return std::unexpected(after.error());
    }
    QList<KeyRecord> imported;
    for (const KeyChangePlan::NewKey& k : std::as_const(plan->newKeys)) {
        for (const KeyRecord& r : std::as_const(*after)) {
            if (r.kid == k.key.kid()) {
                imported << r;
            }
        }
    }
    return imported;
}

Result<KeyChangePlan> KeyStore::rotate(const RotateOptions& options)
{
    auto plan = planRotate(options);
    if (auto done = applyIfPlanned(*this, plan); !done) {
        return std::unexpected(done.error());
    }
    return plan;
}

Result<void> KeyStore::retire(const QString& kid, bool force)
{
    if (auto done = applyIfPlanned(*this, planRetire(kid, force)); !done) {
        return std::unexpected(done.error());
    }
    return {};
}

Result<void> KeyStore::revoke(const QString& kid, const QString& reason)
{
    if (auto done = applyIfPlanned(*this, planRevoke(kid, reason)); !done) {
        return std::unexpected(done.error());
    }
    return {};
}

Result<void> KeyStore::setPolicy(const RotationPolicy& policy)
{
    if (auto ok = policy.validate(); !ok) {
        return ok;
    }
    bool changed = false;
    const qint64 now = m_clock.nowMs();
    auto done = m_db.writeTransaction([&](QSqlDatabase& transaction) -> Result<void> {
        auto old = m_repository->policy(transaction, policy.purpose);
        if (!old) {
            return std::unexpected(old.error());
        }
        auto stored = m_repository->hasStoredPolicy(transaction, policy.purpose);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        changed = !*stored || !(*old == policy);
        if (!changed) {
            return {};
        }
        if (auto ok = m_repository->savePolicy(transaction, policy, now); !ok) {
            return ok;
        }
        // Tokens already signed keep their lifetime: the active key remembers the longest one in force.
        if (auto ok = m_repository->raiseActiveLifetime(transaction, policy.purpose, policy.tokenLifetimeSecs, now);
            !ok) {
            return ok;
        }
        if (auto ok = KeyAudit::record(
                m_audit, transaction, QStringLiteral("key.policy"), policy.purpose,
                QJsonObject{{QStringLiteral("old"), old->toJson()}, {QStringLiteral("new"), policy.toJson()}});
            !ok) {
            return ok;
        }
        return m_repository->bumpRevision(transaction);
    });
    if (!done) {
        return done;
    }
    if (changed) {
        Q_EMIT policyChanged(policy.purpose);
        Q_EMIT keysChanged();
    }
    return {};
}

Result<QStringList> KeyStore::recordDueRetirements()
{
    const qint64 now = m_clock.nowMs();
    QStringList retired;
    auto done = m_db.writeTransaction([&](QSqlDatabase& transaction) -> Result<void> {
        auto due = retireDue(transaction, now);
        if (!due) {
            return std::unexpected(due.error());
        }
        retired = *due;
        return retired.isEmpty() ? Result<void>() : m_repository->bumpRevision(transaction);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    m_material->forget(retired);
    return retired;
}

Result<jose::Jwk> KeyStore::privateKey(const QString& kid) const
{
    return m_material->privateKey(kid);
}

Result<jose::Jwk> KeyStore::signingKey(const QString& purpose) const
{
    return m_material->signingKey(purpose);
}

Result<QByteArray> KeyStore::signJwt(const QJsonObject& claims, const QString& purpose, const QString& typ) const
{
    return m_material->signJwt(claims, purpose, typ);
}

Result<QByteArray> KeyStore::exportPublic(const QString& kid, ExportFormat format) const
{
    return m_material->exportPublic(kid, format);
}

Result<QByteArray> KeyStore::exportPrivate(const QString& kid, ExportFormat format, QByteArrayView pemPassphrase)
{
    auto out = m_material->exportPrivate(kid, format, pemPassphrase);
    if (!out) {
        return out;
    }
    const QString formatName =
        format == ExportFormat::Jwk ? QStringLiteral("jwk") : QStringLiteral("pem (encrypted PKCS#8)");
    if (auto ok =
            KeyAudit::record(m_audit, QStringLiteral("key.export"), kid,
                             QJsonObject{{QStringLiteral("private"), true}, {QStringLiteral("format"), formatName}});
        !ok) {
        out->fill('\0');
        return std::unexpected(ok.error());
    }
    return out;
}

Result<QByteArray> KeyStore::jwksJson() const
{
    auto rows = list();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    return QJsonDocument(JwksPublisher::jwksOf(*rows, m_clock.nowMs())).toJson(QJsonDocument::Indented);
}

} // namespace authscope
