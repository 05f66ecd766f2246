#include "core/crypto/Signer.h"

#include "core/crypto/SignatureSupport.h"
#include "core/crypto/Verifier.h"

namespace authscope::crypto {

Result<QByteArray> Signer::sign(const PKey& key, SignatureScheme scheme, DigestAlgorithm digest, QByteArrayView data)
{
    if (key.isNull() || !key.hasPrivate()) {
        return fail(QStringLiteral("crypto.sign"), QStringLiteral("signing needs a private key"));
    }
    if (!detail::schemeFitsKey(key, scheme)) {
        return fail(QStringLiteral("crypto.sign"), QStringLiteral("this key type cannot make that kind of signature"));
    }
    detail::MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t len = 0;
    if (!ctx || !detail::initDigestContext(ctx.get(), key, scheme, digest, true) ||
        EVP_DigestSign(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(data.data()),
                       static_cast<size_t>(data.size())) != 1) {
        return fail(QStringLiteral("crypto.sign"), QStringLiteral("signing failed: ") + detail::opensslError());
    }
    QByteArray out(static_cast<qsizetype>(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len,
                       reinterpret_cast<const unsigned char*>(data.data()), static_cast<size_t>(data.size())) != 1) {
        return fail(QStringLiteral("crypto.sign"), QStringLiteral("signing failed: ") + detail::opensslError());
    }
    out.resize(static_cast<qsizetype>(len));
    if (scheme == SignatureScheme::EcdsaP1363) {
        return Verifier::derToP1363(*key.curve(), out);
    }
    return out;
}

} // namespace authscope::crypto
