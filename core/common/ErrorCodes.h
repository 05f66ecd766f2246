#pragma once

#include "core/common/Error.h"

#include <QString>

#include <expected>
#include <utility>

namespace authscope {

// make() and fail() for an area whose error codes an enum names (JoseErrc, DpopErrc): `Area` declares
// `static QString code(Errc)`, which spells them, and derives from ErrorCodes<Area, Errc>.
template <typename Area, typename Errc>
class ErrorCodes
{
public:
    ErrorCodes() = delete;

    [[nodiscard]] static Error make(Errc errc, QString message) { return Error{Area::code(errc), std::move(message)}; }

    [[nodiscard]] static std::unexpected<Error> fail(Errc errc, QString message)
    {
        return std::unexpected<Error>(make(errc, std::move(message)));
    }
};

} // namespace authscope
