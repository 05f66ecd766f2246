#pragma once

#include <QtGlobal>

namespace authscope::jose {

// Limits applied to untrusted JOSE input before any other work (T-STRICT-INPUT).
struct JsonLimits
{
    qsizetype maxTokenBytes = 16 * 1024;
    int maxDepth = 16;
};

} // namespace authscope::jose
