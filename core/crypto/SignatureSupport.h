#pragma once

// Internal to core/crypto: shared by Signer.cpp, Verifier.cpp and Digest.cpp.

#include "core/crypto/DigestAlgorithm.h"
#include "core/crypto/OpenSslUtil.h"
#include "core/crypto/PKey.h"
#include "core/crypto/SignatureScheme.h"

#include <openssl/rsa.h>

namespace authscope::crypto::detail {

inline const EVP_MD* messageDigest(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha384:
        return EVP_sha384();
    case DigestAlgorithm::Sha512:
        return EVP_sha512();
    case DigestAlgorithm::Sha256:
        break;
    }
    return EVP_sha256();
}

inline bool schemeFitsKey(const PKey& key, SignatureScheme scheme)
{
    switch (scheme) {
    case SignatureScheme::RsaPkcs1v15:
    case SignatureScheme::RsaPss:
        return key.algorithm() == KeyAlgorithm::Rsa;
    case SignatureScheme::EcdsaDer:
    case SignatureScheme::EcdsaP1363:
        return key.algorithm() == KeyAlgorithm::Ec;
    case SignatureScheme::EdDsa:
        return key.algorithm() == KeyAlgorithm::Ed25519 || key.algorithm() == KeyAlgorithm::Ed448;
    }
    return false;
}

// EVP_DigestSignInit/EVP_DigestVerifyInit with the JWA parameters (PSS: MGF1 with the same digest, salt = hash).
inline bool initDigestContext(EVP_MD_CTX* ctx, const PKey& key, SignatureScheme scheme, DigestAlgorithm digest,
                              bool forSigning)
{
    EVP_PKEY_CTX* pctx = nullptr;
    const EVP_MD* md = scheme == SignatureScheme::EdDsa ? nullptr : messageDigest(digest);
    const int ok = forSigning ? EVP_DigestSignInit(ctx, &pctx, md, nullptr, key.native())
                              : EVP_DigestVerifyInit(ctx, &pctx, md, nullptr, key.native());
    if (ok != 1) {
        return false;
    }
    if (scheme == SignatureScheme::RsaPss) {
        return EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1 &&
               EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md) == 1 &&
               EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1;
    }
    if (scheme == SignatureScheme::RsaPkcs1v15) {
        return EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1;
    }
    return true;
}

} // namespace authscope::crypto::detail
