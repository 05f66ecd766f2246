#include "core/sessions/SessionValidation.h"

namespace authscope {

QString SessionValidation::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Malformed:
        return QStringLiteral("malformed");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    case Verdict::Revoked:
        return QStringLiteral("revoked");
    case Verdict::IdleExpired:
        return QStringLiteral("idle-expired");
    case Verdict::AbsoluteExpired:
        return QStringLiteral("absolute-expired");
    case Verdict::UserDisabled:
        return QStringLiteral("user-disabled");
    }
    return {};
}

} // namespace authscope
