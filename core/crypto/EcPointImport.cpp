#include "core/crypto/EcPointImport.h"

#include <openssl/core_names.h>

#include <array>
#include <cstring>

namespace authscope::crypto::detail {

namespace {

// A key holding only the curve's domain parameters; never freed (one per curve for the life of the process).
EVP_PKEY* parametersOf(const char* curveName)
{
    std::array<OSSL_PARAM, 2> params{
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char*>(curveName), 0),
        OSSL_PARAM_construct_end()};
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY* key = nullptr;
    if (ctx == nullptr || EVP_PKEY_fromdata_init(ctx) != 1 ||
        EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_KEY_PARAMETERS, params.data()) != 1) {
        key = nullptr;
    }
    EVP_PKEY_CTX_free(ctx);
    return key;
}

const EVP_PKEY* curveTemplate(const char* curveName)
{
    // Built on first use; function-local statics are initialised once even when threads race.
    static const std::array<std::pair<const char*, EVP_PKEY*>, 3> templates{{
        {"P-256", parametersOf("P-256")},
        {"P-384", parametersOf("P-384")},
        {"P-521", parametersOf("P-521")},
    }};
    for (const auto& [name, key] : templates) {
        if (std::strcmp(name, curveName) == 0) {
            return key;
        }
    }
    return nullptr;
}

} // namespace

EVP_PKEY* ecPublicKeyFromPoint(const char* curveName, QByteArrayView point)
{
    const EVP_PKEY* parameters = curveTemplate(curveName);
    if (parameters == nullptr) {
        return nullptr;
    }
    EVP_PKEY* key = EVP_PKEY_new();
    if (key == nullptr || EVP_PKEY_copy_parameters(key, parameters) != 1 ||
        EVP_PKEY_set1_encoded_public_key(key, reinterpret_cast<const unsigned char*>(point.data()),
                                         static_cast<size_t>(point.size())) != 1) {
        EVP_PKEY_free(key);
        return nullptr;
    }
    return key;
}

} // namespace authscope::crypto::detail
