#include "core/dpop/DpopResult.h"

namespace authscope::dpop {

bool DpopResult::has(DpopErrc errc) const
{
    const QString code = DpopError::code(errc);
    return std::any_of(issues.cbegin(), issues.cend(), [&code](const Error& e) { return e.code == code; });
}

QStringList DpopResult::codes() const
{
    QStringList list;
    for (const Error& e : issues) {
        list.append(e.code);
    }
    return list;
}

bool DpopResult::onlyNonceIssues() const
{
    const QString missing = DpopError::code(DpopErrc::NonceMissing);
    const QString mismatch = DpopError::code(DpopErrc::NonceMismatch);
    return !issues.isEmpty() && std::all_of(issues.cbegin(), issues.cend(),
                                            [&](const Error& e) { return e.code == missing || e.code == mismatch; });
}

} // namespace authscope::dpop
