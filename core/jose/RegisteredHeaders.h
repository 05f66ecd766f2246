#pragma once

#include <QString>

namespace authscope::jose {

// The header parameters that JWS, JWA and JWE register: a crit list must never name one (RFC 7515 §4.1.11,
// RFC 7516 §4.1.13).
class RegisteredHeaders final
{
public:
    RegisteredHeaders() = delete;

    [[nodiscard]] static bool contains(const QString& name);
};

} // namespace authscope::jose
