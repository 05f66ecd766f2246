// libFuzzer target: the token parser and verifier on arbitrary bytes (D-PARSERS).
#include "core/common/Clock.h"
#include "core/jose/DecodedToken.h"
#include "core/jose/Jws.h"
#include "core/jose/TokenValidator.h"

#include <cstddef>
#include <cstdint>

using namespace authscope;
using namespace authscope::jose;

namespace {

struct Fixture
{
    FakeClock clock{1900000000LL * 1000};
    TokenValidator jwt;
    TokenValidator jws;

    static JwkSet keys()
    {
        JwkSet set;
        auto secret = Jwk::fromSecret(QByteArray(32, 's'));
        secret->setKid(QStringLiteral("hs"));
        set.add(*secret);
        // A fixed EC key (RFC 7515 A.3) so that ES256 tokens reach OpenSSL.
        auto ec = Jwk::fromJsonText("{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"ec\","
                                    "\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\","
                                    "\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}");
        set.add(*ec);
        return set;
    }

    static ValidationPolicy jwsPolicy()
    {
        ValidationPolicy p;
        p.jwt = false;
        return p;
    }

    Fixture() : jwt(keys(), ValidationPolicy{}, clock), jws(keys(), jwsPolicy(), clock) {}
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static Fixture fixture;
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto decoded = DecodedToken::decode(input);
    if (decoded) {
        (void)decoded->toJson();
    }
    (void)fixture.jwt.validate(input);
    (void)fixture.jws.validate(input);
    return 0;
}
