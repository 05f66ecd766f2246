// libFuzzer target: the DPoP proof parser and every check of the validator on arbitrary bytes (D-PARSERS,
// DP-PROOF-RULES). The input is offered as a proof for a request with an access token, a bound jkt, a nonce source
// and a replay cache, so that inputs which parse reach the header, jwk import, signature, claim, ath, jkt, nonce
// and replay code; the htu normaliser also sees the input as a URL. Built with libFuzzer (AUTHSCOPE_FUZZ=ON) or,
// without clang, with FuzzMutationDriver.cpp (tests/unit/dpop: tst_fuzz_dpop).
#include "core/common/Clock.h"
#include "core/dpop/DpopNonceSource.h"
#include "core/dpop/DpopProof.h"
#include "core/dpop/DpopReplayCache.h"
#include "core/dpop/DpopUrl.h"
#include "core/dpop/DpopValidator.h"

#include <cstddef>
#include <cstdint>

using namespace authscope;
using namespace authscope::dpop;

namespace {

struct Fixture
{
    FakeClock clock;
    DpopReplayCache replay{60, 4096};
    DpopNonceSource nonces{clock, 300};
    DpopValidator validator{DpopPolicy{}, clock, &replay, &nonces};
    DpopValidator plain{DpopPolicy{}, clock};

    Fixture() { clock.setSecs(1'800'000'000); }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static Fixture fixture;
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (auto proof = DpopProof::parse(input)) {
        (void)proof->header().value(QStringLiteral("jwk"));
    }
    const DpopRequest withToken{QByteArrayLiteral("GET"),
                                QStringLiteral("http://127.0.0.1:8080/api/me"),
                                QByteArrayLiteral("a.b.c"),
                                QStringLiteral("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I"),
                                {}};
    (void)fixture.validator.validate(input, withToken);
    const DpopRequest atTokenEndpoint{
        QByteArrayLiteral("POST"), QStringLiteral("http://localhost/token/refresh"), {}, {}, QStringLiteral("n")};
    (void)fixture.plain.validate(input, atTokenEndpoint);
    if (size <= 4096) {
        (void)DpopUrl::normalise(QString::fromUtf8(input));
    }
    return 0;
}
