#pragma once

#include "core/lab/AttackRunner.h"

#include <QList>

namespace authscope::lab {

class AttackSession;

// The attacks of the self-attack check, each with what it is (AttackSpec) and the handler that performs it:
// adding an attack is adding one entry.
class AttackCatalogue final
{
public:
    AttackCatalogue() = delete;

    // Performs one attack in a prepared session; its preconditions (AttackSpec::needsSigningKey,
    // needsKeyRevocation) have been checked.
    using Handler = AttackResult (*)(AttackSession& session, const AttackSpec& attack);

    struct Entry
    {
        AttackSpec spec;
        Handler handler;
    };

    // In the order run() performs them: the token of a revoked key rotates the signing key the rows after it use.
    [[nodiscard]] static const QList<Entry>& entries();
};

} // namespace authscope::lab
