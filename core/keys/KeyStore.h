#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"
#include "core/keys/KeyChangePlan.h"
#include "core/keys/KeyExportFormat.h"
#include "core/keys/KeyGenerateRequest.h"
#include "core/keys/KeyImportOptions.h"
#include "core/keys/KeyRecord.h"
#include "core/keys/KeyRotateOptions.h"
#include "core/keys/RotationPolicy.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace authscope {

class AuditLog;
class Database;
class KeyMaterial;
class KeyRepository;
class KeyVault;

// The signing keys of AuthScope, in the database (table signing_keys). Public members, states and times are
// readable by anyone; the private key or HMAC secret of every key is sealed with AES-256-GCM under the vault's
// data key and opened only while the vault is unlocked. Every change goes through a KeyChangePlan (preview first,
// then apply), keeps the lifecycle rules (KeyLifecycle), keeps at most one active and one next key per purpose
// (also enforced by unique indexes), and writes its audit row in the same transaction: a change that cannot be
// audited is not made.
//
// The parts: KeyRepository (the SQL), KeyPlanner (plans on a snapshot), KeyMaterial (opened private keys,
// signing, export) and this class (apply, audit, signals). RotationScheduler does the scheduled work.
//
// One KeyStore per process serves every thread: each thread reads on its own database connection, the cache of
// opened private keys is locked, and signJwt() may be called from the test server's worker threads. Signals are
// emitted in the thread that made the change; receivers in other threads get them queued (AutoConnection).
class KeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    static inline const QString& DefaultPurpose = KeyRecord::DefaultPurpose;

    using GenerateRequest = KeyGenerateRequest;
    using ImportOptions = KeyImportOptions;
    using RotateOptions = KeyRotateOptions;
    using ExportFormat = KeyExportFormat;

    explicit KeyStore(Database& database, AuditLog& audit, KeyVault& vault, const Clock& clock = Clock::system(),
                      QObject* parent = nullptr);
    ~KeyStore() override;

    [[nodiscard]] KeyVault& vault() const { return m_vault; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }

    // Reading: no passphrase needed.
    [[nodiscard]] Result<QList<KeyRecord>> list() const; // by purpose, then state, newest first
    [[nodiscard]] Result<std::optional<KeyRecord>> find(const QString& kid) const;
    [[nodiscard]] Result<std::optional<KeyRecord>> activeKey(const QString& purpose = DefaultPurpose) const;
    [[nodiscard]] Result<std::optional<KeyRecord>> nextKey(const QString& purpose = DefaultPurpose) const;
    [[nodiscard]] Result<QStringList> purposes() const; // with keys or a policy; always holds the default
    [[nodiscard]] Result<RotationPolicy> policy(const QString& purpose = DefaultPurpose) const;
    // Bumped by every change, in every process: a cache of keys or of the JWKS compares it to know when to reload.
    [[nodiscard]] Result<qint64> revision() const;
    // When the active key of `purpose` is due for its scheduled rotation (0: no schedule or no active key).
    [[nodiscard]] Result<qint64> nextRotationMs(const QString& purpose = DefaultPurpose) const;

    // The published keys (next, active, retiring; public members only; never an HMAC secret), active first.
    [[nodiscard]] Result<jose::JwkSet> publishedKeys() const;
    // What verifies our own tokens: the published keys, plus the HMAC secrets of active and retiring keys while
    // the vault is unlocked. A token is matched by exact kid.
    [[nodiscard]] Result<jose::JwkSet> verificationKeys() const;

    // Planning (KeyPlanner on a snapshot of the keys): nothing is written. Key material is generated here (RSA may
    // take a moment).
    [[nodiscard]] Result<KeyChangePlan> planGenerate(const GenerateRequest& request) const;
    [[nodiscard]] Result<KeyChangePlan> planImport(QByteArrayView contents, const ImportOptions& options) const;
    [[nodiscard]] Result<KeyChangePlan> planRotate(const RotateOptions& options) const;
    // Retiring a key that may still have valid tokens (retiring before its retire-after) needs `force`.
    [[nodiscard]] Result<KeyChangePlan> planRetire(const QString& kid, bool force = false) const;
    [[nodiscard]] Result<KeyChangePlan> planRevoke(const QString& kid, const QString& reason) const;
    // Writes the plan and its audit rows in one transaction (keys.changed when the keys moved since it was made;
    // keys.locked when it creates keys and the vault is locked). Returns the keys as they are afterwards.
    Result<QList<KeyRecord>> apply(const KeyChangePlan& plan);

    // One-shots: plan + apply.
    Result<KeyRecord> generate(const GenerateRequest& request);
    Result<QList<KeyRecord>> importKeys(QByteArrayView contents, const ImportOptions& options);
    Result<KeyChangePlan> rotate(const RotateOptions& options);
    Result<void> retire(const QString& kid, bool force = false);
    Result<void> revoke(const QString& kid, const QString& reason);

    Result<void> setPolicy(const RotationPolicy& policy);
    // Records as retired the retiring keys whose retire-after has passed (audited as automatic retirements);
    // returns their kids. Safe to run from several processes at once.
    Result<QStringList> recordDueRetirements();

    // Private material: the vault must be unlocked.
    [[nodiscard]] Result<jose::Jwk> privateKey(const QString& kid) const;
    [[nodiscard]] Result<jose::Jwk> signingKey(const QString& purpose = DefaultPurpose) const;
    // K-ENC-PURPOSE: the private keys of the encryption purpose that may decrypt now (next, active, and retiring until
    // their retire-after; never retired or revoked ones), each with use "enc" and its JWE alg.
    [[nodiscard]] Result<jose::JwkSet> decryptionKeys() const;
    // The key of the encryption purpose named `kid` to encrypt to: it must be next or active (a retiring key only
    // decrypts what was sent to it before). Its public half, or for a secret (A*KW, dir) the secret.
    [[nodiscard]] Result<jose::Jwk> encryptionKey(const QString& kid) const;
    // A compact JWT signed by the active key: header {alg, kid, typ}.
    [[nodiscard]] Result<QByteArray> signJwt(const QJsonObject& claims, const QString& purpose = DefaultPurpose,
                                             const QString& typ = QStringLiteral("JWT")) const;

    // Export. Public: JWK (public members) or PEM (SPKI); no audit row. Private: JWK with private members, or
    // encrypted PKCS#8 PEM under `pemPassphrase` (required for PEM); audited as key.export, and refused when the
    // audit row cannot be written.
    [[nodiscard]] Result<QByteArray> exportPublic(const QString& kid, ExportFormat format) const;
    Result<QByteArray> exportPrivate(const QString& kid, ExportFormat format, QByteArrayView pemPassphrase = {});
    // The published JWKS as JSON text (indented).
    [[nodiscard]] Result<QByteArray> jwksJson() const;

Q_SIGNALS:
    void keysChanged();
    void keyRotated(const QString& fromKid, const QString& toKid);
    void policyChanged(const QString& purpose);

private:
    struct NewRows;

    [[nodiscard]] Result<NewRows> sealNewKeys(const KeyChangePlan& plan) const;
    [[nodiscard]] Result<void> writePlan(QSqlDatabase& transaction, const KeyChangePlan& plan, NewRows& rows,
                                         qint64 nowMs);
    [[nodiscard]] Result<void> writeChange(QSqlDatabase& transaction, const KeyChangePlan::Change& change,
                                           const RotationPolicy& policy, const QString& reason, qint64 nowMs);
    [[nodiscard]] Result<void> auditPlan(QSqlDatabase& transaction, const KeyChangePlan& plan);
    [[nodiscard]] Result<QStringList> retireDue(QSqlDatabase& transaction, qint64 nowMs);

    Database& m_db;
    AuditLog& m_audit;
    KeyVault& m_vault;
    const Clock& m_clock;
    std::unique_ptr<KeyRepository> m_repository;
    std::unique_ptr<KeyMaterial> m_material;
};

} // namespace authscope
