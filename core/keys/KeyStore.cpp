#include "core/keys/KeyStore.h"

#include "core/audit/AuditLog.h"
#include "core/crypto/Random.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jws.h"
#include "core/keys/KeyLifecycle.h"
#include "core/keys/KeyVault.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace authscope {

namespace {

using jose::Jwk;
using jose::JwsAlgorithm;
using jose::JwsAlgorithms;
using jose::KeyType;

constexpr int MaxReasonLength = 500;

const QString kRevisionKey = QStringLiteral("keys.revision");

const QString kSelectColumns =
    QStringLiteral("SELECT id, kid, purpose, kty, crv, bits, alg, key_use, state, origin, thumbprint, public_jwk, "
                   "sealed_private IS NOT NULL, created_ms, activated_ms, rotated_out_ms, retire_after_ms, "
                   "retired_ms, revoked_ms, revoke_reason, max_token_lifetime_s FROM signing_keys");

const QString kOrderBy = QStringLiteral(" ORDER BY purpose, CASE state WHEN 'active' THEN 0 WHEN 'next' THEN 1 WHEN "
                                        "'retiring' THEN 2 WHEN 'retired' THEN 3 ELSE 4 END, created_ms DESC, id DESC");

// RFC 7517 §4 private members (and RSA's multi-prime list): never in anything we publish (rule 13).
const QStringList kPrivateMembers{QStringLiteral("d"),  QStringLiteral("p"),  QStringLiteral("q"),
                                  QStringLiteral("dp"), QStringLiteral("dq"), QStringLiteral("qi"),
                                  QStringLiteral("k"),  QStringLiteral("oth")};

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString duration(qint64 ms)
{
    qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60) {
        return QStringLiteral("%1 s").arg(s);
    }
    const qint64 d = s / 86400;
    const qint64 h = (s % 86400) / 3600;
    const qint64 m = (s % 3600) / 60;
    if (d > 0) {
        return h > 0 ? QStringLiteral("%1 d %2 h").arg(d).arg(h) : QStringLiteral("%1 d").arg(d);
    }
    if (h > 0) {
        return m > 0 ? QStringLiteral("%1 h %2 min").arg(h).arg(m) : QStringLiteral("%1 h").arg(h);
    }
    return QStringLiteral("%1 min").arg(m);
}

QByteArray sealAad(const QString& kid)
{
    return QByteArrayLiteral("authscope/signing-key/v1;") + kid.toUtf8();
}

bool validKid(const QString& kid)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\x21-\\x7e]{1,128}$"));
    return pattern.match(kid).hasMatch();
}

Result<void> checkPurpose(const QString& purpose)
{
    RotationPolicy p;
    p.purpose = purpose;
    return p.validate();
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

// The public JWK as published: public members with kid, alg and use; nothing private even if asked wrongly.
QJsonObject publicJson(const Jwk& key)
{
    if (key.isSymmetric()) {
        return {};
    }
    auto pub = key.publicKey();
    if (!pub) {
        return {};
    }
    QJsonObject o = pub->toJson(false);
    for (const QString& name : kPrivateMembers) {
        o.remove(name);
    }
    return o;
}

QJsonObject jwksOf(const QList<KeyRecord>& records, qint64 nowMs)
{
    QList<const KeyRecord*> published;
    for (const KeyRecord& r : records) {
        if (r.isPublished(nowMs) && !r.publicJwk.isEmpty()) {
            published.append(&r);
        }
    }
    // Active first (clients that ignore kid take the first key), then next, then retiring; newest first.
    auto rank = [nowMs](const KeyRecord* r) {
        switch (r->effectiveState(nowMs)) {
        case KeyState::Active:
            return 0;
        case KeyState::Next:
            return 1;
        default:
            return 2;
        }
    };
    std::stable_sort(published.begin(), published.end(), [&](const KeyRecord* a, const KeyRecord* b) {
        if (rank(a) != rank(b)) {
            return rank(a) < rank(b);
        }
        if (a->purpose != b->purpose) {
            return a->purpose < b->purpose;
        }
        return a->createdMs > b->createdMs;
    });
    QJsonArray keys;
    for (const KeyRecord* r : std::as_const(published)) {
        QJsonObject o = r->publicJwk;
        if (o.value(QLatin1StringView("kty")).toString() == QStringLiteral("oct")) {
            continue;
        }
        for (const QString& name : kPrivateMembers) {
            o.remove(name);
        }
        keys.append(o);
    }
    return QJsonObject{{QStringLiteral("keys"), keys}};
}

QStringList publishedKids(const QJsonObject& jwks)
{
    QStringList kids;
    for (const QJsonValue& v : jwks.value(QLatin1StringView("keys")).toArray()) {
        kids << v.toObject().value(QLatin1StringView("kid")).toString();
    }
    return kids;
}

Error mapConstraint(const Error& e)
{
    if (e.message.contains(QStringLiteral("signing_keys_one_active")) ||
        e.message.contains(QStringLiteral("signing_keys.purpose"))) {
        return Error{QStringLiteral("keys.changed"),
                     QStringLiteral("another key became active or next for this purpose meanwhile; look again")};
    }
    if (e.message.contains(QStringLiteral("signing_keys.kid"))) {
        return Error{QStringLiteral("keys.duplicate"), QStringLiteral("a key with this kid is already in the store")};
    }
    if (e.message.contains(QStringLiteral("signing_keys.thumbprint"))) {
        return Error{QStringLiteral("keys.duplicate"), QStringLiteral("this key is already in the store")};
    }
    return e;
}

KeyRecord recordFor(const Jwk& key, KeyState state, const QString& origin, const QString& purpose, qint64 nowMs)
{
    KeyRecord r;
    r.kid = key.kid();
    r.purpose = purpose;
    r.kty = key.typeName();
    r.curve = key.curve();
    r.bits = key.bits();
    r.alg = key.alg();
    r.use = key.use();
    r.state = state;
    r.origin = origin;
    if (!key.isSymmetric()) {
        auto thumb = key.thumbprintBase64Url();
        r.thumbprint = thumb ? *thumb : QString();
    }
    r.publicJwk = publicJson(key);
    r.hasPrivate = key.isPrivate();
    r.createdMs = nowMs;
    return r;
}

// Applies one state change to a record the way apply() writes it.
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

KeyStore::KeyStore(Database& database, AuditLog& audit, KeyVault& vault, const Clock& clock, QObject* parent)
    : QObject(parent), m_db(database), m_audit(audit), m_vault(vault), m_clock(clock)
{
    // Opened private keys live only as long as the vault is unlocked.
    connect(&m_vault, &KeyVault::locked, this, [this] {
        const QMutexLocker lock(&m_cacheMutex);
        m_openedKeys.clear();
    });
}

KeyStore::~KeyStore() = default;

Result<QList<KeyRecord>> KeyStore::readKeys(QSqlDatabase& db, const QString& where, const QVariantList& bindings) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql = kSelectColumns;
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where;
    }
    sql += kOrderBy;
    if (auto ok = execSql(q, sql, bindings); !ok) {
        return std::unexpected(ok.error());
    }
    const qint64 now = m_clock.nowMs();
    QList<KeyRecord> out;
    while (q.next()) {
        KeyRecord r;
        r.id = q.value(0).toLongLong();
        r.kid = q.value(1).toString();
        r.purpose = q.value(2).toString();
        r.kty = q.value(3).toString();
        r.curve = q.value(4).toString();
        r.bits = q.value(5).toInt();
        r.alg = q.value(6).toString();
        r.use = q.value(7).toString();
        const auto state = KeyStates::fromName(q.value(8).toString());
        if (!state) {
            return fail(QStringLiteral("keys.corrupt"),
                        QStringLiteral("key %1 has an unknown state '%2'").arg(r.kid, q.value(8).toString()));
        }
        r.state = *state;
        r.origin = q.value(9).toString();
        r.thumbprint = q.value(10).toString();
        const QByteArray pub = q.value(11).toString().toUtf8();
        r.publicJwk = pub.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(pub).object();
        r.hasPrivate = q.value(12).toBool();
        r.createdMs = q.value(13).toLongLong();
        r.activatedMs = q.value(14).toLongLong();
        r.rotatedOutMs = q.value(15).toLongLong();
        r.retireAfterMs = q.value(16).toLongLong();
        r.retiredMs = q.value(17).toLongLong();
        r.revokedMs = q.value(18).toLongLong();
        r.revokeReason = q.value(19).toString();
        r.maxTokenLifetimeSecs = q.value(20).toLongLong();
        // Report what holds now, even if the maintenance has not recorded it yet.
        if (r.effectiveState(now) != r.state) {
            r.state = KeyState::Retired;
            r.retiredMs = r.retireAfterMs;
        }
        out.append(r);
    }
    return out;
}

Result<QList<KeyRecord>> KeyStore::list() const
{
    QSqlDatabase db = m_db.connection();
    return readKeys(db);
}

Result<std::optional<KeyRecord>> KeyStore::readOne(const QString& where, const QVariantList& bindings) const
{
    QSqlDatabase db = m_db.connection();
    auto rows = readKeys(db, where, bindings);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    return rows->isEmpty() ? std::optional<KeyRecord>() : std::optional<KeyRecord>(rows->constFirst());
}

Result<std::optional<KeyRecord>> KeyStore::find(const QString& kid) const
{
    return readOne(QStringLiteral("kid = ?"), {kid});
}

Result<std::optional<KeyRecord>> KeyStore::activeKey(const QString& purpose) const
{
    return readOne(QStringLiteral("purpose = ? AND state = 'active'"), {purpose});
}

Result<std::optional<KeyRecord>> KeyStore::nextKey(const QString& purpose) const
{
    return readOne(QStringLiteral("purpose = ? AND state = 'next'"), {purpose});
}

Result<QStringList> KeyStore::purposes() const
{
    QSqlQuery q(m_db.connection());
    if (auto ok = execSql(q, QStringLiteral("SELECT purpose FROM signing_keys UNION SELECT purpose FROM key_policy "
                                            "ORDER BY 1"));
        !ok) {
        return std::unexpected(ok.error());
    }
    QStringList out{DefaultPurpose};
    while (q.next()) {
        if (!out.contains(q.value(0).toString())) {
            out << q.value(0).toString();
        }
    }
    return out;
}

Result<RotationPolicy> KeyStore::readPolicy(QSqlDatabase& db, const QString& purpose) const
{
    QSqlQuery q(db);
    if (auto ok = execSql(q,
                          QStringLiteral("SELECT rotate_every_days, pre_generate_next, token_lifetime_s, leeway_s, "
                                         "jwks_max_age_s, alg FROM key_policy WHERE purpose = ?"),
                          {purpose});
        !ok) {
        return std::unexpected(ok.error());
    }
    RotationPolicy p;
    p.purpose = purpose;
    if (q.next()) {
        p.rotateEveryDays = q.value(0).toInt();
        p.preGenerateNext = q.value(1).toBool();
        p.tokenLifetimeSecs = q.value(2).toLongLong();
        p.leewaySecs = q.value(3).toInt();
        p.jwksMaxAgeSecs = q.value(4).toInt();
        p.alg = q.value(5).toString();
    }
    return p;
}

Result<RotationPolicy> KeyStore::policy(const QString& purpose) const
{
    QSqlDatabase db = m_db.connection();
    return readPolicy(db, purpose);
}

Result<qint64> KeyStore::revision() const
{
    auto value = m_db.metaValue(kRevisionKey);
    if (!value) {
        return std::unexpected(value.error());
    }
    return value->toLongLong();
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
    const QJsonObject jwks = jwksOf(*rows, m_clock.nowMs());
    return jose::JwkSet::fromJson(jwks);
}

Result<jose::JwkSet> KeyStore::verificationKeys() const
{
    auto set = publishedKeys();
    if (!set) {
        return set;
    }
    if (!m_vault.isUnlocked()) {
        return set;
    }
    auto rows = list();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    for (const KeyRecord& r : std::as_const(*rows)) {
        if (r.isSymmetric() && (r.state == KeyState::Active || r.state == KeyState::Retiring)) {
            auto key = privateKey(r.kid);
            if (key) {
                set->add(*key);
            }
        }
    }
    return set;
}

Result<KeyChangePlan> KeyStore::startPlan(KeyChangePlan::Action action, const QString& purpose) const
{
    if (auto ok = checkPurpose(purpose); !ok) {
        return std::unexpected(ok.error());
    }
    KeyChangePlan plan;
    plan.action = action;
    plan.purpose = purpose;
    plan.plannedAtMs = m_clock.nowMs();
    QSqlDatabase db = m_db.connection();
    auto rows = readKeys(db);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    auto p = readPolicy(db, purpose);
    if (!p) {
        return std::unexpected(p.error());
    }
    plan.policy = *p;
    plan.before = *rows;
    plan.jwksBefore = jwksOf(plan.before, plan.plannedAtMs);
    return plan;
}

void KeyStore::finishPlan(KeyChangePlan& plan) const
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
        KeyRecord r = recordFor(k.key, KeyState::Next, k.origin, plan.purpose, now);
        if (k.state == KeyState::Active) {
            project(r, KeyState::Active, now, plan.policy, {});
        } else if (k.state == KeyState::Retiring) {
            r.state = KeyState::Retiring;
            r.retireAfterMs = now + plan.policy.graceMs();
        }
        plan.after.prepend(r);
    }
    plan.jwksAfter = jwksOf(plan.after, now);
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

Result<Jwk> KeyStore::prepareNewKey(const GenerateRequest& request) const
{
    const auto type = Jwk::typeFromName(request.kty);
    if (!type) {
        return fail(QStringLiteral("keys.bad-request"),
                    QStringLiteral("unknown key type '%1' (RSA, EC, OKP or oct)").arg(request.kty));
    }
    if (!request.kid.isEmpty() && !validKid(request.kid)) {
        return fail(QStringLiteral("keys.bad-request"),
                    QStringLiteral("a kid is 1 to 128 printable ASCII characters without spaces"));
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

Result<KeyChangePlan> KeyStore::planGenerate(const GenerateRequest& request) const
{
    auto plan = startPlan(KeyChangePlan::Action::Generate, request.purpose);
    if (!plan) {
        return plan;
    }
    const KeyRecord* active = nullptr;
    const KeyRecord* next = nullptr;
    for (const KeyRecord& r : std::as_const(plan->before)) {
        if (r.purpose == request.purpose && r.state == KeyState::Active) {
            active = &r;
        } else if (r.purpose == request.purpose && r.state == KeyState::Next) {
            next = &r;
        }
    }
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
    for (const KeyRecord& r : std::as_const(plan->before)) {
        if (r.kid == key->kid()) {
            return fail(QStringLiteral("keys.duplicate"),
                        QStringLiteral("a key with kid '%1' is already in the store").arg(r.kid));
        }
    }
    plan->newKeys.append({*key, state, QStringLiteral("generated")});
    if (state == KeyState::Active) {
        plan->warnings.append({key->kid(), false, 0,
                               QStringLiteral("the key signs at once, but relying parties have never seen it: those "
                                              "that cache the JWKS (up to %1) may fail to verify its tokens until "
                                              "they fetch it again")
                                   .arg(duration(qint64(plan->policy.jwksMaxAgeSecs) * 1000))});
    }
    finishPlan(*plan);
    return plan;
}

Result<KeyChangePlan> KeyStore::planImport(QByteArrayView contents, const ImportOptions& options) const
{
    auto plan = startPlan(KeyChangePlan::Action::Import, options.purpose);
    if (!plan) {
        return plan;
    }
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
    bool hasActive = false;
    bool hasNext = false;
    QStringList kids;
    QStringList thumbprints;
    for (const KeyRecord& r : std::as_const(plan->before)) {
        hasActive = hasActive || (r.purpose == options.purpose && r.state == KeyState::Active);
        hasNext = hasNext || (r.purpose == options.purpose && r.state == KeyState::Next);
        kids << r.kid;
        if (!r.thumbprint.isEmpty()) {
            thumbprints << r.thumbprint;
        }
    }
    int index = 0;
    for (Jwk key : set->keys()) {
        ++index;
        const QString which = set->size() > 1 ? QStringLiteral("key #%1: ").arg(index) : QString();
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
            return fail(QStringLiteral("keys.bad-request"),
                        which + QStringLiteral("unknown algorithm '%1'").arg(algName));
        }
        // The store decides what a key may do through its state; key_ops from elsewhere do not carry over.
        key.setKeyOps({});
        key.setUse(QStringLiteral("sig"));
        key.setAlg(algName);
        if (auto ok = key.checkUsable(*alg, Jwk::Operation::Verify); !ok) {
            return fail(ok.error().code, which + ok.error().message);
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
            if (key.isSymmetric()) {
                auto kid = randomKid();
                if (!kid) {
                    return std::unexpected(kid.error());
                }
                key.setKid(*kid);
            } else {
                key.setKid(thumb);
            }
        } else if (!validKid(key.kid())) {
            return fail(QStringLiteral("keys.bad-request"),
                        which + QStringLiteral("its kid is not 1 to 128 printable ASCII characters without spaces"));
        }
        if (kids.contains(key.kid())) {
            return fail(QStringLiteral("keys.duplicate"),
                        which + QStringLiteral("a key with kid '%1' is already in the store").arg(key.kid()));
        }
        if (!thumb.isEmpty() && thumbprints.contains(thumb)) {
            return fail(QStringLiteral("keys.duplicate"),
                        which + QStringLiteral("this key is already in the store (thumbprint %1)").arg(thumb));
        }
        kids << key.kid();
        if (!thumb.isEmpty()) {
            thumbprints << thumb;
        }
        KeyState state = KeyState::Retiring;
        if (options.state) {
            state = *options.state;
        } else if (key.isPrivate()) {
            state = !hasActive ? KeyState::Active : !hasNext ? KeyState::Next : KeyState::Retiring;
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
            if (hasActive) {
                return fail(QStringLiteral("keys.active-exists"),
                            which + QStringLiteral("'%1' already has an active key; import as next and rotate")
                                        .arg(options.purpose));
            }
            hasActive = true;
        } else if (state == KeyState::Next) {
            if (hasNext) {
                return fail(
                    QStringLiteral("keys.next-exists"),
                    which +
                        QStringLiteral("'%1' already has a next key (at most one per purpose)").arg(options.purpose));
            }
            hasNext = true;
        }
        plan->newKeys.append({key, state, QStringLiteral("imported")});
        if (state == KeyState::Retiring) {
            plan->warnings.append(
                {key.kid(), false, 0,
                 QStringLiteral("%1 will verify tokens only, and leave the JWKS after %2 (token lifetime + leeway)")
                     .arg(key.kid(), duration(plan->policy.graceMs()))});
        }
    }
    finishPlan(*plan);
    return plan;
}

Result<KeyChangePlan> KeyStore::planRotate(const RotateOptions& options) const
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
    std::optional<KeyRecord> active;
    std::optional<KeyRecord> next;
    for (const KeyRecord& r : std::as_const(plan->before)) {
        if (r.purpose == options.purpose && r.state == KeyState::Active) {
            active = r;
        } else if (r.purpose == options.purpose && r.state == KeyState::Next) {
            next = r;
        }
    }
    if (options.revokeOld && !active) {
        return fail(QStringLiteral("keys.no-active"),
                    QStringLiteral("'%1' has no active key to revoke").arg(options.purpose));
    }
    const qint64 now = plan->plannedAtMs;
    if (active) {
        plan->changes.append(
            {active->kid, KeyState::Active, options.revokeOld ? KeyState::Revoked : KeyState::Retiring});
    }
    // The new signing key copies the type of the one it replaces (or follows the policy's algorithm).
    GenerateRequest like;
    like.purpose = options.purpose;
    const KeyRecord* model = active ? &*active : next ? &*next : nullptr;
    if (model != nullptr) {
        like.kty = model->kty;
        like.alg = model->alg;
        like.curve = model->curve;
        like.bits = model->bits;
    } else {
        const auto alg = JwsAlgorithms::fromName(plan->policy.alg).value_or(JwsAlgorithm::ES256);
        like.alg = plan->policy.alg;
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
    }
    if (next) {
        plan->changes.append({next->kid, KeyState::Next, KeyState::Active});
        const qint64 publishedFor = now - next->createdMs;
        if (publishedFor < qint64(plan->policy.jwksMaxAgeSecs) * 1000) {
            plan->warnings.append(
                {next->kid, false, 0,
                 QStringLiteral("%1 has been published for only %2; relying parties that cached the JWKS earlier (up "
                                "to %3) may not know it yet and refetch when they meet its kid")
                     .arg(next->kid, duration(publishedFor), duration(qint64(plan->policy.jwksMaxAgeSecs) * 1000))});
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
                 .arg(key->kid(), duration(qint64(plan->policy.jwksMaxAgeSecs) * 1000))});
    }
    const bool preGenerate = options.preGenerateNext.value_or(plan->policy.preGenerateNext);
    if (preGenerate) {
        // The following next key copies the key that signs from now on.
        GenerateRequest followingLike = like;
        if (next) {
            followingLike.kty = next->kty;
            followingLike.alg = next->alg;
            followingLike.curve = next->curve;
            followingLike.bits = next->bits;
        }
        auto following = prepareNewKey(followingLike);
        if (!following) {
            return std::unexpected(following.error());
        }
        plan->newKeys.append({*following, KeyState::Next, QStringLiteral("generated")});
    }
    if (active && options.revokeOld) {
        const qint64 until = now + plan->policy.graceMs();
        plan->warnings.append(
            {active->kid, true, until,
             QStringLiteral("%1 is revoked at once: every token it signed fails from now on, although some would be "
                            "valid until %2. Relying parties that cached the JWKS may trust it for up to %3 more")
                 .arg(active->kid, utc(until), duration(qint64(plan->policy.jwksMaxAgeSecs) * 1000))});
    } else if (active) {
        const qint64 until = plan->policy.retireAfterMs(now, active->maxTokenLifetimeSecs);
        plan->warnings.append({active->kid, false, 0,
                               QStringLiteral("%1 stops signing and keeps verifying until %2, when every token it "
                                              "signed has expired")
                                   .arg(active->kid, utc(until))});
    }
    finishPlan(*plan);
    return plan;
}

Result<KeyChangePlan> KeyStore::planRetire(const QString& kid, bool force) const
{
    auto found = find(kid);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!found->has_value()) {
        return fail(QStringLiteral("keys.not-found"), QStringLiteral("there is no key with kid '%1'").arg(kid));
    }
    const KeyRecord key = **found;
    auto plan = startPlan(KeyChangePlan::Action::Retire, key.purpose);
    if (!plan) {
        return plan;
    }
    if (auto ok = KeyLifecycle::check(key.state, KeyState::Retired); !ok) {
        return std::unexpected(ok.error());
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
    plan->changes.append({kid, key.state, KeyState::Retired});
    finishPlan(*plan);
    return plan;
}

Result<KeyChangePlan> KeyStore::planRevoke(const QString& kid, const QString& reason) const
{
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return fail(QStringLiteral("keys.reason-required"), QStringLiteral("revoking a key needs a reason"));
    }
    if (why.size() > MaxReasonLength) {
        return fail(QStringLiteral("keys.bad-request"), QStringLiteral("the reason is longer than 500 characters"));
    }
    auto found = find(kid);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!found->has_value()) {
        return fail(QStringLiteral("keys.not-found"), QStringLiteral("there is no key with kid '%1'").arg(kid));
    }
    const KeyRecord key = **found;
    auto plan = startPlan(KeyChangePlan::Action::Revoke, key.purpose);
    if (!plan) {
        return plan;
    }
    plan->reason = why;
    if (auto ok = KeyLifecycle::check(key.state, KeyState::Revoked); !ok) {
        return std::unexpected(ok.error());
    }
    if (key.state == KeyState::Active) {
        return fail(QStringLiteral("keys.active-needs-replacement"),
                    QStringLiteral("%1 is the active signing key of '%2': revoking it alone would leave nothing to "
                                   "sign with. Rotate & revoke instead (keys rotate --revoke-old --reason ...)")
                        .arg(kid, key.purpose));
    }
    const qint64 now = plan->plannedAtMs;
    if (key.state == KeyState::Retiring && now < key.retireAfterMs) {
        plan->warnings.append(
            {kid, true, key.retireAfterMs,
             QStringLiteral("tokens signed by %1 would be valid until %2; they fail from now on. "
                            "Relying parties that cached the JWKS may trust it for up to %3 more")
                 .arg(kid, utc(key.retireAfterMs), duration(qint64(plan->policy.jwksMaxAgeSecs) * 1000))});
    } else if (key.state == KeyState::Next) {
        plan->warnings.append({kid, false, 0, QStringLiteral("%1 never signed; it leaves the JWKS").arg(kid)});
    } else if (key.state == KeyState::Retired) {
        plan->warnings.append(
            {kid, false, 0, QStringLiteral("%1 is already unpublished; the revocation is recorded").arg(kid)});
    }
    plan->changes.append({kid, key.state, KeyState::Revoked});
    finishPlan(*plan);
    return plan;
}

Result<void> KeyStore::persistDueRetirements(QSqlDatabase& db, qint64 nowMs, QStringList& retired)
{
    QSqlQuery q(db);
    if (auto ok = execSql(q,
                          QStringLiteral("SELECT kid FROM signing_keys WHERE state = 'retiring' AND retire_after_ms "
                                         "<= ? ORDER BY retire_after_ms"),
                          {nowMs});
        !ok) {
        return ok;
    }
    QStringList due;
    while (q.next()) {
        due << q.value(0).toString();
    }
    if (due.isEmpty()) {
        return {};
    }
    if (auto ok = execSql(q,
                          QStringLiteral("UPDATE signing_keys SET state = 'retired', retired_ms = retire_after_ms, "
                                         "updated_ms = ? WHERE state = 'retiring' AND retire_after_ms <= ?"),
                          {nowMs, nowMs});
        !ok) {
        return ok;
    }
    retired << due;
    return {};
}

Result<void> KeyStore::bumpRevision(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return execSql(q,
                   QStringLiteral("INSERT INTO meta(key, value) VALUES(?, '1') ON CONFLICT(key) DO UPDATE SET value = "
                                  "CAST(CAST(value AS INTEGER) + 1 AS TEXT)"),
                   {kRevisionKey});
}

Result<QList<KeyRecord>> KeyStore::apply(const KeyChangePlan& plan)
{
    if (plan.needsVault() && !m_vault.isUnlocked()) {
        return fail(QStringLiteral("keys.locked"),
                    QStringLiteral("the key store is locked: unlock it with the administrator passphrase to %1 keys")
                        .arg(KeyChangePlan::actionName(plan.action)));
    }
    struct Sealed
    {
        QByteArray sealed;
        QString publicJwk;
        QString thumbprint;
    };
    QList<Sealed> sealed;
    for (const KeyChangePlan::NewKey& k : plan.newKeys) {
        Sealed s;
        if (k.key.isPrivate()) {
            QByteArray plain = QJsonDocument(k.key.toJson(true)).toJson(QJsonDocument::Compact);
            auto box = m_vault.seal(plain, sealAad(k.key.kid()));
            plain.fill('\0');
            if (!box) {
                return std::unexpected(box.error());
            }
            s.sealed = *box;
        }
        const QJsonObject pub = publicJson(k.key);
        s.publicJwk =
            pub.isEmpty() ? QStringLiteral("") : QString::fromUtf8(QJsonDocument(pub).toJson(QJsonDocument::Compact));
        if (!k.key.isSymmetric()) {
            auto t = k.key.thumbprintBase64Url();
            if (!t) {
                return std::unexpected(t.error());
            }
            s.thumbprint = *t;
        }
        sealed.append(s);
    }

    const qint64 now = m_clock.nowMs();
    QStringList dueRetired;
    RotationPolicy policy = plan.policy;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        if (auto ok = persistDueRetirements(db, now, dueRetired); !ok) {
            return ok;
        }
        auto fresh = readPolicy(db, plan.purpose);
        if (!fresh) {
            return std::unexpected(fresh.error());
        }
        policy = *fresh;
        QSqlQuery q(db);
        for (const KeyChangePlan::Change& c : plan.changes) {
            if (auto ok = execSql(
                    q, QStringLiteral("SELECT state, max_token_lifetime_s FROM signing_keys WHERE kid = ?"), {c.kid});
                !ok) {
                return ok;
            }
            if (!q.next()) {
                return fail(QStringLiteral("keys.changed"),
                            QStringLiteral("key %1 is no longer in the store; look again").arg(c.kid));
            }
            const auto stored = KeyStates::fromName(q.value(0).toString());
            const qint64 maxLifetime = q.value(1).toLongLong();
            if (!stored || *stored != c.from) {
                return fail(QStringLiteral("keys.changed"),
                            QStringLiteral("key %1 is %2 now, not %3 as when this was planned: the keys changed "
                                           "meanwhile; look again")
                                .arg(c.kid, q.value(0).toString(), KeyStates::name(c.from)));
            }
            if (auto ok = KeyLifecycle::check(c.from, c.to); !ok) {
                return ok;
            }
            QString sql;
            QVariantList bind;
            switch (c.to) {
            case KeyState::Active:
                sql =
                    QStringLiteral("UPDATE signing_keys SET state = 'active', activated_ms = ?, "
                                   "max_token_lifetime_s = max(max_token_lifetime_s, ?), updated_ms = ? WHERE kid = ?");
                bind = {now, policy.tokenLifetimeSecs, now, c.kid};
                break;
            case KeyState::Retiring:
                sql = QStringLiteral("UPDATE signing_keys SET state = 'retiring', rotated_out_ms = ?, "
                                     "retire_after_ms = ?, updated_ms = ? WHERE kid = ?");
                bind = {now, policy.retireAfterMs(now, maxLifetime), now, c.kid};
                break;
            case KeyState::Retired:
                sql = QStringLiteral("UPDATE signing_keys SET state = 'retired', retired_ms = ?, updated_ms = ? "
                                     "WHERE kid = ?");
                bind = {now, now, c.kid};
                break;
            case KeyState::Revoked:
                sql = QStringLiteral("UPDATE signing_keys SET state = 'revoked', revoked_ms = ?, revoke_reason = ?, "
                                     "rotated_out_ms = CASE WHEN state = 'active' THEN ? ELSE rotated_out_ms END, "
                                     "updated_ms = ? WHERE kid = ?");
                bind = {now, plan.reason, now, now, c.kid};
                break;
            case KeyState::Next:
                return fail(QStringLiteral("keys.illegal-transition"), QStringLiteral("no key goes back to next"));
            }
            if (auto ok = execSql(q, sql, bind); !ok) {
                return std::unexpected(mapConstraint(ok.error()));
            }
        }
        for (qsizetype i = 0; i < plan.newKeys.size(); ++i) {
            const KeyChangePlan::NewKey& k = plan.newKeys.at(i);
            const Sealed& s = sealed.at(i);
            const jose::Jwk& key = k.key;
            const QVariant activated = k.state == KeyState::Active ? QVariant(now) : QVariant();
            const QVariant retireAfter = k.state == KeyState::Retiring ? QVariant(now + policy.graceMs()) : QVariant();
            const QVariant thumb = s.thumbprint.isEmpty() ? QVariant() : QVariant(s.thumbprint);
            const QVariant sealedValue =
                s.sealed.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(s.sealed);
            if (auto ok = execSql(
                    q,
                    QStringLiteral(
                        "INSERT INTO signing_keys(kid, purpose, kty, crv, bits, alg, key_use, state, origin, "
                        "thumbprint, public_jwk, sealed_private, created_ms, activated_ms, "
                        "retire_after_ms, max_token_lifetime_s, updated_ms) "
                        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {key.kid(), plan.purpose, key.typeName(), key.curve().isEmpty() ? QStringLiteral("") : key.curve(),
                     key.bits(), key.alg(), QStringLiteral("sig"), KeyStates::name(k.state), k.origin, thumb,
                     s.publicJwk, sealedValue, now, activated, retireAfter,
                     k.state == KeyState::Active ? policy.tokenLifetimeSecs : qint64(0), now});
                !ok) {
                return std::unexpected(mapConstraint(ok.error()));
            }
        }
        return bumpRevision(db);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    {
        const QMutexLocker lock(&m_cacheMutex);
        for (const KeyChangePlan::Change& c : plan.changes) {
            if (c.to == KeyState::Revoked || c.to == KeyState::Retired) {
                m_openedKeys.remove(c.kid);
            }
        }
    }
    auditPlan(plan, dueRetired);
    Q_EMIT keysChanged();
    if (plan.action == KeyChangePlan::Action::Rotate) {
        Q_EMIT keyRotated(plan.oldActiveKid(), plan.newActiveKid());
    }
    for (const KeyChangePlan::Change& c : plan.changes) {
        if (c.to == KeyState::Revoked) {
            Q_EMIT keyRevoked(c.kid);
        }
    }
    return list();
}

void KeyStore::auditPlan(const KeyChangePlan& plan, const QStringList& dueRetired)
{
    for (const QString& kid : dueRetired) {
        m_audit.append(QStringLiteral("key.retire"), kid,
                       QJsonObject{{QStringLiteral("automatic"), true},
                                   {QStringLiteral("reason"), QStringLiteral("retire-after reached")}});
    }
    auto keyDetails = [&plan](const KeyChangePlan::NewKey& k) {
        return QJsonObject{{QStringLiteral("kty"), k.key.typeName()},
                           {QStringLiteral("alg"), k.key.alg()},
                           {QStringLiteral("state"), KeyStates::name(k.state)},
                           {QStringLiteral("purpose"), plan.purpose},
                           {QStringLiteral("private"), k.key.isPrivate()}};
    };
    for (const KeyChangePlan::NewKey& k : plan.newKeys) {
        m_audit.append(k.origin == QStringLiteral("imported") ? QStringLiteral("key.import")
                                                              : QStringLiteral("key.generate"),
                       k.key.kid(), keyDetails(k));
    }
    switch (plan.action) {
    case KeyChangePlan::Action::Rotate: {
        QJsonObject details{{QStringLiteral("purpose"), plan.purpose},
                            {QStringLiteral("from"), plan.oldActiveKid()},
                            {QStringLiteral("to"), plan.newActiveKid()},
                            {QStringLiteral("revoke_old"), !plan.reason.isEmpty()}};
        m_audit.append(QStringLiteral("key.rotate"), plan.newActiveKid(), details);
        break;
    }
    case KeyChangePlan::Action::Retire:
        for (const KeyChangePlan::Change& c : plan.changes) {
            m_audit.append(QStringLiteral("key.retire"), c.kid,
                           QJsonObject{{QStringLiteral("from"), KeyStates::name(c.from)},
                                       {QStringLiteral("forced"), plan.breaksValidTokens()}});
        }
        break;
    default:
        break;
    }
    for (const KeyChangePlan::Change& c : plan.changes) {
        if (c.to == KeyState::Revoked) {
            m_audit.append(QStringLiteral("key.revoke"), c.kid,
                           QJsonObject{{QStringLiteral("from"), KeyStates::name(c.from)},
                                       {QStringLiteral("reason"), plan.reason}});
        }
    }
}

Result<KeyRecord> KeyStore::generate(const GenerateRequest& request)
{
    auto plan = planGenerate(request);
    if (!plan) {
        return std::unexpected(plan.error());
    }
    auto after = apply(*plan);
    if (!after) {
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
    if (!plan) {
        return std::unexpected(plan.error());
    }
    auto after = apply(*plan);
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
    if (!plan) {
        return plan;
    }
    if (auto done = apply(*plan); !done) {
        return std::unexpected(done.error());
    }
    return plan;
}

Result<void> KeyStore::retire(const QString& kid, bool force)
{
    auto plan = planRetire(kid, force);
    if (!plan) {
        return std::unexpected(plan.error());
    }
    auto done = apply(*plan);
    if (!done) {
        return std::unexpected(done.error());
    }
    return {};
}

Result<void> KeyStore::revoke(const QString& kid, const QString& reason)
{
    auto plan = planRevoke(kid, reason);
    if (!plan) {
        return std::unexpected(plan.error());
    }
    auto done = apply(*plan);
    if (!done) {
        return std::unexpected(done.error());
    }
    return {};
}

Result<void> KeyStore::setPolicy(const RotationPolicy& policy)
{
    if (auto ok = policy.validate(); !ok) {
        return ok;
    }
    RotationPolicy old;
    bool changed = false;
    const qint64 now = m_clock.nowMs();
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        auto current = readPolicy(db, policy.purpose);
        if (!current) {
            return std::unexpected(current.error());
        }
        old = *current;
        QSqlQuery q(db);
        if (auto ok = execSql(q, QStringLiteral("SELECT 1 FROM key_policy WHERE purpose = ?"), {policy.purpose}); !ok) {
            return ok;
        }
        const bool stored = q.next();
        changed = !stored || !(old == policy);
        if (!changed) {
            return {};
        }
        if (auto ok =
                execSql(q,
                        QStringLiteral("INSERT INTO key_policy(purpose, rotate_every_days, pre_generate_next, "
                                       "token_lifetime_s, leeway_s, jwks_max_age_s, alg, updated_ms) "
                                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(purpose) DO UPDATE SET "
                                       "rotate_every_days = excluded.rotate_every_days, pre_generate_next = "
                                       "excluded.pre_generate_next, token_lifetime_s = excluded.token_lifetime_s, "
                                       "leeway_s = excluded.leeway_s, jwks_max_age_s = excluded.jwks_max_age_s, "
                                       "alg = excluded.alg, updated_ms = excluded.updated_ms"),
                        {policy.purpose, policy.rotateEveryDays, policy.preGenerateNext ? 1 : 0,
                         policy.tokenLifetimeSecs, policy.leewaySecs, policy.jwksMaxAgeSecs, policy.alg, now});
            !ok) {
            return ok;
        }
        // Tokens already signed keep their lifetime: the active key remembers the longest one in force.
        if (auto ok = execSql(q,
                              QStringLiteral("UPDATE signing_keys SET max_token_lifetime_s = max(max_token_lifetime_s, "
                                             "?), updated_ms = ? WHERE purpose = ? AND state = 'active'"),
                              {policy.tokenLifetimeSecs, now, policy.purpose});
            !ok) {
            return ok;
        }
        return bumpRevision(db);
    });
    if (!done) {
        return done;
    }
    if (changed) {
        m_audit.append(QStringLiteral("key.policy"), policy.purpose,
                       QJsonObject{{QStringLiteral("old"), old.toJson()}, {QStringLiteral("new"), policy.toJson()}});
        Q_EMIT policyChanged(policy.purpose);
        Q_EMIT keysChanged();
    }
    return {};
}

Result<MaintenanceReport> KeyStore::runMaintenance()
{
    MaintenanceReport report;
    const qint64 now = m_clock.nowMs();
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        if (auto ok = persistDueRetirements(db, now, report.retired); !ok) {
            return ok;
        }
        return report.retired.isEmpty() ? Result<void>() : bumpRevision(db);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    for (const QString& kid : std::as_const(report.retired)) {
        m_audit.append(QStringLiteral("key.retire"), kid,
                       QJsonObject{{QStringLiteral("automatic"), true},
                                   {QStringLiteral("reason"), QStringLiteral("retire-after reached")}});
    }
    auto noteNext = [&report](qint64 ms) {
        if (ms > 0 && (report.nextCheckMs == 0 || ms < report.nextCheckMs)) {
            report.nextCheckMs = ms;
        }
    };
    auto purposeList = purposes();
    if (!purposeList) {
        return std::unexpected(purposeList.error());
    }
    for (const QString& purpose : std::as_const(*purposeList)) {
        auto p = policy(purpose);
        if (!p) {
            return std::unexpected(p.error());
        }
        auto active = activeKey(purpose);
        if (!active) {
            return std::unexpected(active.error());
        }
        if (!p->isScheduled() || !active->has_value()) {
            continue;
        }
        const KeyRecord current = **active;
        const qint64 due = current.activatedMs + p->rotationPeriodMs();
        auto next = nextKey(purpose);
        if (!next) {
            return std::unexpected(next.error());
        }
        const qint64 maxAgeMs = qint64(p->jwksMaxAgeSecs) * 1000;
        if (!next->has_value() && (p->preGenerateNext || now >= due - maxAgeMs)) {
            if (!m_vault.isUnlocked()) {
                report.notes << QStringLiteral("%1: the next key could not be pre-generated because the key store is "
                                               "locked; unlock it so that the scheduled rotation can happen")
                                    .arg(purpose);
            } else {
                GenerateRequest like;
                like.purpose = purpose;
                like.kty = current.kty;
                like.alg = current.alg;
                like.curve = current.curve;
                like.bits = current.bits;
                like.state = KeyState::Next;
                auto made = generate(like);
                if (!made) {
                    report.notes << QStringLiteral("%1: pre-generating the next key failed: %2")
                                        .arg(purpose, made.error().message);
                } else {
                    report.generated << made->kid;
                    next = nextKey(purpose);
                }
            }
        }
        if (!next || !next->has_value()) {
            noteNext(std::max(due - maxAgeMs, now + 60000));
            continue;
        }
        const qint64 ready = std::max(due, (*next)->createdMs + maxAgeMs);
        if (now < ready) {
            if (now >= due) {
                report.notes << QStringLiteral("%1: rotation postponed until %2, so that relying parties have had %3 "
                                               "to cache the next key %4")
                                    .arg(purpose, utc(ready), duration(maxAgeMs), (*next)->kid);
            }
            noteNext(ready);
            continue;
        }
        RotateOptions options;
        options.purpose = purpose;
        if (!m_vault.isUnlocked()) {
            options.preGenerateNext = false;
        }
        auto rotated = rotate(options);
        if (!rotated) {
            report.notes
                << QStringLiteral("%1: the scheduled rotation failed: %2").arg(purpose, rotated.error().message);
            continue;
        }
        report.rotatedFrom << rotated->oldActiveKid();
        report.rotatedTo << rotated->newActiveKid();
        for (const KeyChangePlan::NewKey& k : std::as_const(rotated->newKeys)) {
            if (k.state == KeyState::Next) {
                report.generated << k.key.kid();
            }
        }
        if (!options.preGenerateNext.value_or(true)) {
            report.notes << QStringLiteral("%1: rotated; the following next key was not pre-generated because the key "
                                           "store is locked")
                                .arg(purpose);
        }
        noteNext(now + p->rotationPeriodMs());
    }
    // Retirements still to come.
    auto rows = list();
    if (rows) {
        for (const KeyRecord& r : std::as_const(*rows)) {
            if (r.state == KeyState::Retiring) {
                noteNext(r.retireAfterMs);
            }
        }
    }
    return report;
}

Result<Jwk> KeyStore::openSealed(const QString& kid, const QByteArray& sealed) const
{
    auto plain = m_vault.open(sealed, sealAad(kid));
    if (!plain) {
        return std::unexpected(plain.error());
    }
    auto key = Jwk::fromJsonText(*plain);
    plain->fill('\0');
    if (!key) {
        return fail(QStringLiteral("keys.sealed-damaged"),
                    QStringLiteral("the sealed key %1 opened but does not hold a valid JWK").arg(kid));
    }
    if (key->kid() != kid) {
        return fail(QStringLiteral("keys.sealed-damaged"),
                    QStringLiteral("the sealed key %1 holds another key (%2)").arg(kid, key->kid()));
    }
    return key;
}

Result<Jwk> KeyStore::privateKey(const QString& kid) const
{
    if (!m_vault.isUnlocked()) {
        return fail(QStringLiteral("keys.locked"),
                    QStringLiteral("the key store is locked: unlock it with the administrator passphrase"));
    }
    {
        const QMutexLocker lock(&m_cacheMutex);
        const auto it = m_openedKeys.constFind(kid);
        if (it != m_openedKeys.constEnd()) {
            return it.value();
        }
    }
    QSqlQuery q(m_db.connection());
    if (auto ok =
            execSql(q, QStringLiteral("SELECT sealed_private, thumbprint FROM signing_keys WHERE kid = ?"), {kid});
        !ok) {
        return std::unexpected(ok.error());
    }
    if (!q.next()) {
        return fail(QStringLiteral("keys.not-found"), QStringLiteral("there is no key with kid '%1'").arg(kid));
    }
    if (q.value(0).isNull()) {
        return fail(QStringLiteral("keys.public-only"),
                    QStringLiteral("%1 is a verify-only public key: the store has no private part for it").arg(kid));
    }
    const QString thumbprint = q.value(1).toString();
    auto key = openSealed(kid, q.value(0).toByteArray());
    if (!key) {
        return key;
    }
    if (!key->isSymmetric()) {
        auto t = key->thumbprintBase64Url();
        if (!t || *t != thumbprint) {
            return fail(QStringLiteral("keys.sealed-damaged"),
                        QStringLiteral("the sealed key %1 does not match its public key").arg(kid));
        }
    }
    const QMutexLocker lock(&m_cacheMutex);
    m_openedKeys.insert(kid, *key);
    return key;
}

Result<Jwk> KeyStore::signingKey(const QString& purpose) const
{
    QSqlQuery q(m_db.connection());
    if (auto ok = execSql(q, QStringLiteral("SELECT kid FROM signing_keys WHERE purpose = ? AND state = 'active'"),
                          {purpose});
        !ok) {
        return std::unexpected(ok.error());
    }
    if (!q.next()) {
        return fail(QStringLiteral("keys.no-active"),
                    QStringLiteral("'%1' has no active signing key: generate one or rotate").arg(purpose));
    }
    return privateKey(q.value(0).toString());
}

Result<QByteArray> KeyStore::signJwt(const QJsonObject& claims, const QString& purpose, const QString& typ) const
{
    auto key = signingKey(purpose);
    if (!key) {
        return std::unexpected(key.error());
    }
    QJsonObject header{{QStringLiteral("alg"), key->alg()}, {QStringLiteral("kid"), key->kid()}};
    if (!typ.isEmpty()) {
        header.insert(QStringLiteral("typ"), typ);
    }
    return jose::Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), *key);
}

Result<QByteArray> KeyStore::exportPublic(const QString& kid, ExportFormat format) const
{
    auto found = find(kid);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!found->has_value()) {
        return fail(QStringLiteral("keys.not-found"), QStringLiteral("there is no key with kid '%1'").arg(kid));
    }
    const KeyRecord& r = **found;
    if (r.isSymmetric() || r.publicJwk.isEmpty()) {
        return fail(QStringLiteral("keys.no-public"),
                    QStringLiteral("%1 is an HMAC secret: it has no public half to export").arg(kid));
    }
    if (format == ExportFormat::Jwk) {
        return QJsonDocument(r.publicJwk).toJson(QJsonDocument::Indented);
    }
    auto key = Jwk::fromJson(r.publicJwk);
    if (!key) {
        return std::unexpected(key.error());
    }
    return key->toPem(crypto::PemFormat::PublicSpki);
}

Result<QByteArray> KeyStore::exportPrivate(const QString& kid, ExportFormat format, QByteArrayView pemPassphrase)
{
    if (format == ExportFormat::Pem && pemPassphrase.isEmpty()) {
        return fail(QStringLiteral("keys.bad-request"),
                    QStringLiteral("a private PEM export is encrypted PKCS#8 and needs an export passphrase"));
    }
    auto key = privateKey(kid);
    if (!key) {
        return std::unexpected(key.error());
    }
    Result<QByteArray> out = fail(QStringLiteral("keys.bad-request"), QStringLiteral("unknown format"));
    if (format == ExportFormat::Jwk) {
        out = QJsonDocument(key->toJson(true)).toJson(QJsonDocument::Indented);
    } else if (key->isSymmetric()) {
        return fail(QStringLiteral("keys.bad-request"),
                    QStringLiteral("%1 is an HMAC secret: it has no PEM form; export it as a JWK").arg(kid));
    } else {
        out = key->toPem(crypto::PemFormat::EncryptedPkcs8, pemPassphrase);
    }
    if (out) {
        m_audit.append(QStringLiteral("key.export"), kid,
                       QJsonObject{{QStringLiteral("private"), true},
                                   {QStringLiteral("format"), format == ExportFormat::Jwk
                                                                  ? QStringLiteral("jwk")
                                                                  : QStringLiteral("pem (encrypted PKCS#8)")}});
    }
    return out;
}

Result<QByteArray> KeyStore::jwksJson() const
{
    auto rows = list();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    return QJsonDocument(jwksOf(*rows, m_clock.nowMs())).toJson(QJsonDocument::Indented);
}

} // namespace authscope
