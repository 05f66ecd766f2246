#pragma once

#include <QtGlobal>

namespace authscope::jose {

// Limits applied to untrusted JOSE input before any other work (SECURITY.md rule 6).
struct JsonLimits
{
    qsizetype maxTokenBytes = 16 * 1024;
    int maxDepth = 16;
};

} // namespace authscope::jose
