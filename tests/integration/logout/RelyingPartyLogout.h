#pragma once

#include "tests/support/HttpClient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace authscope {
class KeyStore;
namespace logout {
class BackchannelTrace;
}
} // namespace authscope

namespace authscope::test {

struct ServerWorld;

// The relying party of the back-channel logout tests, on the real test server: the server is also the saved issuer
// ("self") whose logout tokens its own key store signs, and local sessions are linked to a provider sid and sub as a
// login through /login/oidc links them.

// rp.db in the world's directory with an active signing key and the user alice@self: alice's id, or 0 (with a
// warning saying why) when any of it fails.
qint64 openRelyingParty(ServerWorld& world);

// The world's server with the relying party's POST /backchannel-logout (tracing to `trace`, decrypting with `keys`,
// nullptr: no decryption keys), started and saved as the issuer "self"; false (with a warning) when the issuer
// cannot be saved.
[[nodiscard]] bool startRelyingParty(ServerWorld& world, std::shared_ptr<logout::BackchannelTrace> trace,
                                     const KeyStore* keys);

// A new local session of `userId`, linked to the provider's `sid` and `sub`; a session or link that cannot be made
// ends the run.
struct LinkedSession
{
    qint64 id = 0;
    QByteArray cookie;
};
LinkedSession linkedSession(const ServerWorld& world, qint64 userId, const QString& sid, const QString& sub);

// The claims of a valid logout token from the world's server: iss, the default audience, iat now, exp in two
// minutes, a random jti and the back-channel logout event, with `sid` and `sub` when they are not empty.
[[nodiscard]] QJsonObject logoutClaims(const ServerWorld& world, const QString& sid, const QString& sub);

// POST /backchannel-logout at the world's server with `token` as the form's logout_token.
RawHttpResponse postLogoutToken(const ServerWorld& world, const QByteArray& token);

// The status of GET /api/me at the world's server with the session cookie `cookie` (200 while the session lives).
[[nodiscard]] int meStatus(const ServerWorld& world, const QByteArray& cookie);

} // namespace authscope::test
