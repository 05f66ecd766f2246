#pragma once

#include "core/lab/AttackRunner.h"

#include <QList>
#include <QStringList>

namespace authscope::test {

// Self-attack environment options with scrypt at 2^10 for the passwords and the vault: fast enough under the
// sanitizers (the production parameters are exercised by the CLI tests).
[[nodiscard]] lab::SelfAttackEnvironment::Options cheapAttackOptions();

// Runs only the catalogue rows `rows` against `target`; a run that fails ends the test run.
[[nodiscard]] QList<lab::AttackResult> runAttackRows(const lab::AttackTarget& target, const QStringList& rows);

} // namespace authscope::test
