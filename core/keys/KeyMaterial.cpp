#include "core/keys/KeyMaterial.h"

#include "core/crypto/SecureWipe.h"
#include "core/jose/Jws.h"
#include "core/keys/EncryptionKeys.h"
#include "core/keys/KeyRecord.h"
#include "core/keys/KeyRepository.h"
#include "core/keys/KeyVault.h"

#include <QJsonDocument>

namespace authscope {

namespace {

using jose::Jwk;

QByteArray sealAad(const QString& kid)
{
    return QByteArrayLiteral("authscope/signing-key/v1;") + kid.toUtf8();
}

Error notFound(const QString& kid)
{
    return Error{QStringLiteral("keys.not-found"), QStringLiteral("there is no key with kid '%1'").arg(kid)};
}

} // namespace

KeyMaterial::KeyMaterial(const KeyRepository& repository, const KeyVault& vault)
    : m_repository(repository), m_vault(vault)
{}

Result<QByteArray> KeyMaterial::seal(const Jwk& key) const
{
    if (!key.isPrivate()) {
        return QByteArray();
    }
    QByteArray plain = QJsonDocument(key.toJson(true)).toJson(QJsonDocument::Compact);
    auto box = m_vault.seal(plain, sealAad(key.kid()));
    crypto::SecureWipe::wipe(plain); // D-WIPE-KEYS
    return box;
}

Result<Jwk> KeyMaterial::openSealed(const QString& kid, const QByteArray& sealed) const
{
    auto plain = m_vault.open(sealed, sealAad(kid));
    if (!plain) {
        return std::unexpected(plain.error());
    }
    auto key = Jwk::fromJsonText(*plain);
    crypto::SecureWipe::wipe(*plain); // D-WIPE-KEYS
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

Result<Jwk> KeyMaterial::privateKey(const QString& kid) const
{
    if (!m_vault.isUnlocked()) {
        return fail(QStringLiteral("keys.locked"),
                    QStringLiteral("the key store is locked: unlock it with the administrator passphrase"));
    }
    quint64 generation = 0;
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_opened.constFind(kid);
        if (it != m_opened.constEnd()) {
            return it.value();
        }
        generation = m_generation;
    }
    auto stored = m_repository.sealedPrivate(kid);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (!stored->has_value()) {
        return std::unexpected(notFound(kid));
    }
    if ((*stored)->sealed.isEmpty()) {
        return fail(QStringLiteral("keys.public-only"),
                    QStringLiteral("%1 is a verify-only public key: the store has no private part for it").arg(kid));
    }
    auto key = openSealed(kid, (*stored)->sealed);
    if (!key) {
        return key;
    }
    if (!key->isSymmetric()) {
        auto t = key->thumbprintBase64Url();
        if (!t || *t != (*stored)->thumbprint) {
            return fail(QStringLiteral("keys.sealed-damaged"),
                        QStringLiteral("the sealed key %1 does not match its public key").arg(kid));
        }
    }
    const QMutexLocker lock(&m_mutex);
    // A lock of the vault (or a revocation) while the key was being opened: hand it out once, keep nothing.
    if (generation == m_generation) {
        m_opened.insert(kid, *key);
    }
    return key;
}

Result<Jwk> KeyMaterial::signingKey(const QString& purpose) const
{
    if (EncryptionKeys::isEncryptionPurpose(purpose)) {
        return fail(QStringLiteral("keys.not-signing"),
                    QStringLiteral("the keys of '%1' decrypt tokens and never sign (K-ENC-PURPOSE)").arg(purpose));
    }
    auto kid = m_repository.activeKid(purpose);
    if (!kid) {
        return std::unexpected(kid.error());
    }
    if (!kid->has_value()) {
        return fail(QStringLiteral("keys.no-active"),
                    QStringLiteral("'%1' has no active signing key: generate one or rotate").arg(purpose));
    }
    return privateKey(**kid);
}

Result<QByteArray> KeyMaterial::signJwt(const QJsonObject& claims, const QString& purpose, const QString& typ) const
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

Result<QByteArray> KeyMaterial::exportPublic(const QString& kid, KeyExportFormat format) const
{
    auto found = m_repository.byKid(kid);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!found->has_value()) {
        return std::unexpected(notFound(kid));
    }
    const KeyRecord& r = **found;
    if (r.isSymmetric() || r.publicJwk.isEmpty()) {
        return fail(QStringLiteral("keys.no-public"),
                    QStringLiteral("%1 is an HMAC secret: it has no public half to export").arg(kid));
    }
    if (format == KeyExportFormat::Jwk) {
        return QJsonDocument(r.publicJwk).toJson(QJsonDocument::Indented);
    }
    auto key = Jwk::fromJson(r.publicJwk);
    if (!key) {
        return std::unexpected(key.error());
    }
    return key->toPem(crypto::PemFormat::PublicSpki);
}

Result<QByteArray> KeyMaterial::exportPrivate(const QString& kid, KeyExportFormat format,
                                              QByteArrayView pemPassphrase) const
{
    if (format == KeyExportFormat::Pem && pemPassphrase.isEmpty()) {
        return fail(QStringLiteral("keys.bad-request"),
                    QStringLiteral("a private PEM export is encrypted PKCS#8 and needs an export passphrase"));
    }
    auto key = privateKey(kid);
    if (!key) {
        return std::unexpected(key.error());
    }
    if (format == KeyExportFormat::Jwk) {
        return QJsonDocument(key->toJson(true)).toJson(QJsonDocument::Indented);
    }
    if (key->isSymmetric()) {
        return fail(QStringLiteral("keys.bad-request"),
                    QStringLiteral("%1 is an HMAC secret: it has no PEM form; export it as a JWK").arg(kid));
    }
    return key->toPem(crypto::PemFormat::EncryptedPkcs8, pemPassphrase);
}

void KeyMaterial::forget(const QStringList& kids)
{
    const QMutexLocker lock(&m_mutex);
    for (const QString& kid : kids) {
        m_opened.remove(kid);
    }
    ++m_generation;
}

void KeyMaterial::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_opened.clear();
    ++m_generation;
}

} // namespace authscope
