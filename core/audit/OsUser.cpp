#include "core/audit/OsUser.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>

#include <vector>
#endif

namespace authscope {

QString osUserName()
{
#if defined(Q_OS_UNIX)
    // The password database, not $USER: the environment is easy to fake and absent under services.
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size > 0 ? static_cast<size_t>(size) : 16384);
    passwd pwd{};
    passwd* found = nullptr;
    if (getpwuid_r(geteuid(), &pwd, buffer.data(), buffer.size(), &found) == 0 && found != nullptr &&
        found->pw_name != nullptr) {
        return QString::fromLocal8Bit(found->pw_name);
    }
    return QStringLiteral("uid:%1").arg(geteuid());
#else
    const QString name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
#endif
}

} // namespace authscope
