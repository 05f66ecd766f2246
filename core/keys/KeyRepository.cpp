#include "core/keys/KeyRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlColumns.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlFirstRow.h"
#include "core/storage/SqlRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace authscope {

namespace {

const QString kRevisionKey = QStringLiteral("keys.revision");

const QString kSelectColumns =
    QStringLiteral("SELECT id, kid, purpose, kty, crv, bits, alg, key_use, state, origin, thumbprint, public_jwk, "
                   "sealed_private IS NOT NULL, created_ms, activated_ms, rotated_out_ms, retire_after_ms, "
                   "retired_ms, revoked_ms, revoke_reason, max_token_lifetime_s FROM signing_keys");

const QString kOrderBy = QStringLiteral(" ORDER BY purpose, CASE state WHEN 'active' THEN 0 WHEN 'next' THEN 1 WHEN "
                                        "'retiring' THEN 2 WHEN 'retired' THEN 3 ELSE 4 END, created_ms DESC, id DESC");

const QString kPolicyColumns =
    QStringLiteral("rotate_every_days, pre_generate_next, token_lifetime_s, leeway_s, jwks_max_age_s, alg");

// The policy columns of `q`, from column `first` on.
RotationPolicy policyFrom(const QSqlQuery& q, int first, const QString& purpose)
{
    RotationPolicy p;
    p.purpose = purpose;
    p.rotateEveryDays = q.value(first).toInt();
    p.preGenerateNext = q.value(first + 1).toBool();
    p.tokenLifetimeSecs = q.value(first + 2).toLongLong();
    p.leewaySecs = q.value(first + 3).toInt();
    p.jwksMaxAgeSecs = q.value(first + 4).toInt();
    p.alg = q.value(first + 5).toString();
    return p;
}

// The unique indexes say "another key took this place meanwhile" or "this key is already here".
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

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}

} // namespace

KeyRepository::KeyRepository(Database& database, const Clock& clock) : m_db(database), m_clock(clock) {}

Result<QList<KeyRecord>> KeyRepository::readKeys(QSqlDatabase& db, qint64 nowMs, const QString& where,
                                                 const QVariantList& bindings) const
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
    QList<KeyRecord> out;
    while (q.next()) {
        KeyRecord r;
        SqlColumns c(q);
        c >> r.id >> r.kid >> r.purpose >> r.kty >> r.curve >> r.bits >> r.alg >> r.use;
        const QString stateName = c.next().toString();
        const auto state = KeyStates::fromName(stateName);
        if (!state) {
            return fail(QStringLiteral("keys.corrupt"),
                        QStringLiteral("key %1 has an unknown state '%2'").arg(r.kid, stateName));
        }
        r.state = *state;
        c >> r.origin >> r.thumbprint;
        const QByteArray pub = c.next().toString().toUtf8();
        r.publicJwk = pub.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(pub).object();
        c >> r.hasPrivate >> r.createdMs >> r.activatedMs >> r.rotatedOutMs >> r.retireAfterMs >> r.retiredMs >>
            r.revokedMs >> r.revokeReason >> r.maxTokenLifetimeSecs;
        // Report what holds now, even if the maintenance has not recorded it yet.
        if (r.effectiveState(nowMs) != r.state) {
            r.state = KeyState::Retired;
            r.retiredMs = r.retireAfterMs;
        }
        out.append(r);
    }
    return out;
}

Result<QList<KeyRecord>> KeyRepository::keys() const
{
    QSqlDatabase db = m_db.connection();
    return readKeys(db, m_clock.nowMs());
}

Result<std::optional<KeyRecord>> KeyRepository::readOne(const QString& where, const QVariantList& bindings) const
{
    QSqlDatabase db = m_db.connection();
    auto rows = readKeys(db, m_clock.nowMs(), where, bindings);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    return rows->isEmpty() ? std::optional<KeyRecord>() : std::optional<KeyRecord>(rows->constFirst());
}

Result<std::optional<KeyRecord>> KeyRepository::byKid(const QString& kid) const
{
    return readOne(QStringLiteral("kid = ?"), {kid});
}

Result<std::optional<KeyRecord>> KeyRepository::inState(const QString& purpose, KeyState state) const
{
    return readOne(QStringLiteral("purpose = ? AND state = ?"), {purpose, KeyStates::name(state)});
}

Result<QStringList> KeyRepository::purposes() const
{
    return SqlRows::select(
        m_db.connection(),
        QStringLiteral("SELECT purpose FROM signing_keys UNION SELECT purpose FROM key_policy ORDER BY 1"), {},
        SqlRows::text);
}

Result<RotationPolicy> KeyRepository::policy(QSqlDatabase& transaction, const QString& purpose) const
{
    QSqlQuery q(transaction);
    if (auto ok = execSql(q,
                          QStringLiteral("SELECT ") + kPolicyColumns +
                              QStringLiteral(" FROM key_policy WHERE "
                                             "purpose = ?"),
                          {purpose});
        !ok) {
        return std::unexpected(ok.error());
    }
    if (q.next()) {
        return policyFrom(q, 0, purpose);
    }
    return RotationPolicy::defaultsFor(purpose);
}

Result<RotationPolicy> KeyRepository::policy(const QString& purpose) const
{
    QSqlDatabase db = m_db.connection();
    return policy(db, purpose);
}

Result<KeySnapshot> KeyRepository::snapshot() const
{
    KeySnapshot snapshot;
    snapshot.nowMs = m_clock.nowMs();
    QSqlDatabase db = m_db.connection();
    auto rows = readKeys(db, snapshot.nowMs);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    snapshot.keys = std::move(*rows);
    QSqlQuery q(db);
    if (auto ok = execSql(q, QStringLiteral("SELECT purpose, ") + kPolicyColumns + QStringLiteral(" FROM key_policy"));
        !ok) {
        return std::unexpected(ok.error());
    }
    while (q.next()) {
        const QString purpose = q.value(0).toString();
        snapshot.policies.insert(purpose, policyFrom(q, 1, purpose));
    }
    return snapshot;
}

Result<qint64> KeyRepository::revision() const
{
    auto value = m_db.metaValue(kRevisionKey);
    if (!value) {
        return std::unexpected(value.error());
    }
    return value->toLongLong();
}

Result<std::optional<QString>> KeyRepository::activeKid(const QString& purpose) const
{
    QSqlQuery q(m_db.connection());
    if (auto ok = execSql(q, QStringLiteral("SELECT kid FROM signing_keys WHERE purpose = ? AND state = 'active'"),
                          {purpose});
        !ok) {
        return std::unexpected(ok.error());
    }
    return q.next() ? std::optional<QString>(q.value(0).toString()) : std::optional<QString>();
}

Result<std::optional<KeyRepository::SealedPrivate>> KeyRepository::sealedPrivate(const QString& kid) const
{
    return selectFirstRow(m_db.connection(),
                          QStringLiteral("SELECT sealed_private, thumbprint FROM signing_keys WHERE kid = ?"), {kid},
                          [](const QSqlQuery& q) {
                              SealedPrivate s;
                              if (!q.value(0).isNull()) {
                                  s.sealed = q.value(0).toByteArray();
                              }
                              s.thumbprint = q.value(1).toString();
                              return s;
                          });
}

Result<bool> KeyRepository::hasStoredPolicy(QSqlDatabase& transaction, const QString& purpose) const
{
    QSqlQuery q(transaction);
    if (auto ok = execSql(q, QStringLiteral("SELECT 1 FROM key_policy WHERE purpose = ?"), {purpose}); !ok) {
        return std::unexpected(ok.error());
    }
    return q.next();
}

Result<void> KeyRepository::savePolicy(QSqlDatabase& transaction, const RotationPolicy& policy, qint64 nowMs)
{
    QSqlQuery q(transaction);
    return execSql(q,
                   QStringLiteral("INSERT INTO key_policy(purpose, rotate_every_days, pre_generate_next, "
                                  "token_lifetime_s, leeway_s, jwks_max_age_s, alg, updated_ms) "
                                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(purpose) DO UPDATE SET "
                                  "rotate_every_days = excluded.rotate_every_days, pre_generate_next = "
                                  "excluded.pre_generate_next, token_lifetime_s = excluded.token_lifetime_s, "
                                  "leeway_s = excluded.leeway_s, jwks_max_age_s = excluded.jwks_max_age_s, "
                                  "alg = excluded.alg, updated_ms = excluded.updated_ms"),
                   {policy.purpose, policy.rotateEveryDays, policy.preGenerateNext ? 1 : 0, policy.tokenLifetimeSecs,
                    policy.leewaySecs, policy.jwksMaxAgeSecs, policy.alg, nowMs});
}

Result<void> KeyRepository::raiseActiveLifetime(QSqlDatabase& transaction, const QString& purpose, qint64 lifetimeSecs,
                                                qint64 nowMs)
{
    QSqlQuery q(transaction);
    return execSql(q,
                   QStringLiteral("UPDATE signing_keys SET max_token_lifetime_s = max(max_token_lifetime_s, ?), "
                                  "updated_ms = ? WHERE purpose = ? AND state = 'active'"),
                   {lifetimeSecs, nowMs, purpose});
}

Result<QStringList> KeyRepository::retireDue(QSqlDatabase& transaction, qint64 nowMs)
{
    QSqlQuery q(transaction);
    if (auto ok = execSql(q,
                          QStringLiteral("SELECT kid FROM signing_keys WHERE state = 'retiring' AND retire_after_ms "
                                         "<= ? ORDER BY retire_after_ms"),
                          {nowMs});
        !ok) {
        return std::unexpected(ok.error());
    }
    QStringList due;
    while (q.next()) {
        due << q.value(0).toString();
    }
    if (due.isEmpty()) {
        return due;
    }
    if (auto ok = execSql(q,
                          QStringLiteral("UPDATE signing_keys SET state = 'retired', retired_ms = retire_after_ms, "
                                         "updated_ms = ? WHERE state = 'retiring' AND retire_after_ms <= ?"),
                          {nowMs, nowMs});
        !ok) {
        return std::unexpected(ok.error());
    }
    return due;
}

Result<std::optional<KeyRepository::StoredState>> KeyRepository::storedState(QSqlDatabase& transaction,
                                                                             const QString& kid) const
{
    return selectFirstRow(transaction,
                          QStringLiteral("SELECT state, max_token_lifetime_s FROM signing_keys WHERE kid = ?"), {kid},
                          [](const QSqlQuery& q) {
                              return StoredState{q.value(0).toString(), q.value(1).toLongLong()};
                          });
}

Result<void> KeyRepository::update(QSqlDatabase& transaction, const QString& sql, const QVariantList& bindings)
{
    QSqlQuery q(transaction);
    if (auto ok = execSql(q, sql, bindings); !ok) {
        return std::unexpected(mapConstraint(ok.error()));
    }
    return {};
}

Result<void> KeyRepository::activate(QSqlDatabase& transaction, const QString& kid, qint64 nowMs,
                                     qint64 tokenLifetimeSecs)
{
    return update(transaction,
                  QStringLiteral("UPDATE signing_keys SET state = 'active', activated_ms = ?, "
                                 "max_token_lifetime_s = max(max_token_lifetime_s, ?), updated_ms = ? WHERE kid = ?"),
                  {nowMs, tokenLifetimeSecs, nowMs, kid});
}

Result<void> KeyRepository::startRetiring(QSqlDatabase& transaction, const QString& kid, qint64 nowMs,
                                          qint64 retireAfterMs)
{
    return update(transaction,
                  QStringLiteral("UPDATE signing_keys SET state = 'retiring', rotated_out_ms = ?, "
                                 "retire_after_ms = ?, updated_ms = ? WHERE kid = ?"),
                  {nowMs, retireAfterMs, nowMs, kid});
}

Result<void> KeyRepository::retire(QSqlDatabase& transaction, const QString& kid, qint64 nowMs)
{
    return update(transaction,
                  QStringLiteral("UPDATE signing_keys SET state = 'retired', retired_ms = ?, updated_ms = ? "
                                 "WHERE kid = ?"),
                  {nowMs, nowMs, kid});
}

Result<void> KeyRepository::revoke(QSqlDatabase& transaction, const QString& kid, qint64 nowMs, const QString& reason)
{
    return update(transaction,
                  QStringLiteral("UPDATE signing_keys SET state = 'revoked', revoked_ms = ?, revoke_reason = ?, "
                                 "rotated_out_ms = CASE WHEN state = 'active' THEN ? ELSE rotated_out_ms END, "
                                 "updated_ms = ? WHERE kid = ?"),
                  {nowMs, reason, nowMs, nowMs, kid});
}

Result<void> KeyRepository::insert(QSqlDatabase& transaction, const NewKeyRow& row)
{
    const QVariant thumb = row.thumbprint.isEmpty() ? QVariant() : QVariant(row.thumbprint);
    const QVariant sealed =
        row.sealedPrivate.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(row.sealedPrivate);
    return update(transaction,
                  QStringLiteral("INSERT INTO signing_keys(kid, purpose, kty, crv, bits, alg, key_use, state, origin, "
                                 "thumbprint, public_jwk, sealed_private, created_ms, activated_ms, "
                                 "retire_after_ms, max_token_lifetime_s, updated_ms) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {row.kid, row.purpose, row.kty, row.curve.isEmpty() ? QStringLiteral("") : row.curve, row.bits,
                   row.alg, row.use.isEmpty() ? QStringLiteral("sig") : row.use, KeyStates::name(row.state), row.origin,
                   thumb, row.publicJwk.isEmpty() ? QStringLiteral("") : row.publicJwk, sealed, row.createdMs,
                   nullIfZero(row.activatedMs), nullIfZero(row.retireAfterMs), row.maxTokenLifetimeSecs,
                   row.createdMs});
}

Result<void> KeyRepository::bumpRevision(QSqlDatabase& transaction)
{
    QSqlQuery q(transaction);
    return execSql(q,
                   QStringLiteral("INSERT INTO meta(key, value) VALUES(?, '1') ON CONFLICT(key) DO UPDATE SET value = "
                                  "CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)"),
                   {kRevisionKey});
}

} // namespace authscope
