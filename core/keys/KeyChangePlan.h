#pragma once

#include "core/jose/Jwk.h"
#include "core/keys/KeyRecord.h"
#include "core/keys/KeyState.h"
#include "core/keys/RotationPolicy.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace authscope {

// What an action on the key store will do, worked out before anything is written: the keys it creates (already
// generated, held in memory until KeyStore::apply() seals them), the state changes, the JWKS before and after,
// and the warnings (above all: still-valid tokens that would fail). The console shows it as the preview; the
// CLI prints it with --dry-run. apply() refuses a plan whose keys changed meanwhile.
struct KeyChangePlan
{
    enum class Action
    {
        Generate,
        Import,
        Rotate,
        Retire,
        Revoke
    };

    struct NewKey
    {
        jose::Jwk key; // private (or public-only for a verify-only import)
        KeyState state = KeyState::Next;
        QString origin; // "generated" or "imported"
    };

    struct Change
    {
        QString kid;
        KeyState from = KeyState::Active; // the stored state apply() expects to find
        KeyState to = KeyState::Retiring;
    };

    struct Warning
    {
        QString kid;
        bool breaksValidTokens = false; // tokens signed by `kid` that have not expired would fail
        qint64 validUntilMs = 0;        // when the last of them expires (breaksValidTokens)
        QString message;
    };

    Action action = Action::Generate;
    QString purpose;
    qint64 plannedAtMs = 0;
    RotationPolicy policy;
    QList<NewKey> newKeys;
    QList<Change> changes;   // applied in this order, before the new keys are inserted
    QString reason;          // revocation reason
    QList<KeyRecord> before; // every key at planning time (effective states)
    QList<KeyRecord> after;  // the projection
    QJsonObject jwksBefore;
    QJsonObject jwksAfter;
    QStringList published;   // kids that enter the JWKS
    QStringList unpublished; // kids that leave it
    QList<Warning> warnings;

    [[nodiscard]] bool needsVault() const;
    [[nodiscard]] bool breaksValidTokens() const;
    [[nodiscard]] QString newActiveKid() const;
    [[nodiscard]] QString oldActiveKid() const;
    [[nodiscard]] static QString actionName(Action action); // "generate", "import", "rotate", "retire", "revoke"
    // A few lines for people: what changes, what the relying parties see, the warnings.
    [[nodiscard]] QString summary() const;
};

} // namespace authscope
