#pragma once

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"

#include "core/jose/Jwk.h"

#include <QByteArray>

#include <expected>

namespace authscope::cli {

// `verify --decrypt-key FILE`: decrypts a nested JWT (E-TYPE-CONFUSION: cty JWT, a JWS inside) and returns the
// inner token for the usual verification; on failure the reason is printed and the outcome returned (2 for an
// unusable key or a token that is no JWE, 1 when decryption is refused).
[[nodiscard]] std::expected<QByteArray, Outcome> decryptForVerify(CliContext& ctx, const CliArgs& args,
                                                                  const QByteArray& token);

// `keygen --use enc`: a key for JWE. `options.alg` may name a JWE algorithm (RSA-OAEP-256, ECDH-ES+A256KW,
// A128KW, dir...), which must fit the key type; an oct key gets the size that algorithm needs (32 bytes otherwise).
[[nodiscard]] Result<jose::Jwk> generateEncryptionKey(jose::Jwk::GenerateOptions options);

} // namespace authscope::cli
