#include "core/common/Version.h"

#include "core/storage/SqliteConnection.h"

#include <QtGlobal>

#include <openssl/crypto.h>

namespace authscope {

VersionInfo versionInfo()
{
    VersionInfo v;
    v.authscope = QStringLiteral(AUTHSCOPE_VERSION);
    v.qtRuntime = QString::fromLatin1(qVersion());
    v.qtBuild = QStringLiteral(QT_VERSION_STR);
    v.openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    v.sqlite = SqliteConnection::libraryVersion();
    return v;
}

QString VersionInfo::toText() const
{
    return QStringLiteral("AuthScope %1\nQt %2 (built with %3)\n%4\nSQLite %5\n")
        .arg(authscope, qtRuntime, qtBuild, openssl, sqlite);
}

} // namespace authscope
