#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"
#include "core/keys/KeyChangePlan.h"
#include "core/keys/KeyRecord.h"
#include "core/keys/MaintenanceReport.h"
#include "core/keys/RotationPolicy.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>

#include <optional>

class QSqlDatabase;

namespace authscope {

class AuditLog;
class Database;
class KeyVault;

// The signing keys of AuthScope, in the database (table signing_keys). Public members, states and times are
// readable by anyone; the private key or HMAC secret of every key is sealed with AES-256-GCM under the vault's
// data key (AAD "authscope/signing-key/v1;" + kid) and opened only while the vault is unlocked. Every change
// goes through a KeyChangePlan (preview first, then apply), keeps the lifecycle rules (KeyLifecycle), keeps at
// most one active and one next key per purpose (also enforced by unique indexes), and writes an audit row.
//
// Thread-safe: each thread uses its own database connection; the cache of opened private keys is locked.
class KeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    static inline const QString DefaultPurpose = QStringLiteral("default");

    struct GenerateRequest
    {
        QString kty = QStringLiteral("EC"); // RSA, EC, OKP or oct
        QString alg;                        // default: from the curve/type (RS256, ES256, EdDSA, HS256)
        QString curve;                      // EC: P-256/P-384/P-521; OKP: Ed25519/Ed448
        int bits = 0;                       // RSA modulus (2048+) or oct secret bits
        std::optional<KeyState> state;      // next or active; default: active when there is none, else next
        QString purpose = DefaultPurpose;
        QString kid; // default: the RFC 7638 thumbprint (a random id for an HMAC secret)
    };

    struct ImportOptions
    {
        std::optional<KeyState> state; // default: private keys as for generate, public keys as retiring
        QString purpose = DefaultPurpose;
        QString alg;               // for keys that do not name their alg
        QByteArray filePassphrase; // for an encrypted PKCS#8 PEM
    };

    struct RotateOptions
    {
        QString purpose = DefaultPurpose;
        bool revokeOld = false;              // "rotate & revoke": the old active key is revoked instead of retiring
        QString reason;                      // required with revokeOld
        std::optional<bool> preGenerateNext; // default: the policy's
    };

    enum class ExportFormat
    {
        Jwk,
        Pem
    };

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

    // Planning: nothing is written. Key material is generated here (RSA may take a moment).
    [[nodiscard]] Result<KeyChangePlan> planGenerate(const GenerateRequest& request) const;
    [[nodiscard]] Result<KeyChangePlan> planImport(QByteArrayView contents, const ImportOptions& options) const;
    [[nodiscard]] Result<KeyChangePlan> planRotate(const RotateOptions& options) const;
    // Retiring a key that may still have valid tokens (retiring before its retire-after) needs `force`.
    [[nodiscard]] Result<KeyChangePlan> planRetire(const QString& kid, bool force = false) const;
    [[nodiscard]] Result<KeyChangePlan> planRevoke(const QString& kid, const QString& reason) const;
    // Writes the plan in one transaction (keys.changed when the keys moved since it was made; keys.locked when it
    // creates keys and the vault is locked) and audits it. Returns the keys as they are afterwards.
    Result<QList<KeyRecord>> apply(const KeyChangePlan& plan);

    // One-shots: plan + apply.
    Result<KeyRecord> generate(const GenerateRequest& request);
    Result<QList<KeyRecord>> importKeys(QByteArrayView contents, const ImportOptions& options);
    Result<KeyChangePlan> rotate(const RotateOptions& options);
    Result<void> retire(const QString& kid, bool force = false);
    Result<void> revoke(const QString& kid, const QString& reason);

    Result<void> setPolicy(const RotationPolicy& policy);
    // Records retirements that are due, rotates when the schedule says so (promoting the pre-generated next key
    // once it has been published for the JWKS cache time), pre-generates next keys (vault unlocked). Safe to run
    // from several processes at once.
    Result<MaintenanceReport> runMaintenance();

    // Private material: the vault must be unlocked.
    [[nodiscard]] Result<jose::Jwk> privateKey(const QString& kid) const;
    [[nodiscard]] Result<jose::Jwk> signingKey(const QString& purpose = DefaultPurpose) const;
    // A compact JWT signed by the active key: header {alg, kid, typ}.
    [[nodiscard]] Result<QByteArray> signJwt(const QJsonObject& claims, const QString& purpose = DefaultPurpose,
                                             const QString& typ = QStringLiteral("JWT")) const;

    // Export. Public: JWK (public members) or PEM (SPKI); no audit row. Private: JWK with private members, or
    // encrypted PKCS#8 PEM under `pemPassphrase` (required for PEM); audited as key.export.
    [[nodiscard]] Result<QByteArray> exportPublic(const QString& kid, ExportFormat format) const;
    Result<QByteArray> exportPrivate(const QString& kid, ExportFormat format, QByteArrayView pemPassphrase = {});
    // The published JWKS as JSON text (indented).
    [[nodiscard]] Result<QByteArray> jwksJson() const;

Q_SIGNALS:
    void keysChanged();
    void keyRotated(const QString& fromKid, const QString& toKid);
    void keyRevoked(const QString& kid);
    void policyChanged(const QString& purpose);

private:
    // The first row matching `where` (the kid and the state/purpose pairs are unique), or none.
    [[nodiscard]] Result<std::optional<KeyRecord>> readOne(const QString& where, const QVariantList& bindings) const;
    [[nodiscard]] Result<QList<KeyRecord>> readKeys(QSqlDatabase& db, const QString& where = {},
                                                    const QVariantList& bindings = {}) const;
    [[nodiscard]] Result<RotationPolicy> readPolicy(QSqlDatabase& db, const QString& purpose) const;
    [[nodiscard]] Result<KeyChangePlan> startPlan(KeyChangePlan::Action action, const QString& purpose) const;
    void finishPlan(KeyChangePlan& plan) const;
    [[nodiscard]] Result<jose::Jwk> prepareNewKey(const GenerateRequest& request) const;
    [[nodiscard]] Result<jose::Jwk> openSealed(const QString& kid, const QByteArray& sealed) const;
    Result<void> persistDueRetirements(QSqlDatabase& db, qint64 nowMs, QStringList& retired);
    Result<void> bumpRevision(QSqlDatabase& db);
    void auditPlan(const KeyChangePlan& plan, const QStringList& dueRetired);

    Database& m_db;
    AuditLog& m_audit;
    KeyVault& m_vault;
    const Clock& m_clock;
    mutable QMutex m_cacheMutex;
    mutable QHash<QString, jose::Jwk> m_openedKeys; // kid -> opened private key, while the vault stays unlocked
};

} // namespace authscope
