#pragma once

#include "core/common/Error.h"
#include "core/jose/Jwk.h"
#include "core/keys/KeyExportFormat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace authscope {

class KeyRepository;
class KeyVault;

// The private halves of the signing keys: sealing a new key for its row, opening a sealed key with the vault's
// data key (AAD "authscope/signing-key/v1;" + kid), signing, exporting. Opened keys are cached while the vault
// stays unlocked, so that signing on a hot path opens nothing.
//
// Thread-safe: the test server's worker threads sign through it while the GUI thread changes keys or locks the
// vault. clear() empties the cache at once, and a key opened while clear() ran is not cached afterwards.
class KeyMaterial final
{
public:
    KeyMaterial(const KeyRepository& repository, const KeyVault& vault);

    // The vault must be unlocked.
    [[nodiscard]] Result<jose::Jwk> privateKey(const QString& kid) const;
    [[nodiscard]] Result<jose::Jwk> signingKey(const QString& purpose) const;
    // A compact JWT signed by the active key of `purpose`: header {alg, kid, typ}.
    [[nodiscard]] Result<QByteArray> signJwt(const QJsonObject& claims, const QString& purpose,
                                             const QString& typ) const;

    // JWK (public members) or PEM (SPKI).
    [[nodiscard]] Result<QByteArray> exportPublic(const QString& kid, KeyExportFormat format) const;
    // JWK with private members, or encrypted PKCS#8 PEM under `pemPassphrase` (required for PEM). The caller
    // audits it.
    [[nodiscard]] Result<QByteArray> exportPrivate(const QString& kid, KeyExportFormat format,
                                                   QByteArrayView pemPassphrase) const;

    // The private JWK of `key` sealed under the data key for its row; empty for a public-only key.
    [[nodiscard]] Result<QByteArray> seal(const jose::Jwk& key) const;

    // Drops opened keys: `kids` after they stopped being usable, everything when the vault locks.
    void forget(const QStringList& kids);
    void clear();

private:
    [[nodiscard]] Result<jose::Jwk> openSealed(const QString& kid, const QByteArray& sealed) const;

    const KeyRepository& m_repository;
    const KeyVault& m_vault;
    mutable QMutex m_mutex;
    mutable QHash<QString, jose::Jwk> m_opened; // kid -> opened private key
    quint64 m_generation = 0;                   // bumped by forget() and clear(), under m_mutex
};

} // namespace authscope
