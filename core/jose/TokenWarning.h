#pragma once

#include <QString>

namespace authscope::jose {

// A finding about a token read without verifying it (RFC 8725). Codes are stable ("jose.lint.alg-none").
struct TokenWarning
{
    enum class Severity
    {
        Info,
        Warning,
        Danger
    };

    QString code;
    QString message;
    Severity severity = Severity::Warning;

    [[nodiscard]] static QString severityName(Severity severity); // "info", "warning", "danger"
};

} // namespace authscope::jose
