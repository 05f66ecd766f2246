#include "core/keys/KeyState.h"

#include "core/common/EnumNames.h"

namespace authscope {

namespace {

constexpr auto kNames = enumNames<KeyState::Revoked>(u"next", u"active", u"retiring", u"retired", u"revoked");

} // namespace

QString KeyStates::name(KeyState state)
{
    return kNames.name(state, u"revoked");
}

std::optional<KeyState> KeyStates::fromName(QStringView name)
{
    return kNames.value(name);
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
