#pragma once

#include <QString>

namespace authscope {

// A user agent string shortened to what an administrator recognises: "Firefox 121 · Windows",
// "Safari 17 · iOS 17", "curl 8.4". Sessions keep the full string; the label is for lists and sorting.
class UserAgentInfo final
{
public:
    [[nodiscard]] static UserAgentInfo parse(const QString& userAgent);

    [[nodiscard]] QString browser() const { return m_browser; } // "Firefox 121", "curl 8.4", "" when unknown
    [[nodiscard]] QString os() const { return m_os; }           // "Windows", "iOS 17", ""
    [[nodiscard]] QString label() const;                        // browser · os, or "Unknown"

private:
    QString m_browser;
    QString m_os;
};

} // namespace authscope
