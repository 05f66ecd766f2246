// libFuzzer target: the JWE parser, the decrypter and the inflater on arbitrary bytes (D-PARSERS). Fixed keys of
// every symmetric and key-agreement kind let well-formed inputs reach key management, content decryption and
// decompression; RSA is left out (one private-key operation per input would slow the search a hundredfold; its
// failures all take one path, E-RSA-ORACLE, covered by tst_jwehardening).
#include "core/jose/Jwe.h"
#include "core/jose/JweCompression.h"
#include "core/jose/JweDecryptor.h"

#include <cstddef>
#include <cstdint>

using namespace authscope;
using namespace authscope::jose;

namespace {

Jwk keyFrom(QByteArrayView json)
{
    auto key = Jwk::fromJsonText(json);
    if (!key) {
        qFatal("fuzz_jwe: bad fixed key: %s", qPrintable(key.error().message));
    }
    return *key;
}

struct Fixture
{
    JweDecryptor keys;
    JweDecryptor password;

    static JwkSet keySet()
    {
        JwkSet set;
        // RFC 7520 §5.8 (A128KW), §5.6 (dir A128GCM), §5.5 (P-256), the X25519 example; a 32-byte dir key.
        set.add(keyFrom(R"({"kty":"oct","kid":"81b20965-8332-43d9-a468-82160ad91ac8","use":"enc","alg":"A128KW",)"
                        R"("k":"GZy6sIZ6wl9NJOKB-jnmVQ"})"));
        set.add(keyFrom(R"({"kty":"oct","kid":"77c7e2b8-6e13-45cf-8672-617b5b45243a","use":"enc","alg":"A128GCM",)"
                        R"("k":"XctOhJAkA-pD9Lh7ZgW_2A"})"));
        set.add(keyFrom(
            R"({"kty":"EC","kid":"meriadoc.brandybuck@buckland.example","use":"enc","crv":"P-256",)"
            R"("x":"Ze2loSV3wrroKUN_4zhwGhCqo3Xhu1td4QjeQ5wIVR0","y":"HlLtdXARY_f55A3fnzQbPcm6hgr34Mp8p-nuzQCE0Zw",)"
            R"("d":"r_kHyZ-a06rmxM3yESK84r1otSg-aQcVStkRhA-iCM8"})"));
        set.add(keyFrom(
            R"({"kty":"OKP","kid":"Bob","use":"enc","crv":"X25519",)"
            R"("x":"3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08","d":"XasIfmJKikt54X-Lg4AO5m87sSkmGLb9HC-LJ_-I4Os"})"));
        set.add(
            keyFrom(R"({"kty":"oct","kid":"dir256","use":"enc","k":"ZGlyZGlyZGlyZGlyZGlyZGlyZGlyZGlyZGlyZGlyZGk"})"));
        return set;
    }

    static JweDecryptOptions passwordOptions()
    {
        JweDecryptOptions o;
        o.allowedAlgorithms = {JweAlgorithm::Pbes2Hs256A128KW, JweAlgorithm::Pbes2Hs384A192KW,
                               JweAlgorithm::Pbes2Hs512A256KW};
        o.maxP2c = 1000; // keeps each input cheap; the cap itself is what E-P2C-CAP tests
        return o;
    }

    Fixture()
        : keys(keySet()), password(JwkSet({*Jwk::fromSecret("entrap_o\xe2\x80\x93peter_long\xe2\x80\x93credit_tun")}),
                                   passwordOptions())
    {}
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static Fixture fixture;
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (auto jwe = Jwe::parse(input)) {
        for (qsizetype r = 0; r < jwe->recipients().size(); ++r) {
            (void)jwe->joinedHeader(r);
        }
        (void)jwe->additionalData();
        (void)fixture.keys.decrypt(*jwe);
        (void)fixture.password.decrypt(*jwe);
    }
    (void)JweCompression::inflate(input, 64 * 1024);
    return 0;
}
