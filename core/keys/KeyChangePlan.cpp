#include "core/keys/KeyChangePlan.h"
#include "core/common/EnumNames.h"
#include "core/common/TimeFormat.h"

namespace authscope {

namespace {

QString utc(qint64 ms)
{
    return TimeFormat::utcMs(ms);
}

} // namespace

bool KeyChangePlan::needsVault() const
{
    return !newKeys.isEmpty();
}

bool KeyChangePlan::breaksValidTokens() const
{
    for (const Warning& w : warnings) {
        if (w.breaksValidTokens) {
            return true;
        }
    }
    return false;
}

QString KeyChangePlan::newActiveKid() const
{
    for (const Change& c : changes) {
        if (c.to == KeyState::Active) {
            return c.kid;
        }
    }
    for (const NewKey& k : newKeys) {
        if (k.state == KeyState::Active) {
            return k.key.kid();
        }
    }
    return {};
}

QString KeyChangePlan::oldActiveKid() const
{
    for (const Change& c : changes) {
        if (c.from == KeyState::Active) {
            return c.kid;
        }
    }
    return {};
}

QString KeyChangePlan::actionName(Action action)
{
    static constexpr auto names = enumNames<Action::Revoke>(u"generate", u"import", u"rotate", u"retire", u"revoke");
    return names.name(action, u"revoke");
}

QString KeyChangePlan::summary() const
{
    QStringList lines;
    for (const NewKey& k : newKeys) {
        lines << QStringLiteral("new %1 key %2 (%3) as %4")
                     .arg(k.origin, k.key.kid(), k.key.alg(), KeyStates::name(k.state));
    }
    for (const Change& c : changes) {
        QString line = QStringLiteral("%1: %2 -> %3").arg(c.kid, KeyStates::name(c.from), KeyStates::name(c.to));
        if (c.to == KeyState::Retiring) {
            for (const KeyRecord& r : after) {
                if (r.kid == c.kid && r.retireAfterMs > 0) {
                    line += QStringLiteral(" (verifies until %1)").arg(utc(r.retireAfterMs));
                }
            }
        }
        lines << line;
    }
    for (const QString& kid : published) {
        lines << QStringLiteral("JWKS + %1").arg(kid);
    }
    for (const QString& kid : unpublished) {
        lines << QStringLiteral("JWKS - %1").arg(kid);
    }
    for (const Warning& w : warnings) {
        lines << (w.breaksValidTokens ? QStringLiteral("WARNING: ") : QStringLiteral("note: ")) + w.message;
    }
    return lines.join(u'\n');
}

} // namespace authscope
