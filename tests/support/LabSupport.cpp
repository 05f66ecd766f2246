#include "tests/support/LabSupport.h"

namespace authscope::test {

lab::SelfAttackEnvironment::Options cheapAttackOptions()
{
    lab::SelfAttackEnvironment::Options options;
    options.passwordLogN = 10;
    options.vaultLogN = 10;
    return options;
}

QList<lab::AttackResult> runAttackRows(const lab::AttackTarget& target, const QStringList& rows)
{
    lab::AttackRunner runner;
    runner.setOnly(rows);
    auto results = runner.run(target);
    if (!results) {
        qFatal("run failed: %s", qPrintable(results.error().toString()));
    }
    return *results;
}

} // namespace authscope::test
