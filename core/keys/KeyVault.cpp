#include "core/keys/KeyVault.h"

#include "core/crypto/Random.h"
#include "core/crypto/SecureWipe.h"
#include "core/keys/KeyAudit.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace authscope {

namespace {

// v2 is v1 plus the promise that this database's audit log is sealed (A-SEAL-BOUND): the promise is part of what
// the passphrase authenticates, so someone who can only write the file cannot take it back.
QByteArray wrapAad(const crypto::KeyDerivation::ScryptParameters& kdf, bool auditBound)
{
    return (auditBound ? QByteArrayLiteral("authscope/key-vault/v2;audit-sealed;scrypt;ln=")
                       : QByteArrayLiteral("authscope/key-vault/v1;scrypt;ln=")) +
           QByteArray::number(kdf.logN) + ";r=" + QByteArray::number(kdf.r) + ";p=" + QByteArray::number(kdf.p);
}

std::unexpected<Error> lockedError()
{
    return fail(QStringLiteral("keys.locked"),
                QStringLiteral("the key store is locked: unlock it with the administrator passphrase first"));
}

// A copy of the vault's box (`box`, guarded by `mutex`), or keys.locked while the vault is locked.
Result<crypto::SecretBox> unlockedBox(QMutex& mutex, const std::optional<crypto::SecretBox>& box)
{
    const QMutexLocker lock(&mutex);
    if (!box) {
        return lockedError();
    }
    return *box;
}

// The row that stores a wrapping made at `nowMs` (a change keeps the row's creation time).
KeyVaultRepository::Row rowOf(const crypto::KeyDerivation::ScryptParameters& kdf, const QByteArray& salt,
                              const QByteArray& wrapped, qint64 nowMs)
{
    KeyVaultRepository::Row row;
    row.kdf = QStringLiteral("scrypt");
    row.params = kdf;
    row.salt = salt;
    row.wrappedKey = wrapped;
    row.createdMs = nowMs;
    row.changedMs = nowMs;
    return row;
}

// The audit details of a passphrase change: the key derivation, never the passphrase.
QJsonObject passphraseDetails(bool first, const crypto::KeyDerivation::ScryptParameters& kdf)
{
    return QJsonObject{{QStringLiteral("first"), first},
                       {QStringLiteral("kdf"), QStringLiteral("scrypt")},
                       {QStringLiteral("log_n"), kdf.logN},
                       {QStringLiteral("r"), kdf.r},
                       {QStringLiteral("p"), kdf.p}};
}

std::unexpected<Error> kdfOutOfRange(const crypto::KeyDerivation::ScryptParameters& kdf, bool stored)
{
    return fail(QStringLiteral("keys.vault-format"),
                QStringLiteral("vault parameters out of range: scrypt log2 N %1, r %2, p %3 (accepted: log2 N %4..%5, "
                               "r 1..%6, p 1..%7)%8")
                    .arg(kdf.logN)
                    .arg(kdf.r)
                    .arg(kdf.p)
                    .arg(crypto::KeyDerivation::MinLogN)
                    .arg(KeyVault::MaxKdfLogN)
                    .arg(KeyVault::MaxKdfR)
                    .arg(KeyVault::MaxKdfP)
                    .arg(stored ? QStringLiteral("; the database file may have been edited") : QString()));
}

// D-WIPE-KEYS: passphrase bytes, key-encryption keys and data-key copies are overwritten once used.
void wipe(QByteArray& bytes)
{
    crypto::SecureWipe::wipe(bytes);
}

} // namespace

KeyVault::KeyVault(Database& database, AuditLog& audit, const Clock& clock, QObject* parent)
    : QObject(parent), m_db(database), m_repository(database), m_audit(audit), m_clock(clock)
{}

KeyVault::~KeyVault()
{
    // D-WIPE-KEYS: the box's key holder wipes the data key when its last copy goes (here, or when a seal() or
    // open() in flight on another thread returns).
    const QMutexLocker lock(&m_mutex);
    m_box.reset();
}

bool KeyVault::isAcceptedKdf(const crypto::KeyDerivation::ScryptParameters& kdf)
{
    return crypto::KeyDerivation::isValid(kdf) && kdf.logN <= MaxKdfLogN && kdf.r <= MaxKdfR && kdf.p <= MaxKdfP;
}

QByteArray KeyVault::passphraseBytes(const QString& passphrase)
{
    return passphrase.normalized(QString::NormalizationForm_C).toUtf8();
}

Result<std::optional<KeyVault::Stored>> KeyVault::readStored() const
{
    auto row = m_repository.read();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!row->has_value()) {
        return std::optional<Stored>();
    }
    if ((*row)->kdf != QStringLiteral("scrypt")) {
        return fail(QStringLiteral("keys.vault-format"),
                    QStringLiteral("the key store uses the key derivation '%1', which this AuthScope does not know")
                        .arg((*row)->kdf));
    }
    Stored s;
    s.kdf = (*row)->params;
    s.salt = (*row)->salt;
    s.wrapped = (*row)->wrappedKey;
    // D-VAULT-KDF-CAP: checked before any derivation, so an edited row cannot cost gigabytes or minutes.
    if (!isAcceptedKdf(s.kdf)) {
        return kdfOutOfRange(s.kdf, true);
    }
    if (s.salt.size() < crypto::KeyDerivation::MinSaltBytes || s.salt.size() > crypto::KeyDerivation::MaxSaltBytes ||
        s.wrapped.size() != crypto::SecretBox::Overhead + crypto::SecretBox::KeySize) {
        return fail(QStringLiteral("keys.vault-format"),
                    QStringLiteral("the key store's wrapped data key is damaged (its salt or length is out of "
                                   "range); the file may have been edited"));
    }
    return std::optional<Stored>(std::move(s));
}

Result<KeyVault::Info> KeyVault::info() const
{
    auto row = m_repository.read();
    if (!row) {
        return std::unexpected(row.error());
    }
    Info info;
    if (row->has_value()) {
        info.initialised = true;
        info.kdf = (*row)->params;
        info.createdMs = (*row)->createdMs;
        info.changedMs = (*row)->changedMs;
    }
    return info;
}

Result<bool> KeyVault::isInitialised() const
{
    auto i = info();
    if (!i) {
        return std::unexpected(i.error());
    }
    return i->initialised;
}

bool KeyVault::isUnlocked() const
{
    const QMutexLocker lock(&m_mutex);
    return m_box.has_value();
}

Result<crypto::SecretBox> KeyVault::keyEncryptionBox(const QString& passphrase, const QByteArray& salt,
                                                     const crypto::KeyDerivation::ScryptParameters& kdf)
{
    QByteArray secret = passphraseBytes(passphrase);
    auto kek = crypto::KeyDerivation::scrypt(secret, salt, kdf, crypto::SecretBox::KeySize);
    wipe(secret);
    if (!kek) {
        return std::unexpected(kek.error());
    }
    auto box = crypto::SecretBox::create(*kek);
    wipe(*kek);
    return box;
}

Result<KeyVault::Opened> KeyVault::unwrap(const Stored& stored, const QString& passphrase)
{
    auto box = keyEncryptionBox(passphrase, stored.salt, stored.kdf);
    if (!box) {
        return std::unexpected(box.error());
    }
    // Which AAD opens the wrapping tells the version; the stored bytes carry no version a file edit could change.
    for (const bool bound : {true, false}) {
        auto dataKey = box->open(stored.wrapped, wrapAad(stored.kdf, bound));
        if (dataKey && dataKey->size() == crypto::SecretBox::KeySize) {
            return Opened{std::move(*dataKey), bound, std::move(*box)};
        }
        if (dataKey) {
            wipe(*dataKey);
        }
    }
    return fail(QStringLiteral("keys.wrong-passphrase"),
                QStringLiteral("wrong passphrase: it does not open this key store (nothing was changed)"));
}

Result<KeyVault::Stored> KeyVault::wrap(const QByteArray& dataKey, const QString& passphrase,
                                        const crypto::KeyDerivation::ScryptParameters& kdf, bool auditBound)
{
    if (passphrase.isEmpty()) {
        return fail(QStringLiteral("keys.empty-passphrase"), QStringLiteral("the passphrase cannot be empty"));
    }
    Stored s;
    s.kdf = kdf;
    auto salt = crypto::Random::bytes(SaltBytes);
    if (!salt) {
        return std::unexpected(salt.error());
    }
    s.salt = *salt;
    auto box = keyEncryptionBox(passphrase, s.salt, kdf);
    if (!box) {
        return std::unexpected(box.error());
    }
    auto wrapped = box->seal(dataKey, wrapAad(kdf, auditBound));
    if (!wrapped) {
        return std::unexpected(wrapped.error());
    }
    s.wrapped = *wrapped;
    s.kek = std::move(*box);
    return s;
}

void KeyVault::setDataKey(QByteArray& key)
{
    auto box = crypto::SecretBox::create(key);
    wipe(key);
    const QMutexLocker lock(&m_mutex);
    m_box.reset();
    if (box) {
        m_box.emplace(std::move(*box));
    }
}

Result<std::pair<KeyVault::Stored, KeyVault::Opened>> KeyVault::openStored(const QString& passphrase) const
{
    auto stored = readStored();
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (!stored->has_value()) {
        return fail(QStringLiteral("keys.no-passphrase"),
                    QStringLiteral("no passphrase has been set for this key store yet"));
    }
    auto dataKey = unwrap(**stored, passphrase);
    if (!dataKey) {
        return std::unexpected(dataKey.error());
    }
    return std::pair{std::move(**stored), std::move(*dataKey)};
}

Result<void> KeyVault::initialise(const QString& passphrase, const crypto::KeyDerivation::ScryptParameters& kdf)
{
    if (!isAcceptedKdf(kdf)) {
        return kdfOutOfRange(kdf, false);
    }
    auto dataKey = crypto::Random::bytes(crypto::SecretBox::KeySize);
    if (!dataKey) {
        return std::unexpected(dataKey.error());
    }
    // Not bound yet: the audit key does not exist until the unlocked() slots made it (bindAuditLog).
    auto stored = wrap(*dataKey, passphrase, kdf, false);
    if (!stored) {
        wipe(*dataKey);
        return std::unexpected(stored.error());
    }
    const qint64 now = m_clock.nowMs();
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        auto exists = m_repository.exists(db);
        if (!exists) {
            return std::unexpected(exists.error());
        }
        if (*exists) {
            return fail(QStringLiteral("keys.vault-exists"),
                        QStringLiteral("this key store already has a passphrase; unlock it, or change the passphrase"));
        }
        if (auto ok = m_repository.insert(db, rowOf(stored->kdf, stored->salt, stored->wrapped, now)); !ok) {
            return ok;
        }
        return KeyAudit::record(m_audit, db, QStringLiteral("key.passphrase-change"), QStringLiteral("key store"),
                                passphraseDetails(true, kdf));
    });
    if (!done) {
        wipe(*dataKey);
        return done;
    }
    setDataKey(*dataKey);
    announceUnlocked(std::move(*stored), false, false);
    return {};
}

Result<void> KeyVault::unlock(const QString& passphrase)
{
    auto opened = openStored(passphrase);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    setDataKey(opened->second.dataKey);
    opened->first.kek = std::move(opened->second.kek);
    announceUnlocked(std::move(opened->first), opened->second.auditBound, false);
    return {};
}

void KeyVault::announceUnlocked(Stored stored, bool auditBound, bool passphraseChange)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_auditBound = auditBound;
        m_pending.emplace(std::move(stored));
    }
    if (passphraseChange) {
        Q_EMIT passphraseChanged();
    }
    Q_EMIT unlocked();
    const QMutexLocker lock(&m_mutex);
    m_pending.reset(); // the key-encryption key is wiped with its last copy (D-WIPE-KEYS)
}

bool KeyVault::auditLogBound() const
{
    const QMutexLocker lock(&m_mutex);
    return m_box.has_value() && m_auditBound;
}

Result<bool> KeyVault::bindAuditLog()
{
    std::optional<Stored> pending;
    std::optional<crypto::SecretBox> box;
    {
        const QMutexLocker lock(&m_mutex);
        if (m_auditBound) {
            return true;
        }
        pending = m_pending;
        box = m_box;
    }
    if (!pending || !pending->kek || !box) {
        return false; // the passphrase's key is not at hand: the next unlock binds
    }
    auto wrapped = pending->kek->seal(box->key(), wrapAad(pending->kdf, true));
    if (!wrapped) {
        return std::unexpected(wrapped.error());
    }
    Stored bound = *pending;
    bound.wrapped = *wrapped;
    // The unbound wrapping must not stay readable in freed pages: restored, it would take the promise back.
    if (auto ok = replaceWrapping(pending->wrapped, bound, QStringLiteral("key.vault-audit-bound"),
                                  QJsonObject{{QStringLiteral("audit_sealed"), true}});
        !ok) {
        // Another process that unlocked at the same time may have bound it first: then it opens as v2 here too.
        Result<std::optional<Stored>> now = std::optional<Stored>();
        if (ok.error().code == QStringLiteral("keys.changed")) {
            now = readStored();
        }
        if (!now || !now->has_value() || (*now)->salt != pending->salt) {
            return std::unexpected(ok.error());
        }
        auto other = pending->kek->open((*now)->wrapped, wrapAad(pending->kdf, true));
        if (!other) {
            return std::unexpected(ok.error());
        }
        wipe(*other);
        bound.wrapped = (*now)->wrapped;
    }
    const QMutexLocker lock(&m_mutex);
    m_auditBound = true;
    if (m_pending) {
        m_pending->wrapped = bound.wrapped;
    }
    return true;
}

Result<void> KeyVault::unlockOrInitialise(const QString& passphrase, const crypto::KeyDerivation::ScryptParameters& kdf)
{
    auto initialised = isInitialised();
    if (!initialised) {
        return std::unexpected(initialised.error());
    }
    return *initialised ? unlock(passphrase) : initialise(passphrase, kdf);
}

void KeyVault::lock()
{
    bool was = false;
    {
        const QMutexLocker lock(&m_mutex);
        was = m_box.has_value();
        m_box.reset();
        m_auditBound = false;
    }
    if (was) {
        Q_EMIT locked();
    }
}

Result<void> KeyVault::replaceWrapping(const QByteArray& expected, const Stored& next, const QString& action,
                                       const QJsonObject& details)
{
    const qint64 now = m_clock.nowMs();
    // The old wrapping must not linger in freed space of the page or in the WAL.
    const bool secureDeleteWasOn = m_repository.isSecureDeleteOn();
    m_repository.setSecureDelete(true);
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        auto current = m_repository.wrappedKey(db);
        if (!current) {
            return std::unexpected(current.error());
        }
        if (!current->has_value() || **current != expected) {
            return fail(QStringLiteral("keys.changed"),
                        QStringLiteral("the passphrase was changed by another program meanwhile; try again"));
        }
        if (auto ok = m_repository.rewrap(db, rowOf(next.kdf, next.salt, next.wrapped, now)); !ok) {
            return ok;
        }
        return KeyAudit::record(m_audit, db, action, QStringLiteral("key store"), details);
    });
    if (!secureDeleteWasOn) {
        m_repository.setSecureDelete(false);
    }
    if (done && !m_db.isMemory()) {
        m_repository.checkpoint();
    }
    return done;
}

Result<void> KeyVault::changePassphrase(const QString& currentPassphrase, const QString& newPassphrase,
                                        const crypto::KeyDerivation::ScryptParameters& kdf)
{
    if (!isAcceptedKdf(kdf)) {
        return kdfOutOfRange(kdf, false);
    }
    auto opened = openStored(currentPassphrase);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    const Stored& stored = opened->first;
    QByteArray& dataKey = opened->second.dataKey;
    // The new wrapping keeps the old one's promise about the audit log.
    auto rewrapped = wrap(dataKey, newPassphrase, kdf, opened->second.auditBound);
    if (!rewrapped) {
        wipe(dataKey);
        return std::unexpected(rewrapped.error());
    }
    if (auto done = replaceWrapping(stored.wrapped, *rewrapped, QStringLiteral("key.passphrase-change"),
                                    passphraseDetails(false, kdf));
        !done) {
        wipe(dataKey);
        return done;
    }
    setDataKey(dataKey);
    announceUnlocked(std::move(*rewrapped), opened->second.auditBound, true);
    return {};
}

Result<QByteArray> KeyVault::seal(QByteArrayView plaintext, QByteArrayView aad) const
{
    auto box = unlockedBox(m_mutex, m_box);
    if (!box) {
        return std::unexpected(box.error());
    }
    return box->seal(plaintext, aad);
}

Result<QByteArray> KeyVault::open(QByteArrayView sealed, QByteArrayView aad) const
{
    auto box = unlockedBox(m_mutex, m_box);
    if (!box) {
        return std::unexpected(box.error());
    }
    auto plain = box->open(sealed, aad);
    if (!plain) {
        return fail(QStringLiteral("keys.sealed-damaged"),
                    QStringLiteral("a sealed key does not open with this key store's data key: the row was damaged "
                                   "or moved"));
    }
    return plain;
}

} // namespace authscope
