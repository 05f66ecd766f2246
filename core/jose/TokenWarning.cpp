#include "core/jose/TokenWarning.h"

namespace authscope::jose {

QString TokenWarning::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Danger:
        return QStringLiteral("danger");
    case Severity::Warning:
        break;
    }
    return QStringLiteral("warning");
}

} // namespace authscope::jose
