#include "core/jose/ValidationResult.h"

namespace authscope::jose {

bool ValidationResult::has(JoseErrc errc) const
{
    const QString code = JoseError::code(errc);
    for (const Error& e : issues) {
        if (e.code == code) {
            return true;
        }
    }
    return false;
}

QStringList ValidationResult::codes() const
{
    QStringList out;
    for (const Error& e : issues) {
        out.append(e.code);
    }
    return out;
}

} // namespace authscope::jose
