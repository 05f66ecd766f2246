#include "core/keys/KeyState.h"

namespace authscope {

QString KeyStates::name(KeyState state)
{
    switch (state) {
    case KeyState::Next:
        return QStringLiteral("next");
    case KeyState::Active:
        return QStringLiteral("active");
    case KeyState::Retiring:
        return QStringLiteral("retiring");
    case KeyState::Retired:
        return QStringLiteral("retired");
    case KeyState::Revoked:
        break;
    }
    return QStringLiteral("revoked");
}

std::optional<KeyState> KeyStates::fromName(QStringView name)
{
    for (KeyState s : all()) {
        if (KeyStates::name(s) == name) {
            return s;
        }
    }
    return std::nullopt;
}

const QList<KeyState>& KeyStates::all()
{
    static const QList<KeyState> states{KeyState::Next, KeyState::Active, KeyState::Retiring, KeyState::Retired,
                                        KeyState::Revoked};
    return states;
}

bool KeyStates::isPublished(KeyState state)
{
    return state == KeyState::Next || state == KeyState::Active || state == KeyState::Retiring;
}

} // namespace authscope
