#pragma once

#include <QString>

namespace authscope::issuers {

// One result of the posture lint: a stable id, how bad, where the rule comes from and what to change.
struct LintFinding
{
    enum class Severity
    {
        Critical,
        High,
        Medium,
        Low,
        Info
    };

    QString id; // "P-ALG-NONE"
    Severity severity = Severity::Info;
    QString reference; // "RFC 8725 §3.1"
    QString message;   // what was found, naming the member or key
    QString fix;       // one line

    [[nodiscard]] static QString severityName(Severity severity);
};

} // namespace authscope::issuers
