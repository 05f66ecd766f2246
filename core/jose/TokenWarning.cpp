#include "core/jose/TokenWarning.h"

#include "core/common/EnumNames.h"

namespace authscope::jose {

QString TokenWarning::severityName(Severity severity)
{
    static constexpr auto names = enumNames<Severity::Danger>(u"info", u"warning", u"danger");
    return names.name(severity, u"warning");
}

} // namespace authscope::jose
