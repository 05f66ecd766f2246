#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QStringView>

namespace authscope::dpop {

// The htu comparison of RFC 9449 §4.3 (check 9): both sides are absolute http(s) URLs compared after RFC 3986
// §6.2.2/§6.2.3 normalisation (scheme and host lower-cased, the scheme's default port dropped, dot segments
// removed, an empty path made "/", percent-encoding in one canonical form), without query and fragment.
class DpopUrl final
{
public:
    [[nodiscard]] static Result<QString> normalise(QStringView url);
    [[nodiscard]] static bool same(QStringView a, QStringView b);
    static constexpr qsizetype MaxLength = 2048;
};

} // namespace authscope::dpop
