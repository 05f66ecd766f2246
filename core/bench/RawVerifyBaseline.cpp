#include "core/bench/RawVerifyBaseline.h"

#include "core/bench/OpsPerSecond.h"
#include "core/crypto/SignatureSupport.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/params.h>

namespace authscope::crypto {

double RawVerifyBaseline::verifyRate(const PKey& key, SignatureScheme scheme, DigestAlgorithm digest,
                                     const QByteArray& data, const QByteArray& signature, double seconds)
{
    const auto* sig = reinterpret_cast<const unsigned char*>(signature.constData());
    const auto* msg = reinterpret_cast<const unsigned char*>(data.constData());
    return bench::opsPerSecond<64>(seconds, [&] {
        detail::MdCtxPtr ctx(EVP_MD_CTX_new());
        return ctx && detail::initDigestContext(ctx.get(), key, scheme, digest, false) &&
               EVP_DigestVerify(ctx.get(), sig, static_cast<size_t>(signature.size()), msg,
                                static_cast<size_t>(data.size())) == 1;
    });
}

double RawVerifyBaseline::hmacRate(DigestAlgorithm digest, const QByteArray& key, const QByteArray& data,
                                   const QByteArray& tag, double seconds)
{
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (mac == nullptr) {
        return -1;
    }
    const char* name = digest == DigestAlgorithm::Sha512   ? "SHA512"
                       : digest == DigestAlgorithm::Sha384 ? "SHA384"
                                                           : "SHA256";
    const double rate = bench::opsPerSecond<64>(seconds, [&] {
        OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(name), 0),
                               OSSL_PARAM_construct_end()};
        EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(mac);
        unsigned char out[EVP_MAX_MD_SIZE];
        size_t len = 0;
        const bool ok = ctx != nullptr &&
                        EVP_MAC_init(ctx, reinterpret_cast<const unsigned char*>(key.constData()),
                                     static_cast<size_t>(key.size()), params) == 1 &&
                        EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(data.constData()),
                                       static_cast<size_t>(data.size())) == 1 &&
                        EVP_MAC_final(ctx, out, &len, sizeof out) == 1 && len == static_cast<size_t>(tag.size()) &&
                        CRYPTO_memcmp(out, tag.constData(), len) == 0;
        EVP_MAC_CTX_free(ctx);
        return ok;
    });
    EVP_MAC_free(mac);
    return rate;
}

} // namespace authscope::crypto
