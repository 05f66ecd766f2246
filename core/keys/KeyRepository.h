#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/keys/KeyRecord.h"
#include "core/keys/KeySnapshot.h"
#include "core/keys/KeyState.h"
#include "core/keys/RotationPolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class QSqlDatabase;

namespace authscope {

class Database;

// The SQL of the key store: the signing_keys rows, the key_policy rows and the keys revision in the meta table.
// Nothing else in core/keys knows a table or a column. Reads use this thread's connection and report effective
// states (a retiring key past its retire-after reads as retired); writes run inside the caller's open write
// transaction, so that a change, its audit row and the revision bump commit together or not at all.
// Thread-safe as Database is: each thread reads on its own connection.
class KeyRepository final
{
public:
    // A key row to insert.
    struct NewKeyRow
    {
        QString kid;
        QString purpose;
        QString kty;
        QString curve;
        int bits = 0;
        QString alg;
        QString use; // "sig" (empty: sig) or "enc" (K-ENC-PURPOSE)
        KeyState state = KeyState::Next;
        QString origin;
        QString thumbprint;       // empty for an HMAC secret
        QString publicJwk;        // compact JSON; empty for an HMAC secret
        QByteArray sealedPrivate; // empty for a verify-only public key
        qint64 createdMs = 0;
        qint64 activatedMs = 0;   // 0: not active
        qint64 retireAfterMs = 0; // 0: not retiring
        qint64 maxTokenLifetimeSecs = 0;
    };

    // The state of a key as stored, read again inside the transaction that changes it.
    struct StoredState
    {
        QString name;
        qint64 maxTokenLifetimeSecs = 0;
    };

    // The sealed private half of a key (empty `sealed`: a verify-only public key).
    struct SealedPrivate
    {
        QByteArray sealed;
        QString thumbprint;
    };

    KeyRepository(Database& database, const Clock& clock);

    [[nodiscard]] Result<QList<KeyRecord>> keys() const; // by purpose, then state, newest first
    [[nodiscard]] Result<std::optional<KeyRecord>> byKid(const QString& kid) const;
    // The active or next key of `purpose` (unique by index).
    [[nodiscard]] Result<std::optional<KeyRecord>> inState(const QString& purpose, KeyState state) const;
    [[nodiscard]] Result<QStringList> purposes() const; // with keys or a stored policy, sorted
    [[nodiscard]] Result<RotationPolicy> policy(const QString& purpose) const;
    [[nodiscard]] Result<KeySnapshot> snapshot() const;
    [[nodiscard]] Result<qint64> revision() const;
    [[nodiscard]] Result<std::optional<QString>> activeKid(const QString& purpose) const;
    [[nodiscard]] Result<std::optional<SealedPrivate>> sealedPrivate(const QString& kid) const;

    // Inside the caller's write transaction.
    [[nodiscard]] Result<RotationPolicy> policy(QSqlDatabase& transaction, const QString& purpose) const;
    [[nodiscard]] Result<bool> hasStoredPolicy(QSqlDatabase& transaction, const QString& purpose) const;
    [[nodiscard]] Result<void> savePolicy(QSqlDatabase& transaction, const RotationPolicy& policy, qint64 nowMs);
    // The active key remembers the longest token lifetime in force while it signs.
    [[nodiscard]] Result<void> raiseActiveLifetime(QSqlDatabase& transaction, const QString& purpose,
                                                   qint64 lifetimeSecs, qint64 nowMs);
    // Records as retired every retiring key whose retire-after has passed; returns their kids, oldest first.
    [[nodiscard]] Result<QStringList> retireDue(QSqlDatabase& transaction, qint64 nowMs);
    [[nodiscard]] Result<std::optional<StoredState>> storedState(QSqlDatabase& transaction, const QString& kid) const;
    [[nodiscard]] Result<void> activate(QSqlDatabase& transaction, const QString& kid, qint64 nowMs,
                                        qint64 tokenLifetimeSecs);
    [[nodiscard]] Result<void> startRetiring(QSqlDatabase& transaction, const QString& kid, qint64 nowMs,
                                             qint64 retireAfterMs);
    [[nodiscard]] Result<void> retire(QSqlDatabase& transaction, const QString& kid, qint64 nowMs);
    [[nodiscard]] Result<void> revoke(QSqlDatabase& transaction, const QString& kid, qint64 nowMs,
                                      const QString& reason);
    // keys.duplicate or keys.changed when a unique index refuses the row.
    [[nodiscard]] Result<void> insert(QSqlDatabase& transaction, const NewKeyRow& row);
    // Every change bumps it, in every process: caches of keys or of the JWKS compare it to know when to reload.
    [[nodiscard]] Result<void> bumpRevision(QSqlDatabase& transaction);

private:
    [[nodiscard]] Result<QList<KeyRecord>> readKeys(QSqlDatabase& db, qint64 nowMs, const QString& where = {},
                                                    const QVariantList& bindings = {}) const;
    [[nodiscard]] Result<std::optional<KeyRecord>> readOne(const QString& where, const QVariantList& bindings) const;
    [[nodiscard]] Result<void> update(QSqlDatabase& transaction, const QString& sql, const QVariantList& bindings);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace authscope
