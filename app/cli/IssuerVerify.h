#pragma once

#include "app/cli/CliOutcome.h"

#include "core/common/Clock.h"
#include "core/jose/ValidationPolicy.h"
#include "core/jose/ValidationResult.h"

#include <QByteArray>

namespace authscope::cli {

class CliArgs;
class CliContext;

// verify --issuer NAME|URL and verify --jwks-url URL: the key comes from the issuer's JWKS (cached with the saved
// issuer), `iss` is pinned to the issuer. On a verdict, `result` is filled and nothing is returned; otherwise the
// outcome to end with (a fetch failure names the URL: exit 2).
std::optional<Outcome> verifyWithRemoteKeys(CliContext& ctx, const CliArgs& args, const jose::ValidationPolicy& policy,
                                            const Clock& clock, const QByteArray& token,
                                            jose::ValidationResult& result);

} // namespace authscope::cli
