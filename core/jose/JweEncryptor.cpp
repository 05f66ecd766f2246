#include "core/jose/JweEncryptor.h"

#include "core/jose/Base64Url.h"
#include "core/jose/Jwe.h"
#include "core/jose/JweCompression.h"
#include "core/jose/JweContentCipher.h"

#include <QJsonDocument>

namespace authscope::jose {

Result<QByteArray> JweEncryptor::encrypt(QByteArrayView plaintext, const Jwk& key, const JweEncryptOptions& options)
{
    auto wrapped = JweKeyManagement::wrap(options.algorithm, options.encryption, key, options.p2c);
    if (!wrapped) {
        return std::unexpected(wrapped.error());
    }
    QJsonObject header = wrapped->header;
    header.insert(QStringLiteral("alg"), JweAlgorithms::name(options.algorithm));
    header.insert(QStringLiteral("enc"), JweAlgorithms::name(options.encryption));
    const QString kid = options.keyId.isEmpty() ? key.kid() : options.keyId;
    if (!kid.isEmpty()) {
        header.insert(QStringLiteral("kid"), kid);
    }
    if (!options.contentType.isEmpty()) {
        header.insert(QStringLiteral("cty"), options.contentType);
    }
    if (!options.type.isEmpty()) {
        header.insert(QStringLiteral("typ"), options.type);
    }
    QByteArray body = plaintext.toByteArray();
    if (options.compress) {
        header.insert(QStringLiteral("zip"), QStringLiteral("DEF"));
        auto deflated = JweCompression::deflate(plaintext);
        if (!deflated) {
            return std::unexpected(deflated.error());
        }
        body = std::move(*deflated);
    }
    const QByteArray protectedB64 = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact));
    auto sealed = JweContentCipher::encrypt(options.encryption, wrapped->cek, body, protectedB64);
    wrapped->cek.fill('\0');
    if (!sealed) {
        return std::unexpected(sealed.error());
    }
    return Jwe::compactOf(protectedB64, wrapped->encryptedKey, sealed->iv, sealed->ciphertext, sealed->tag);
}

} // namespace authscope::jose
