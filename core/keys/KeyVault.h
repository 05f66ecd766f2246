#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/crypto/KeyDerivation.h"
#include "core/crypto/SecretBox.h"
#include "core/keys/KeyVaultRepository.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QString>

#include <optional>
#include <utility>

namespace authscope {

class AuditLog;
class Database;

// Holds the key store's data key for the run. The data key (32 random bytes) encrypts every private key and
// HMAC secret with AES-256-GCM; it is stored wrapped (AES-256-GCM again) under a key that scrypt derives from
// the administrator's passphrase. Unlocking asks for the passphrase once; the data key then stays in memory
// until lock() or the end of the run. Changing the passphrase re-wraps the data key and nothing else.
//
// Row in key_vault (one row, id = 1):
//   kdf = 'scrypt', kdf_log_n / kdf_r / kdf_p, salt (32 random bytes),
//   wrapped_key = 0x01 || nonce(12) || AES-256-GCM(KEK, data key)(32) || tag(16)   (SecretBox format, 61 bytes)
//   with AAD "authscope/key-vault/v1;scrypt;ln=<N>;r=<r>;p=<p>" so that the stored parameters cannot be swapped,
//   or, once the audit log's key exists, "authscope/key-vault/v2;audit-sealed;scrypt;..." (A-SEAL-BOUND): the
//   passphrase then vouches that the log is sealed, so deleting the audit key with every seal is found.
// seal()/open() are safe to call from several threads.
class KeyVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyVault)

public:
    struct Info
    {
        bool initialised = false;
        crypto::KeyDerivation::ScryptParameters kdf;
        qint64 createdMs = 0;
        qint64 changedMs = 0;
    };

    static constexpr qsizetype SaltBytes = 32;
    // D-VAULT-KDF-CAP: the scrypt cost a vault may carry. AuthScope writes log2 N = 16, r = 8, p = 1 (64 MiB); the
    // cap leaves one doubling of N and of p (at most 128 MiB and four times the default work). A costlier row,
    // which only an edited file can hold, is refused before deriving, and is never written.
    static constexpr int MaxKdfLogN = 17;
    static constexpr int MaxKdfR = 8;
    static constexpr int MaxKdfP = 2;
    [[nodiscard]] static bool isAcceptedKdf(const crypto::KeyDerivation::ScryptParameters& kdf);

    explicit KeyVault(Database& database, AuditLog& audit, const Clock& clock = Clock::system(),
                      QObject* parent = nullptr);
    ~KeyVault() override;

    // Whether a passphrase has been set for this database (reading needs no passphrase).
    [[nodiscard]] Result<Info> info() const;
    [[nodiscard]] Result<bool> isInitialised() const;
    [[nodiscard]] bool isUnlocked() const;

    // First use: makes a random data key, wraps it under `passphrase` and leaves the vault unlocked. Refused
    // when the database already has a passphrase.
    Result<void> initialise(const QString& passphrase, const crypto::KeyDerivation::ScryptParameters& kdf = {});
    // keys.wrong-passphrase when it does not open the data key; nothing is written either way.
    Result<void> unlock(const QString& passphrase);
    // unlock() when a passphrase is set, else initialise().
    Result<void> unlockOrInitialise(const QString& passphrase, const crypto::KeyDerivation::ScryptParameters& kdf = {});
    void lock();
    // Re-wraps the data key under `newPassphrase` (fresh salt); the sealed keys are not touched.
    Result<void> changePassphrase(const QString& currentPassphrase, const QString& newPassphrase,
                                  const crypto::KeyDerivation::ScryptParameters& kdf = {});

    // A-SEAL-BOUND: whether the unlocked vault's wrapping promises a sealed audit log (false while locked).
    [[nodiscard]] bool auditLogBound() const;
    // Re-wraps the data key with that promise (secure delete of the old wrapping, audit row key.vault-audit-bound).
    // It needs the passphrase's key, which is at hand only inside the slots of unlocked(): false elsewhere (the next
    // unlock binds), true when bound. AuditSealer calls it once the audit key exists.
    [[nodiscard]] Result<bool> bindAuditLog();

    // AES-256-GCM under the data key; keys.locked when the vault is locked.
    [[nodiscard]] Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView aad) const;
    [[nodiscard]] Result<QByteArray> open(QByteArrayView sealed, QByteArrayView aad) const;

    // The passphrase as bytes: Unicode NFC, UTF-8, so that the same passphrase typed on another system matches.
    [[nodiscard]] static QByteArray passphraseBytes(const QString& passphrase);

Q_SIGNALS:
    void unlocked();
    void locked();
    void passphraseChanged();

private:
    struct Stored
    {
        crypto::KeyDerivation::ScryptParameters kdf;
        QByteArray salt;
        QByteArray wrapped;
        std::optional<crypto::SecretBox> kek; // the passphrase's key, when it was just derived
    };
    struct Opened
    {
        QByteArray dataKey;
        bool auditBound = false; // opened with the v2 AAD
        crypto::SecretBox kek;
    };
    [[nodiscard]] Result<std::optional<Stored>> readStored() const;
    [[nodiscard]] static Result<Opened> unwrap(const Stored& stored, const QString& passphrase);
    // The box that wraps the data key: scrypt of the passphrase under `salt`, the secrets wiped once used.
    [[nodiscard]] static Result<crypto::SecretBox> keyEncryptionBox(const QString& passphrase, const QByteArray& salt,
                                                                    const crypto::KeyDerivation::ScryptParameters& kdf);
    // The stored wrapping and the data key it opens with `passphrase` (the caller wipes the key).
    [[nodiscard]] Result<std::pair<Stored, Opened>> openStored(const QString& passphrase) const;
    [[nodiscard]] static Result<Stored> wrap(const QByteArray& dataKey, const QString& passphrase,
                                             const crypto::KeyDerivation::ScryptParameters& kdf, bool auditBound);
    // Replaces the stored wrapping `expected` by `next` in one transaction with its audit row; the old wrapping is
    // securely deleted (and checkpointed out of the WAL). keys.changed when another program changed it meanwhile.
    [[nodiscard]] Result<void> replaceWrapping(const QByteArray& expected, const Stored& next, const QString& action,
                                               const QJsonObject& details);
    // Emits unlocked() (after passphraseChanged()) with the passphrase's key at hand for bindAuditLog().
    void announceUnlocked(Stored stored, bool auditBound, bool passphraseChange);
    // Takes the data key into the box and wipes `key` (D-WIPE-KEYS).
    void setDataKey(QByteArray& key);

    Database& m_db;
    KeyVaultRepository m_repository;
    AuditLog& m_audit;
    const Clock& m_clock;
    mutable QMutex m_mutex;
    std::optional<crypto::SecretBox> m_box;
    bool m_auditBound = false;
    std::optional<Stored> m_pending; // only while unlocked() is being emitted
};

} // namespace authscope
