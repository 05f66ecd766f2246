#include "core/crypto/Hmac.h"

#include "core/crypto/OpenSslUtil.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/params.h>

#include <mutex>
#include <vector>

namespace authscope::crypto {

struct Hmac::Impl
{
    EVP_MAC_CTX* keyed = nullptr; // the template: HMAC fetched and keyed once
    // Working contexts: EVP_MAC_init with a NULL key resets one to the keyed state without allocating, far cheaper
    // than duplicating the template for every MAC. Kept in a small pool so threads do not share one.
    std::mutex poolMutex;
    std::vector<EVP_MAC_CTX*> pool;

    ~Impl()
    {
        EVP_MAC_CTX_free(keyed);
        for (EVP_MAC_CTX* c : pool) {
            EVP_MAC_CTX_free(c);
        }
    }

    EVP_MAC_CTX* acquire()
    {
        {
            const std::lock_guard lock(poolMutex);
            if (!pool.empty()) {
                EVP_MAC_CTX* c = pool.back();
                pool.pop_back();
                return c;
            }
        }
        return EVP_MAC_CTX_dup(keyed);
    }

    void release(EVP_MAC_CTX* c)
    {
        {
            const std::lock_guard lock(poolMutex);
            if (pool.size() < 16) {
                pool.push_back(c);
                return;
            }
        }
        EVP_MAC_CTX_free(c);
    }

    bool compute(QByteArrayView data, unsigned char* out, size_t* len)
    {
        EVP_MAC_CTX* c = acquire();
        const bool ok = c != nullptr && EVP_MAC_init(c, nullptr, 0, nullptr) == 1 &&
                        EVP_MAC_update(c, reinterpret_cast<const unsigned char*>(data.data()),
                                       static_cast<size_t>(data.size())) == 1 &&
                        EVP_MAC_final(c, out, len, EVP_MAX_MD_SIZE) == 1;
        if (ok) {
            release(c);
        } else {
            EVP_MAC_CTX_free(c);
        }
        return ok;
    }
};

namespace {

const char* digestName(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha384:
        return "SHA384";
    case DigestAlgorithm::Sha512:
        return "SHA512";
    case DigestAlgorithm::Sha256:
        break;
    }
    return "SHA256";
}

Error hmacError(const QString& what)
{
    return Error{QStringLiteral("crypto.hmac"), what + QStringLiteral(": ") + detail::opensslError()};
}

} // namespace

Hmac::Hmac(DigestAlgorithm algorithm, std::shared_ptr<Impl> impl) : m_algorithm(algorithm), m_impl(std::move(impl)) {}

Result<Hmac> Hmac::create(DigestAlgorithm algorithm, QByteArrayView key)
{
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (mac == nullptr) {
        return std::unexpected(hmacError(QStringLiteral("HMAC is not available")));
    }
    auto impl = std::make_shared<Impl>();
    impl->keyed = EVP_MAC_CTX_new(mac);
    EVP_MAC_free(mac);
    if (impl->keyed == nullptr) {
        return std::unexpected(hmacError(QStringLiteral("cannot create an HMAC context")));
    }
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digestName(algorithm)), 0),
        OSSL_PARAM_construct_end(),
    };
    static const unsigned char emptyKey[1] = {0};
    const auto* keyData = key.isEmpty() ? emptyKey : reinterpret_cast<const unsigned char*>(key.data());
    if (EVP_MAC_init(impl->keyed, keyData, static_cast<size_t>(key.size()), params) != 1) {
        return std::unexpected(hmacError(QStringLiteral("cannot set the HMAC key")));
    }
    return Hmac(algorithm, std::move(impl));
}

Result<QByteArray> Hmac::compute(DigestAlgorithm algorithm, QByteArrayView key, QByteArrayView data)
{
    auto hmac = create(algorithm, key);
    if (!hmac) {
        return std::unexpected(hmac.error());
    }
    return hmac->mac(data);
}

bool Hmac::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    if (a.isEmpty()) {
        return true;
    }
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

Result<QByteArray> Hmac::mac(QByteArrayView data) const
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t len = 0;
    if (!m_impl->compute(data, out, &len)) {
        return std::unexpected(hmacError(QStringLiteral("HMAC failed")));
    }
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(len));
}

bool Hmac::verify(QByteArrayView data, QByteArrayView tag) const
{
    if (tag.size() != Digest::size(m_algorithm)) {
        return false; // a truncated or extended tag is refused outright
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t len = 0;
    if (!m_impl->compute(data, out, &len)) {
        ERR_clear_error();
        return false;
    }
    const bool same = len == static_cast<size_t>(tag.size()) && CRYPTO_memcmp(out, tag.data(), len) == 0;
    OPENSSL_cleanse(out, sizeof out);
    return same;
}

} // namespace authscope::crypto
