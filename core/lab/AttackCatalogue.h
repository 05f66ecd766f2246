#pragma once

#include "core/lab/AttackRunner.h"

#include <QList>

namespace authscope::lab {

class AttackSession;

// What every attack handler is: performs one attack in a prepared session; its preconditions
// (AttackSpec::needsSigningKey, needsKeyRevocation) have been checked. The families' classes (ClaimAttacks,
// DpopAttacks, ...) declare their handlers with it.
using AttackHandler = AttackResult(AttackSession& session, const AttackSpec& attack);

// The attacks of the self-attack check, each with what it is (AttackSpec) and the handler that performs it:
// adding an attack is adding one entry.
class AttackCatalogue final
{
public:
    AttackCatalogue() = delete;

    using Handler = AttackHandler*;

    struct Entry
    {
        AttackSpec spec;
        Handler handler;
    };

    // In the order run() performs them: the token of a revoked key rotates the signing key the rows after it use.
    [[nodiscard]] static const QList<Entry>& entries();
};

} // namespace authscope::lab
