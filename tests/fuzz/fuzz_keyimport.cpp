// libFuzzer target: JWK / JWK Set / PEM import and export on arbitrary bytes (D-PARSERS).
#include "core/jose/JwkSet.h"

#include <cstddef>
#include <cstdint>

using namespace authscope::jose;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto keys = JwkSet::fromKeyFile(input, "fuzz");
    if (!keys) {
        return 0;
    }
    for (const Jwk& key : keys->keys()) {
        (void)key.toJson(true);
        (void)key.thumbprintBase64Url();
        (void)key.publicKey();
        (void)key.toPem(authscope::crypto::PemFormat::PublicSpki);
        for (JwsAlgorithm alg : key.pinnedAlgorithms()) {
            (void)key.verify(alg, "input", "signature");
        }
    }
    (void)keys->toPublicJson();
    return 0;
}
