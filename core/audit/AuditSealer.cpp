#include "core/audit/AuditSealer.h"

#include "core/audit/AuditLog.h"
#include "core/audit/AuditRepository.h"
#include "core/crypto/Random.h"
#include "core/keys/KeyVault.h"
#include "core/storage/Database.h"
#include "core/storage/QtSqlTransaction.h"

#include <QJsonObject>

#include <openssl/crypto.h>

namespace authscope {

namespace {

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace

AuditSealer::AuditSealer(Database& database, AuditLog& audit, KeyVault& vault, QObject* parent)
    : QObject(parent), m_db(database), m_audit(audit), m_vault(vault)
{
    // Direct: the binding (A-SEAL-BOUND) needs the passphrase's key, at hand only while unlocked() is emitted.
    connect(&m_vault, &KeyVault::unlocked, this, &AuditSealer::onUnlocked, Qt::DirectConnection);
    connect(
        &m_vault, &KeyVault::locked, this,
        [this] {
            m_audit.setSeal(nullptr);
            m_audit.setSealExpected(false);
        },
        Qt::DirectConnection);
    if (m_vault.isUnlocked()) {
        onUnlocked();
    }
}

void AuditSealer::onUnlocked()
{
    // The unlock itself stands: a log that cannot be sealed is what `audit verify` reports, in detail.
    m_audit.setSealExpected(m_vault.auditLogBound());
    auto done = activate();
    m_audit.setSealProblem(done ? std::nullopt : std::optional<Error>(done.error()));
    if (!done) {
        qWarning("authscope: the audit log was not sealed: %s", qPrintable(done.error().message));
    }
}

Result<AuditSealer::Outcome> AuditSealer::activate()
{
    Outcome outcome;
    auto created = openOrCreateKey();
    if (!created) {
        return std::unexpected(created.error());
    }
    outcome.keyCreated = *created;
    if (m_audit.sealingPaused()) {
        return outcome;
    }
    auto sealed = m_audit.sealPending();
    if (!sealed) {
        return std::unexpected(sealed.error());
    }
    outcome.sealedRows = *sealed;
    // A-SEAL-BOUND: from now on the passphrase vouches that this log is sealed (once; needs the unlock's key).
    auto bound = m_vault.bindAuditLog();
    if (!bound) {
        return std::unexpected(bound.error());
    }
    m_audit.setSealExpected(m_vault.auditLogBound());
    return outcome;
}

Result<bool> AuditSealer::openOrCreateKey()
{
    bool created = false;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QtSqlTransaction tx(db);
        auto stored = AuditRepository::sealedKey(tx);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        QByteArray key;
        if (!stored->isEmpty()) {
            auto opened = m_vault.open(QByteArray::fromBase64(stored->toLatin1()), QByteArrayView(KeyAad));
            if (!opened) {
                return fail(QStringLiteral("audit.key-mismatch"),
                            QStringLiteral("the audit key stored in this database does not open under its key vault: "
                                           "it was replaced or damaged, so the log's seals cannot be trusted"));
            }
            key = *opened;
        } else if (m_vault.auditLogBound()) {
            // A-SEAL-BOUND: the vault says this log was sealed; only the key, the seals and their record went.
            if (m_audit.sealingPaused()) {
                return {}; // a verify: it reports the break
            }
            return fail(QStringLiteral("audit.key-missing"),
                        QStringLiteral("the key vault vouches that this audit log is sealed, but its audit key is gone "
                                       "from the database (deleted): no new key is made over a log that may have been "
                                       "rewritten; run `audit verify` with the passphrase"));
        } else if (m_audit.sealingPaused()) {
            return {};
        } else {
            // A-SEAL: a new key only for a log that never had one. One that carries seals lost its key to someone
            // who wants a fresh key over a rewritten log.
            auto record = AuditRepository::sealRecord(tx);
            auto anySealed = AuditRepository::anyRowSealed(tx);
            if (!record || !anySealed) {
                return std::unexpected(!record ? record.error() : anySealed.error());
            }
            if (*record || *anySealed) {
                return fail(QStringLiteral("audit.key-missing"),
                            QStringLiteral("the audit log carries seals but its audit key is gone from the database "
                                           "(deleted): no new key is made over a log that may have been rewritten"));
            }
            auto fresh = crypto::Random::bytes(AuditSeal::KeyBytes);
            if (!fresh) {
                return std::unexpected(fresh.error());
            }
            key = *fresh;
            auto sealedKey = m_vault.seal(key, QByteArrayView(KeyAad));
            if (!sealedKey) {
                wipe(key);
                return std::unexpected(sealedKey.error());
            }
            if (auto ok = AuditRepository::setSealedKey(tx, QString::fromLatin1(sealedKey->toBase64())); !ok) {
                wipe(key);
                return ok;
            }
            created = true;
        }
        auto seal = AuditSeal::create(key);
        wipe(key);
        if (!seal) {
            return std::unexpected(seal.error());
        }
        m_audit.setSeal(std::make_shared<const AuditSeal>(std::move(*seal)));
        if (!created) {
            return {};
        }
        // The start of sealing is on record, in the key's own transaction: its row seals the rows before it.
        auto lastId = AuditRepository::lastRow(tx);
        if (!lastId) {
            return std::unexpected(lastId.error());
        }
        auto appended = m_audit.append(tx, QStringLiteral("audit.key-created"), QString(),
                                       QJsonObject{{QStringLiteral("rows_before"), *lastId ? (*lastId)->id : 0}});
        if (!appended) {
            return std::unexpected(appended.error());
        }
        return {};
    });
    if (!done) {
        m_audit.setSeal(nullptr);
        return std::unexpected(done.error());
    }
    return created;
}

} // namespace authscope
