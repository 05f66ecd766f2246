#pragma once

#include "core/lab/LabExperiments.h"

namespace authscope::test {

// The Lab at a tiny scale, small enough for a Debug+ASan build: a fraction of a second per mode on two connections,
// two JWT algorithms, a 2 s JWT revoked after 0.3 s. Each test sets the sizes it needs on top.
inline lab::LabOptions tinyLabOptions()
{
    lab::LabOptions o = lab::LabOptions::quickOptions();
    o.secondsPerMode = 0.2;
    o.warmupSeconds = 0.05;
    o.connections = 2;
    o.jwtAlgorithms = {QStringLiteral("HS256"), QStringLiteral("ES256")};
    o.revocationTokenLifetimeSecs = 2;
    o.revocationAfterMs = 300;
    return o;
}

} // namespace authscope::test
