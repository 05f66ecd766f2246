#pragma once

#include <QString>

namespace authscope {

// Versions of AuthScope and of the libraries it runs on, for --version and the About dialog.
struct VersionInfo
{
    QString authscope;
    QString qtRuntime;
    QString qtBuild;
    QString openssl;
    QString sqlite;

    [[nodiscard]] QString toText() const;
};

[[nodiscard]] VersionInfo versionInfo();

} // namespace authscope
