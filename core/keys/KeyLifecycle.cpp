#include "core/keys/KeyLifecycle.h"

namespace authscope {

namespace {

std::unexpected<Error> refuse(KeyState from, KeyState to, const QString& why)
{
    return fail(
        QStringLiteral("keys.illegal-transition"),
        QStringLiteral("a key cannot go from %1 to %2: %3").arg(KeyStates::name(from), KeyStates::name(to), why));
}

} // namespace

bool KeyLifecycle::isAllowed(KeyState from, KeyState to)
{
    return check(from, to).has_value();
}

Result<void> KeyLifecycle::check(KeyState from, KeyState to)
{
    if (from == to) {
        return refuse(from, to, QStringLiteral("it already is %1").arg(KeyStates::name(to)));
    }
    if (from == KeyState::Revoked) {
        return refuse(from, to, QStringLiteral("revocation is final; a revoked key is never trusted again"));
    }
    if (to == KeyState::Revoked) {
        return {}; // from any other state: a compromised key stops being trusted at once
    }
    switch (from) {
    case KeyState::Next:
        if (to == KeyState::Active || to == KeyState::Retired) {
            return {};
        }
        return refuse(from, to,
                      QStringLiteral("a next key has signed nothing, so it has nothing to keep verifying; retire it "
                                     "directly"));
    case KeyState::Active:
        if (to == KeyState::Retiring) {
            return {};
        }
        if (to == KeyState::Retired) {
            return refuse(from, to,
                          QStringLiteral("tokens it signed may still be valid; rotate so that it verifies while they "
                                         "expire, or revoke it if it is compromised"));
        }
        return refuse(from, to, QStringLiteral("its tokens are in circulation; it can only be rotated out or revoked"));
    case KeyState::Retiring:
        if (to == KeyState::Retired) {
            return {};
        }
        return refuse(from, to,
                      QStringLiteral("a key that was rotated out never signs again; rotate to a new key instead"));
    case KeyState::Retired:
        return refuse(from, to,
                      QStringLiteral("a retired key is kept for the record only; generate or import a new key"));
    case KeyState::Revoked:
        break;
    }
    return refuse(from, to, QStringLiteral("no such transition"));
}

Result<void> KeyLifecycle::checkInitial(KeyState state, bool hasPrivateKey)
{
    switch (state) {
    case KeyState::Next:
    case KeyState::Active:
        if (!hasPrivateKey) {
            return fail(QStringLiteral("keys.public-only"),
                        QStringLiteral("a %1 key must be able to sign, but this is a public key without its private "
                                       "part; import it as retiring (verify only) or import the private key")
                            .arg(KeyStates::name(state)));
        }
        return {};
    case KeyState::Retiring:
        return {};
    case KeyState::Retired:
    case KeyState::Revoked:
        break;
    }
    return fail(QStringLiteral("keys.illegal-transition"),
                QStringLiteral("a new key starts as next, active or retiring, not %1").arg(KeyStates::name(state)));
}

} // namespace authscope
